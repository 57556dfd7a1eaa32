// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace chibo {

class Database;

/// A connection-private table of uuids (chibo_scope_uuids, column "uuid") for queries about a list of
/// subjects or organisations given by uuid: they join against it, so a list of 100,000 ids costs one
/// query, not one per id, and no value is spliced into SQL. set() replaces the content.
class UuidScope {
    Q_DECLARE_TR_FUNCTIONS(UuidScope)

public:
    static constexpr char16_t table[] = u"chibo_scope_uuids";

    explicit UuidScope(const Database& db)
        : m_db(db)
    {}

    /// Fills the table with `ids` (null ids and repeats skipped) through one prepared insert.
    Status set(const QList<QUuid>& ids);

private:
    const Database& m_db;
};

} // namespace chibo
