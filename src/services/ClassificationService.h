// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationDecision.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "core/Session.h"
#include "scoring/CriteriaSet.h"
#include "services/ScoringSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace chibo {

class OrgSnapshot;
class Workspace;

/// A year's proposed classification of an organisation's members and organisations.
struct Classification {
    int year = 0;
    QDate asOf;
    QUuid orgId;
    QList<QUuid> scopeOrgIds; ///< the organisation and those below it, whose stored proposals are replaced
    const Criteria* memberRules = nullptr; ///< nullptr when no member file is in force for the year
    const Criteria* orgRules = nullptr;
    /// Both files' cards, those of the files they read (each built once), and the quotas.
    ScoreRun run;
    QList<ClassificationDecision> decisions; ///< decisions recorded for these subjects and year

    /// The ids of the organisation and member files, collectives first (QĐ 124 Art. 11).
    QStringList ruleIds() const;
    /// The current decision for a subject under a file, or nullptr.
    const ClassificationDecision* decisionFor(const QString& criteriaId, const QUuid& subjectId) const;
};

/// The year-end classification workflow: pick the rule sets in force for the year, propose a level for
/// every member and organisation (listing those not rated, with the reason), apply the quota across each
/// grassroots organisation, keep the results with their rules' id@version and hash, and let an
/// authorised person record a decided level. Recomputing never touches a recorded decision.
class ClassificationService {
    Q_DECLARE_TR_FUNCTIONS(ClassificationService)

public:
    /// The files in force for `year` that classify subjects of `subject` into HTXS/HTT/HT/KHT.
    static const Criteria* rulesFor(const CriteriaSet& criteria, SubjectKind subject, int year);
    /// Proposes levels; reads nothing but the snapshot.
    static Result<Classification> classify(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                           int year, QDate asOf);
    /// Stores the proposals (replacing earlier proposals for the same files, year and organisations) and
    /// reads back the recorded decisions, in one transaction. The session must be able to edit the records
    /// of the organisation or to decide for it; refused ("year_locked") when the year is locked for an
    /// organisation of the scope or one above it (YearLock).
    static Status persist(Workspace& workspace, const Session& session, Classification& classification,
                          const QDateTime& computedAt);
    /// The same with the workspace's organisations already read in the caller's transaction: a sweep
    /// stores a province's units without reading its 5,000 organisations again for each.
    static Status persist(Workspace& workspace, const Session& session, Classification& classification,
                          const QDateTime& computedAt, const OrgSnapshot& organisations);
    /// Records a decided level. Allowed where the decision differs from the stored proposal or the
    /// proposal needs a decision; needs a reason and the person's name (`decidedBy`, kept as given).
    /// Permissions::mayDecide for the subject's organisation; refused ("year_locked") in a locked year.
    static Status decide(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                         const ClassificationDecision& decision);

    static bool isClassificationLevel(const QString& code);
};

} // namespace chibo
