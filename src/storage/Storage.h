// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/DocumentRegisterRepository.h"
#include "storage/LockRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RatingRepository.h"
#include "storage/RecordRepository.h"
#include "storage/ResultRepository.h"
#include "storage/TrashRepository.h"

#include <QUuid>

#include <memory>

namespace chibo {

class Database;

/// The repositories over one Database, and whole-dataset reads and writes built on them.
class Storage {
public:
    /// Repositories speaking portable SQL through `db`'s dialect. `db` must outlive the Storage.
    explicit Storage(Database& db);
    ~Storage();

    Database& database() const { return m_db; }
    OrganisationRepository& organisations() const { return *m_organisations; }
    MemberRepository& members() const { return *m_members; }
    MeetingRepository& meetings() const { return *m_meetings; }
    RecordRepository& records() const { return *m_records; }
    RatingRepository& ratings() const { return *m_ratings; }
    ResultRepository& results() const { return *m_results; }
    DecisionRepository& decisions() const { return *m_decisions; }
    TrashRepository& trash() const { return *m_trash; }
    LockRepository& locks() const { return *m_locks; }
    DocumentRegisterRepository& documents() const { return *m_documents; }
    AccountRepository& accounts() const { return *m_accounts; }
    AuditRepository& audit() const { return *m_audit; }

    /// Inserts every record of `dataset` (organisations parents first). Joins the caller's transaction;
    /// the first failure is returned and the caller rolls back.
    Status insertDataset(const Dataset& dataset);
    /// `rootId`'s subtree and every record that belongs to it: members ever registered there (with only
    /// their registrations and positions inside the subtree), their meetings, targets, assignments,
    /// disciplines, leave, dues, violations and commendations, and the ratings of those organisations,
    /// members and meetings. A fixed number of queries.
    Result<Dataset> loadSubtree(const QUuid& rootId) const;
    /// Everything in the database.
    Result<Dataset> loadAll() const;

private:
    Database& m_db;
    std::unique_ptr<OrganisationRepository> m_organisations;
    std::unique_ptr<MemberRepository> m_members;
    std::unique_ptr<MeetingRepository> m_meetings;
    std::unique_ptr<RecordRepository> m_records;
    std::unique_ptr<RatingRepository> m_ratings;
    std::unique_ptr<ResultRepository> m_results;
    std::unique_ptr<DecisionRepository> m_decisions;
    std::unique_ptr<TrashRepository> m_trash;
    std::unique_ptr<LockRepository> m_locks;
    std::unique_ptr<DocumentRegisterRepository> m_documents;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<AuditRepository> m_audit;
};

} // namespace chibo
