// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationDecision.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/ScoreCard.h"
#include "core/Target.h"
#include "crashtest/HarnessScope.h"
#include "storage/StoredResult.h"
#include "storage/YearLockEntry.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

namespace chibo {

class Workspace;

/// Reads what the harness watches, as fingerprints (16 hex digits of a SHA-256 of the record's full
/// content), through the repositories. Keys:
///   member/<id>, meeting/<id>, target/<id>   the record in the edit cell, or "absent"
///   bin/<record id>                          how many recycle-bin entries hold the record ("0", "1")
///   citizen/<CCCD>                           "present" or "absent": a member of the edit cell with it
///   results/<cell id>                        every stored result of the cell's scope, or "none"
///   decision/<subject id>/<decision id>      a recorded decision, or "absent"
///   lock/<cell id>                           the lock history of the year-end year, or "none"
/// Reads are cached for the reader's life: make a new one after a write.
class StateReader {
public:
    StateReader(const Workspace& workspace, const HarnessScope& scope);

    QString read(const QString& key);

    static QString memberKey(const QUuid& id) { return u"member/" + text(id); }
    static QString meetingKey(const QUuid& id) { return u"meeting/" + text(id); }
    static QString targetKey(const QUuid& id) { return u"target/" + text(id); }
    static QString binKey(const QUuid& recordId) { return u"bin/" + text(recordId); }
    static QString citizenKey(const QString& citizenId) { return u"citizen/" + citizenId; }
    static QString resultsKey(const QUuid& cell) { return u"results/" + text(cell); }
    static QString decisionKey(const QUuid& subject, const QUuid& id)
    {
        return u"decision/" + text(subject) + u'/' + text(id);
    }
    static QString lockKey(const QUuid& cell) { return u"lock/" + text(cell); }

    static QString of(const Member& member);
    static QString of(const Meeting& meeting);
    static QString of(const Target& target);
    static QString of(const ClassificationDecision& decision);
    /// The entries of `year`, in the order given; "none" when there is none.
    static QString ofLocks(const QList<YearLockEntry>& history, int year);
    /// Stored results and the cards a persist stores, in the same form: "none" when there is none.
    static QString ofResults(const QList<StoredResult>& results);
    static QString ofCards(const QList<ScoreCard>& cards, const QDateTime& computedAt);

    /// The members of the edit cell (cached).
    const QHash<QUuid, Member>& members();

    /// A record that is not there; a list (results, locks) that is empty.
    static QString absent() { return QStringLiteral("absent"); }
    static QString none() { return QStringLiteral("none"); }

private:
    static QString text(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }
    QString readRecord(const QString& kind, const QUuid& id);
    QString readBin(const QUuid& recordId);
    QString readCitizen(const QString& citizenId);
    QString readResults(const QUuid& cell);
    QString readDecision(const QUuid& subject, const QUuid& id);
    QString readLocks(const QUuid& cell);

    const Workspace& m_workspace;
    const HarnessScope& m_scope;
    QString m_error; ///< the first read that failed: every later read reports it
    std::optional<QHash<QUuid, Member>> m_members;
    std::optional<QHash<QUuid, Meeting>> m_meetings;
    std::optional<QHash<QUuid, Target>> m_targets;
    std::optional<QHash<QUuid, int>> m_bin;
    QHash<QUuid, QHash<QUuid, QString>> m_decisions; ///< by subject, then decision id
};

} // namespace chibo
