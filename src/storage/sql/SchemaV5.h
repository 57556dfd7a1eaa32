// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace chibo {

class SqlDialect;

/// The DDL migration step 5 adds, frozen: the register of issued documents (issued_documents), numbered per
/// organisation, document type and committee term. Two unique indexes: a number is given once in a term,
/// and a document ChiBo printed (its subject) is numbered once, so printing it again keeps its number.
class SchemaV5 {
public:
    static QStringList statements(const SqlDialect& dialect);
};

} // namespace chibo
