// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "scoring/CriteriaSet.h"
#include "services/ClassificationService.h"
#include "services/ScoringSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <functional>

namespace chibo {

class OrgTree;
class Workspace;

/// The year-end classification of an organisation of any size, one grassroots organisation at a time.
///
/// The HTXS quota, and every rule that compares a subject with others, stays inside a grassroots
/// organisation, and each member is classified where their cell is at the end of the year. So classifying
/// a district or a province is classifying each grassroots organisation under it, as its own committee
/// does: its records are loaded, classified and stored, and released before the next one is loaded. The
/// memory needed is that of the largest grassroots organisation, not of the province, and the stored
/// proposals are the same whichever level asked for them.
class ClassificationSweep {
    Q_DECLARE_TR_FUNCTIONS(ClassificationSweep)

public:
    /// At most this many organisations are loaded at once, unless the organisations one committee
    /// classifies are more.
    static constexpr qsizetype UnitOrganisations = 400;

    /// The subtrees classified in turn for `orgId`, in tree order: the whole subtree of `orgId` when it
    /// has at most `unitOrganisations` organisations, is classified itself, is at or below a grassroots
    /// organisation, or classifies organisations directly below it (they are compared with each other);
    /// otherwise the units of each of its children. A unit thus holds whole grassroots organisations with
    /// all the organisations their quota compares them with, and an organisation left out (one above
    /// them) is one that is not classified.
    static QList<QUuid> units(const OrgTree& tree, const QUuid& orgId,
                              qsizetype unitOrganisations = UnitOrganisations);

    /// One unit once stored: its records, its classification (with its recorded decisions read back), and
    /// the time each step took (for progress and the benchmark). Both are released after the call.
    struct Unit {
        const ScoringSnapshot& snapshot;
        const Classification& classification;
        qint64 loadNs = 0;
        qint64 classifyNs = 0;
        qint64 storeNs = 0;
    };
    /// Called with each unit; a failure stops the sweep and undoes everything it stored.
    using UnitDone = std::function<Status(const Unit&)>;

    /// Classifies and stores every unit of `orgId` in one transaction: all proposals or none. Refused as
    /// ClassificationService::persist refuses (permissions, a locked year) for any unit, and then nothing
    /// is stored.
    static Status run(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                      const QUuid& orgId, int year, QDate asOf, const QDateTime& computedAt,
                      const UnitDone& done, qsizetype unitOrganisations = UnitOrganisations);
};

} // namespace chibo
