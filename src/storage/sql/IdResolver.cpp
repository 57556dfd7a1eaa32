// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/IdResolver.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

namespace {

QString lookupSql(IdResolver::Kind kind)
{
    switch (kind) {
    case IdResolver::Kind::Organisation: return QStringLiteral("SELECT id FROM organisations WHERE uuid = ?");
    case IdResolver::Kind::Member: return QStringLiteral("SELECT id FROM members WHERE uuid = ?");
    case IdResolver::Kind::Meeting:
    case IdResolver::Kind::Count: break;
    }
    return QStringLiteral("SELECT id FROM meetings WHERE uuid = ?");
}

} // namespace

IdResolver::IdResolver(const Database& db)
    : m_db(db)
{}

IdResolver::~IdResolver() = default;

Result<qint64> IdResolver::require(Kind kind, const QUuid& uuid)
{
    Table& table = m_tables[std::size_t(kind)];
    if (const auto known = table.ids.constFind(uuid); known != table.ids.cend())
        return *known;
    if (uuid.isNull())
        return missing(kind, uuid);
    if (!table.lookup)
        table.lookup = std::make_unique<SqlStatement>(m_db, lookupSql(kind));
    if (!table.lookup->exec({SqlValues::uuid(uuid)})) {
        return SqlErrors::failed(m_db.dialect(), table.lookup->error(),
                                 tr("Could not look up the record %1: %2"), SqlValues::uuidText(uuid));
    }
    const std::optional<qint64> id = table.lookup->returnedId();
    if (!id)
        return missing(kind, uuid);
    table.ids.insert(uuid, *id);
    return *id;
}

Result<QVariant> IdResolver::optional(Kind kind, const QUuid& uuid)
{
    if (uuid.isNull())
        return SqlValues::nullId();
    const Result<qint64> id = require(kind, uuid);
    if (!id)
        return id.error();
    return SqlValues::id(*id);
}

void IdResolver::remember(Kind kind, const QUuid& uuid, qint64 id)
{
    m_tables[std::size_t(kind)].ids.insert(uuid, id);
}

Error IdResolver::missing(Kind kind, const QUuid& uuid) const
{
    const QString id = SqlValues::uuidText(uuid);
    QString message;
    switch (kind) {
    case Kind::Organisation:
        message = tr("It refers to the organisation %1, which is not in the database.");
        break;
    case Kind::Member: message = tr("It refers to the member %1, who is not in the database."); break;
    case Kind::Meeting:
    case Kind::Count: message = tr("It refers to the meeting %1, which is not in the database."); break;
    }
    return Error{QStringLiteral("storage.missing-reference"), message.arg(id), {}};
}

} // namespace chibo
