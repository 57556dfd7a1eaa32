// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace chibo {

class SqlDialect;

/// The DDL migration step 4 adds, frozen: the recycle bin (deleted_records: what a removal took away, as a
/// dataset fragment, until it is restored) and the locks of a year's classification (locked_years: an
/// insert-only history in which an unlock fills in who unlocked, when and why, so at most one lock per
/// organisation and year is current). Bin entries name their organisation by uuid, not by reference: an
/// entry outlives nothing it does not contain, and restoring checks what the records refer to.
class SchemaV4 {
public:
    static QStringList statements(const SqlDialect& dialect);
};

} // namespace chibo
