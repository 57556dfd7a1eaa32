// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/CriteriaSet.h"
#include "scoring/ScoringInput.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QUuid>

namespace chibo::test {

/// A small province for engine tests: the district committee "Đảng bộ huyện Krông Năng" with the
/// grassroots committee "Đảng ủy xã Ea Sin" (cells "Chi bộ buôn Ea Kring" and "Chi bộ thôn Tân Lập") and
/// the grassroots cell "Chi bộ Trường THCS Nguyễn Du". Records are added with the helpers; the year
/// evaluated is 2025, as of 2026-01-31.
class EngineScenario {
public:
    EngineScenario();

    static QUuid district();
    static QUuid commune();
    static QUuid eaKring();
    static QUuid tanLap();
    static QUuid school();

    /// A member recognised long ago (admitted 2015-05-19) unless `ceremony` says otherwise.
    QUuid addMember(const QString& fullName, const QUuid& cellId, QDate ceremony = QDate(2015, 5, 19));
    /// A held meeting; every member in `attended` was present, every one in `absent` absent without reason.
    QUuid addMeeting(const QString& name, const QUuid& cellId, QDate date, QTime start, QTime end,
                     const QList<QUuid>& attended, const QList<QUuid>& absent = {});
    void addRating(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                   const QString& period, const QString& value);
    void addDiscipline(const QUuid& memberId, QDate decided, bool selfDiscovered, bool remedied);
    void addSickLeave(const QUuid& memberId, QDate from, QDate to);
    void addExemption(const QUuid& memberId, QDate from);
    /// `count` targets of the member due in 2025-06, the first `exceeded` of them exceeded, the rest done.
    void addTargets(const QUuid& memberId, int count, int exceeded);

    Dataset& dataset() { return m_dataset; }
    const Dataset& dataset() const { return m_dataset; }
    ScoringInput input(int year = 2025, int month = 0) const;

    /// The card `criteria` gives `subjectId`, built by the engine's run for the input (no other file is
    /// read); an empty card with a null subject id when the subject is not among the file's subjects.
    ScoreCard card(const Criteria& criteria, const QUuid& subjectId) const;
    /// Every card of `criteria` for the subjects of its kind, in the run's order.
    QList<ScoreCard> cards(const Criteria& criteria) const;

    /// The ids of the card's flags, in order.
    static QStringList flagIds(const ScoreCard& card);

private:
    Dataset m_dataset;
    int m_serial = 0;
    CriteriaSet m_noFiles;
};

} // namespace chibo::test
