// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace chibo {

class SqlDialect;

/// The DDL of schema version 1, frozen: later versions change the schema through new migration steps.
/// Written once in portable SQL; the dialect supplies the id column and the id type.
class SchemaV1 {
public:
    static QStringList statements(const SqlDialect& dialect);
};

} // namespace chibo
