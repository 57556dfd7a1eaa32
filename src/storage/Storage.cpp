// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Storage.h"

#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/MeetingReader.h"
#include "storage/sql/MeetingWriter.h"
#include "storage/sql/MemberReader.h"
#include "storage/sql/MemberWriter.h"
#include "storage/sql/OrganisationReader.h"
#include "storage/sql/OrganisationWriter.h"
#include "storage/sql/RatingReader.h"
#include "storage/sql/RatingWriter.h"
#include "storage/sql/RecordReader.h"
#include "storage/sql/RecordWriter.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/SqlAccountRepository.h"
#include "storage/sql/SqlAuditRepository.h"
#include "storage/sql/SqlDecisionRepository.h"
#include "storage/sql/SqlDocumentRegisterRepository.h"
#include "storage/sql/SqlLockRepository.h"
#include "storage/sql/SqlMeetingRepository.h"
#include "storage/sql/SqlMemberRepository.h"
#include "storage/sql/SqlOrganisationRepository.h"
#include "storage/sql/SqlRatingRepository.h"
#include "storage/sql/SqlRecordRepository.h"
#include "storage/sql/SqlResultRepository.h"
#include "storage/sql/SqlTrashRepository.h"
#include "storage/sql/TransactionScope.h"

#include <QSet>

namespace chibo {

namespace {

template <typename Writer, typename T>
Status insertEach(Writer& writer, const QList<T>& records)
{
    for (const T& record : records) {
        if (Status status = writer.insert(record); !status)
            return status;
    }
    return {};
}

Status insertRecords(const Database& db, IdResolver& ids, const Dataset& dataset)
{
    RecordWriter writer(db, ids);
    Status status = insertEach(writer, dataset.targets);
    if (status)
        status = insertEach(writer, dataset.assignments);
    if (status)
        status = insertEach(writer, dataset.disciplines);
    if (status)
        status = insertEach(writer, dataset.leaves);
    if (status)
        status = insertEach(writer, dataset.dues);
    if (status)
        status = insertEach(writer, dataset.violations);
    if (status)
        status = insertEach(writer, dataset.commendations);
    if (status) {
        RatingWriter ratings(db, ids);
        status = insertEach(ratings, dataset.ratings);
    }
    return status;
}

/// Dependency order: organisations (parents first), members, meetings (they refer to members), then the
/// records (targets refer to meetings) and the ratings (of members, organisations and meetings). One
/// IdResolver remembers every id written.
Status insertAll(const Database& db, const Dataset& dataset)
{
    IdResolver ids(db);
    QList<Organisation> parentsFirst = dataset.organisations;
    DatasetOrder::sort(parentsFirst);
    {
        OrganisationWriter writer(db, ids);
        if (Status status = insertEach(writer, parentsFirst); !status)
            return status;
    }
    {
        MemberWriter writer(db, ids);
        if (Status status = insertEach(writer, dataset.members); !status)
            return status;
    }
    {
        MeetingWriter writer(db, ids);
        if (Status status = insertEach(writer, dataset.meetings); !status)
            return status;
    }
    return insertRecords(db, ids, dataset);
}

template <typename T>
Status take(Result<QList<T>> loaded, QList<T>& into)
{
    if (!loaded)
        return loaded.error();
    into = std::move(loaded).value();
    return {};
}

/// Everything in the current scopes, each list in canonical order.
Result<Dataset> readScopes(const Database& db)
{
    Dataset dataset;
    const RecordReader records(db);
    Status status = take(OrganisationReader(db).read(), dataset.organisations);
    if (status)
        status = take(MemberReader(db).read(), dataset.members);
    if (status)
        status = take(MeetingReader(db).read(), dataset.meetings);
    if (status)
        status = take(records.targets(), dataset.targets);
    if (status)
        status = take(records.assignments(), dataset.assignments);
    if (status)
        status = take(records.disciplines(), dataset.disciplines);
    if (status)
        status = take(records.leaves(), dataset.leaves);
    if (status)
        status = take(records.dues(), dataset.dues);
    if (status)
        status = take(records.violations(), dataset.violations);
    if (status)
        status = take(records.commendations(), dataset.commendations);
    if (status)
        status = take(RatingReader(db).inScopes(), dataset.ratings);
    if (!status)
        return status.error();
    return dataset;
}

/// A member loaded for a subtree keeps only the registrations and positions inside it.
void keepInside(QList<Member>& members, const QList<Organisation>& organisations)
{
    QSet<QUuid> inside;
    for (const Organisation& org : organisations)
        inside.insert(org.id);
    for (Member& member : members) {
        member.memberships.removeIf([&](const CellMembership& m) { return !inside.contains(m.orgId); });
        member.positions.removeIf([&](const PositionTerm& p) { return !inside.contains(p.orgId); });
    }
}

} // namespace

Storage::Storage(Database& db)
    : m_db(db)
    , m_organisations(std::make_unique<SqlOrganisationRepository>(db))
    , m_members(std::make_unique<SqlMemberRepository>(db))
    , m_meetings(std::make_unique<SqlMeetingRepository>(db))
    , m_records(std::make_unique<SqlRecordRepository>(db))
    , m_ratings(std::make_unique<SqlRatingRepository>(db))
    , m_results(std::make_unique<SqlResultRepository>(db))
    , m_decisions(std::make_unique<SqlDecisionRepository>(db))
    , m_trash(std::make_unique<SqlTrashRepository>(db))
    , m_locks(std::make_unique<SqlLockRepository>(db))
    , m_documents(std::make_unique<SqlDocumentRegisterRepository>(db))
    , m_accounts(std::make_unique<SqlAccountRepository>(db))
    , m_audit(std::make_unique<SqlAuditRepository>(db))
{}

Storage::~Storage() = default;

Status Storage::insertDataset(const Dataset& dataset)
{
    // A savepoint inside the caller's transaction: a failure undoes this dataset and nothing before it.
    return TransactionScope::run(m_db, [&] { return insertAll(m_db, dataset); });
}

Result<Dataset> Storage::loadSubtree(const QUuid& rootId) const
{
    return TransactionScope::run(m_db, [&]() -> Result<Dataset> {
        ScopeTables scopes(m_db);
        Status status = scopes.setSubtree(rootId);
        if (status)
            status = scopes.setMembersRegisteredInOrganisations();
        if (status)
            status = scopes.setMeetingsOfOrganisations({}, {});
        if (!status)
            return status.error();
        Result<Dataset> dataset = readScopes(m_db);
        if (dataset)
            keepInside(dataset->members, dataset->organisations);
        return dataset;
    });
}

Result<Dataset> Storage::loadAll() const
{
    return TransactionScope::run(m_db, [&]() -> Result<Dataset> {
        ScopeTables scopes(m_db);
        Status status = scopes.setAllOrganisations();
        if (status)
            status = scopes.setAllMembers();
        if (status)
            status = scopes.setAllMeetings();
        if (!status)
            return status.error();
        return readScopes(m_db);
    });
}

} // namespace chibo
