// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QUuid>

namespace chibo {

enum class MeetingKind {
    Regular,      ///< sinh hoạt thường kỳ
    Thematic,     ///< sinh hoạt chuyên đề
    Combined,     ///< thường kỳ kết hợp chuyên đề (≥ 120 minutes under HD 42)
    Extraordinary ///< bất thường
};

/// draft → held → minutes approved → locked; a move back is a reopening and is recorded too.
enum class MeetingState { Draft, Held, MinutesApproved, Locked };

struct LifecycleEvent {
    MeetingState state = MeetingState::Draft;
    QString by;
    QDateTime at;
    QString note;

    bool operator==(const LifecycleEvent&) const = default;
};

/// A cell meeting (buổi sinh hoạt chi bộ) and its record.
struct Meeting {
    QUuid id;
    QUuid orgId;
    QDate date;
    QTime start;
    QTime end;
    MeetingKind kind = MeetingKind::Regular;
    QString place;
    QString topic; ///< the thematic subject, if any
    QUuid chairId;
    QUuid minuteTakerId;
    QStringList upperAttendees; ///< upper-committee members present, "name — title"
    QStringList agenda;
    QDate documentsPostedOn; ///< when documents reached members (Sổ tay đảng viên)
    int speakersCount = 0;
    QString minutes;
    QString conclusion;
    MeetingState state = MeetingState::Draft;
    QList<LifecycleEvent> lifecycle;
    QList<Attendance> attendance;

    /// Minutes between start and end; 0 when either is missing.
    int durationMinutes() const
    {
        return start.isValid() && end.isValid() && end > start ? start.secsTo(end) / 60 : 0;
    }
    bool isThematic() const { return kind == MeetingKind::Thematic || kind == MeetingKind::Combined; }
    bool operator==(const Meeting&) const = default;
};

} // namespace chibo
