// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace chibo {

class SqlDialect;

/// The DDL migration step 6 adds, frozen: local accounts (accounts, with a secretary's organisations in
/// account_organisations) and the audit trail (audit_log), which the back end keeps append-only
/// (SqlDialect::appendOnlyDdl): an UPDATE or DELETE of an audit row fails inside any transaction.
class SchemaV6 {
public:
    static QStringList statements(const SqlDialect& dialect);
};

} // namespace chibo
