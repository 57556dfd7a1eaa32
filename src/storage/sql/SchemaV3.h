// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace chibo {

class SqlDialect;

/// The DDL migration step 3 adds, frozen: ratings (values people enter for criteria indicators), score
/// results (what the scoring engine computed, replaced on every run) and classification decisions (an
/// insert-only history). Subjects are uuids, not references: a rating's subject is a member, an
/// organisation or a meeting, and results and decisions outlive the records they were about.
class SchemaV3 {
public:
    static QStringList statements(const SqlDialect& dialect);
};

} // namespace chibo
