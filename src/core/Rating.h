// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// A value a person enters for an indicator the records cannot compute: the committee's judgement of
/// political-task leadership, a member's self-assessed points, "the chi ủy met beforehand". Identified by
/// (criteria, indicator, subject, period); the criteria file says what the value may be.
struct Rating {
    QUuid id;
    QString criteriaId;  ///< e.g. "chi-bo-bon-tot"
    QString indicatorId; ///< e.g. "lanh-dao-nhiem-vu-chinh-tri"
    QUuid subjectId;     ///< the meeting, member or organisation rated
    QString period;      ///< "2025" (a year), "2025-03" (a month) or "" (a meeting: its own date)
    QString value;       ///< a grade code ("tot"), exact points ("27", "12.5") or "yes" / "no"
    QString note;        ///< why, in the person's words
    QString enteredBy;
    QDate enteredOn;

    bool operator==(const Rating&) const = default;
};

} // namespace chibo
