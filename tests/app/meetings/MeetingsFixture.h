// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "core/Meeting.h"
#include "core/ScoreCard.h"
#include "i18n/Translations.h"
#include "support/Catch.h"

#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace chibo {
class AttendanceView;
class MeetingsPage;
} // namespace chibo

namespace chibo::test {

/// The demo database opened in an AppContext in Vietnamese, with the shipped criteria, the Meetings page
/// built on a cell ("Chi bộ buôn Ea Kring" unless told) and shown.
struct MeetingsFixture : DemoContext {
    explicit MeetingsFixture(const QString& cellName = QStringLiteral("Chi bộ buôn Ea Kring"));
    ~MeetingsFixture();

    /// The meeting as stored now; none when it is not in the database.
    std::optional<Meeting> stored(const QUuid& id) const;
    /// Creates a meeting of the cell on `date` with the page's New meeting button; its id.
    QUuid newMeeting(QDate date);
    /// The open meeting's id; fails the test when none is open.
    QUuid openMeeting() const;
    AttendanceView& attendanceView() const;
    /// The live card's result for one indicator; fails the test when there is none.
    const IndicatorResult& indicator(const QString& id) const;

    QUuid cellId;
    std::unique_ptr<MeetingsPage> page;
};

/// Types `text` into `widget` one character at a time, as a keyboard with a Vietnamese input method
/// delivers it (QTest::keyClicks knows ASCII only).
void typeText(QWidget* widget, const QString& text);
/// The attendance row of `memberId`, if the meeting has one.
std::optional<Attendance> attendanceOf(const Meeting& meeting, const QUuid& memberId);

} // namespace chibo::test
