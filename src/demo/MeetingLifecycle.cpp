// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MeetingLifecycle.h"

#include "demo/DemoDates.h"
#include "demo/DemoRandom.h"

namespace chibo {

using namespace Qt::StringLiterals;

void MeetingLifecycle::write(Meeting& meeting, const QString& by, QDate asOf, DemoRandom& random)
{
    const QDate day = meeting.date;
    QDate drafted = day.addDays(-random.between(4, 7));
    if (meeting.documentsPostedOn.isValid() && meeting.documentsPostedOn <= drafted)
        drafted = meeting.documentsPostedOn.addDays(-1);
    const QDate approved = day.addDays(random.between(1, 3));
    const QDate locked = approved.addDays(random.between(1, 7));
    const QTime held = meeting.end.isValid() ? meeting.end.addSecs(60 * random.between(5, 25)) : QTime(22, 0);
    meeting.lifecycle = {
        {MeetingState::Draft, by, DemoDates::at(drafted, QTime(8, random.between(0, 59))), {}},
        {MeetingState::Held, by, DemoDates::at(day, held), {}},
        {MeetingState::MinutesApproved,
         by,
         DemoDates::at(approved, QTime(random.between(8, 10), random.between(0, 59))),
         {}},
        {MeetingState::Locked,
         by,
         DemoDates::at(locked, QTime(random.between(14, 16), random.between(0, 59))),
         {}},
    };
    clip(meeting, asOf);
}

void MeetingLifecycle::stopAt(Meeting& meeting, MeetingState state)
{
    for (qsizetype i = 0; i < meeting.lifecycle.size(); ++i) {
        if (meeting.lifecycle.at(i).state == state) {
            meeting.lifecycle.resize(i + 1);
            break;
        }
    }
    meeting.state = meeting.lifecycle.isEmpty() ? MeetingState::Draft : meeting.lifecycle.last().state;
}

void MeetingLifecycle::reopen(Meeting& meeting, const QString& by, QDate asOf)
{
    if (meeting.lifecycle.isEmpty() || meeting.lifecycle.last().state != MeetingState::Locked)
        return;
    const QDate opened = meeting.lifecycle.last().at.date().addDays(12);
    meeting.lifecycle.append(
        {MeetingState::Held, by, DemoDates::at(opened, QTime(9, 15)),
         u"Mở lại biên bản để bổ sung ý kiến phát biểu và sửa lý do vắng mặt của một đảng "
         u"viên theo đề nghị của Văn phòng Đảng ủy."_s});
    meeting.lifecycle.append({MeetingState::MinutesApproved, by,
                              DemoDates::at(opened.addDays(1), QTime(10, 0)),
                              u"Duyệt lại biên bản sau khi chỉnh sửa."_s});
    meeting.lifecycle.append({MeetingState::Locked, by, DemoDates::at(opened.addDays(2), QTime(15, 30)), {}});
    clip(meeting, asOf);
}

void MeetingLifecycle::clip(Meeting& meeting, QDate asOf)
{
    meeting.lifecycle.removeIf([asOf](const LifecycleEvent& event) { return event.at.date() > asOf; });
    meeting.state = meeting.lifecycle.isEmpty() ? MeetingState::Draft : meeting.lifecycle.last().state;
}

} // namespace chibo
