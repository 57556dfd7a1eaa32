// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlMemberRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/MemberListReader.h"
#include "storage/sql/MemberReader.h"
#include "storage/sql/MemberSearchKey.h"
#include "storage/sql/MemberWriter.h"
#include "storage/sql/RecordRemover.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlMemberInserter.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

namespace {

/// `Reader` (a MemberReader or a MemberListReader) over the members ever registered in any of `orgIds`.
template <typename Reader>
Result<QList<Member>> readRegisteredIn(Database& db, const QList<QUuid>& orgIds)
{
    return TransactionScope::run(db, [&]() -> Result<QList<Member>> {
        ScopeTables scopes(db);
        Status status = scopes.setOrganisations(orgIds);
        if (status)
            status = scopes.setMembersRegisteredInOrganisations();
        if (!status)
            return status.error();
        return Reader(db).read();
    });
}

} // namespace

Result<QList<Member>> SqlMemberRepository::registeredIn(const QList<QUuid>& orgIds) const
{
    return readRegisteredIn<MemberReader>(m_db, orgIds);
}

Result<QList<Member>> SqlMemberRepository::listedIn(const QList<QUuid>& orgIds) const
{
    return readRegisteredIn<MemberListReader>(m_db, orgIds);
}

Result<QList<Member>> SqlMemberRepository::all() const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<Member>> {
        if (Status status = ScopeTables(m_db).setAllMembers(); !status)
            return status.error();
        return MemberReader(m_db).read();
    });
}

Result<std::optional<Member>> SqlMemberRepository::find(const QUuid& id) const
{
    return TransactionScope::run(m_db, [&]() -> Result<std::optional<Member>> {
        if (Status status = ScopeTables(m_db).setMembers({id}); !status)
            return status.error();
        Result<QList<Member>> members = MemberReader(m_db).read();
        if (!members)
            return members.error();
        if (members->isEmpty())
            return std::optional<Member>();
        return std::optional<Member>(members->first());
    });
}

Result<QList<QUuid>> SqlMemberRepository::search(const QString& query) const
{
    // The key was folded when written, so the query is folded once here and matched with plain LIKE.
    const QStringList patterns = MemberSearchKey::likePatterns(query);
    QString sql = QStringLiteral("SELECT uuid FROM members");
    for (qsizetype i = 0; i < patterns.size(); ++i)
        sql += (i == 0 ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
               QStringLiteral("search_key LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY search_key, uuid");
    QList<QUuid> ids;
    const Status status = SqlSelect::each(
        m_db, sql, tr("Could not search the members: %1"),
        [&](RowReader& row) -> Status {
            ids.append(row.uuid(0));
            return row.ok() ? Status() : Status(row.error(u"members/" + row.text(0)));
        },
        QVariantList(patterns.cbegin(), patterns.cend()));
    if (!status)
        return status.error();
    return ids;
}

Result<MemberReferences> SqlMemberRepository::referencesTo(const QUuid& id) const
{
    // Each meeting once, whether the member attended it, chaired it or took its minutes.
    SqlStatement count(m_db,
                       QStringLiteral("SELECT (SELECT count(*) FROM (SELECT a.meeting_id FROM attendance a "
                                      "WHERE a.member_id = x.id UNION SELECT m.id FROM meetings m "
                                      "WHERE m.chair_id = x.id OR m.minute_taker_id = x.id) u), "
                                      "(SELECT count(*) FROM targets t WHERE t.owner_member_id = x.id) "
                                      "FROM members x WHERE x.uuid = ?"));
    if (!count.exec({SqlValues::uuid(id)}))
        return SqlErrors::failed(m_db.dialect(), count.error(),
                                 tr("Could not check what refers to member %1: %2"), SqlValues::uuidText(id),
                                 SqlErrors::location(QStringLiteral("members"), SqlValues::uuidText(id)));
    MemberReferences references;
    if (count.next())
        references = MemberReferences{int(count.value(0).toLongLong()), int(count.value(1).toLongLong())};
    count.finish();
    return references;
}

Status SqlMemberRepository::insert(const Member& member)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return MemberWriter(m_db, ids).insert(member);
    });
}

std::unique_ptr<MemberInserter> SqlMemberRepository::inserter()
{
    return std::make_unique<SqlMemberInserter>(m_db);
}

Status SqlMemberRepository::update(const Member& member)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return MemberWriter(m_db, ids).update(member);
    });
}

Status SqlMemberRepository::remove(const QUuid& id)
{
    return RecordRemover(m_db).remove(RecordRemover::Table::Members, id,
                                      tr("Could not remove member %1: %2"));
}

} // namespace chibo
