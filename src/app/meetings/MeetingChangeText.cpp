// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingChangeText.h"

#include "core/Labels.h"

#include <QList>

namespace chibo {

std::optional<MeetingChangeText::Text> MeetingChangeText::describe(const Meeting& before,
                                                                   const Meeting& after)
{
    struct Field {
        bool changed;
        const char16_t* key;
        QString text;
    };
    const QList<Field> fields{
        {before.date != after.date, u"date", tr("Change the meeting's date")},
        {before.start != after.start || before.end != after.end, u"times", tr("Change the meeting's times")},
        {before.kind != after.kind, u"kind", tr("Change the kind of meeting")},
        {before.topic != after.topic, u"topic", tr("Edit the topic")},
        {before.place != after.place, u"place", tr("Edit the place")},
        {before.chairId != after.chairId, u"chair", tr("Choose the chair")},
        {before.minuteTakerId != after.minuteTakerId, u"minute-taker", tr("Choose the minute taker")},
        {before.documentsPostedOn != after.documentsPostedOn, u"documents",
         tr("Change when the documents were posted")},
        {before.speakersCount != after.speakersCount, u"speakers", tr("Change how many members spoke")},
        {before.upperAttendees != after.upperAttendees, u"upper", tr("Edit the upper-level attendees")},
        {before.agenda != after.agenda, u"agenda", tr("Edit the agenda")},
        {before.minutes != after.minutes, u"minutes", tr("Edit the minutes")},
        {before.conclusion != after.conclusion, u"conclusion", tr("Edit the conclusion")},
    };
    const Field* only = nullptr;
    int changed = 0;
    for (const Field& field : fields) {
        if (field.changed) {
            only = &field;
            ++changed;
        }
    }
    if (changed == 0)
        return before == after ? std::nullopt : std::optional(Text{tr("Edit the meeting"), {}});
    if (changed > 1)
        return Text{tr("Edit the meeting"), {}};
    return Text{only->text, QString::fromUtf16(only->key) + u':' + after.id.toString(QUuid::WithoutBraces)};
}

QString MeetingChangeText::attendance(const QString& memberName, const std::optional<Attendance>& before,
                                      const Attendance& after)
{
    if (!before || before->status != after.status)
        return tr("Attendance of %1: %2").arg(memberName, Labels::of(after.status));
    if (before->reason != after.reason)
        return tr("Reason for the absence of %1").arg(memberName);
    return tr("Attendance note for %1").arg(memberName);
}

QString MeetingChangeText::transition(MeetingState from, MeetingState to)
{
    if (to < from)
        return tr("Reopen the meeting");
    switch (to) {
    case MeetingState::Held: return tr("Mark the meeting as held");
    case MeetingState::MinutesApproved: return tr("Approve the minutes");
    case MeetingState::Locked: return tr("Lock the meeting");
    case MeetingState::Draft: break;
    }
    return tr("Edit the meeting");
}

} // namespace chibo
