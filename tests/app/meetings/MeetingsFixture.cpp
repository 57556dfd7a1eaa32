// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingsFixture.h"

#include "app/meetings/AttendanceView.h"
#include "app/meetings/MeetingAttendanceWidget.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsPage.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QPushButton>
#include <QTest>

namespace chibo::test {

MeetingsFixture::MeetingsFixture(const QString& cellName)
{
    context.setSession(Session{QStringLiteral("Nguyễn Thị Hồng Nhung"), Role::Admin, {}});
    cellId = orgNamed(cellName);
    context.setCurrentOrganisation(cellId);
    page = std::make_unique<MeetingsPage>(context);
    page->resize(1280, 800);
    page->show();
    REQUIRE(page->cellId() == cellId);
}

MeetingsFixture::~MeetingsFixture()
{
    page.reset(); // before the context it refers to
}

std::optional<Meeting> MeetingsFixture::stored(const QUuid& id) const
{
    auto found = context.workspace()->storage().meetings().find(id);
    REQUIRE(found.ok());
    return *found;
}

QUuid MeetingsFixture::newMeeting(QDate date)
{
    child<QDateEdit>(*page, QStringLiteral("newMeetingDateEdit"))->setDate(date);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("newMeetingButton")), Qt::LeftButton);
    INFO(dialogs.errors.join(u'\n').toStdString());
    REQUIRE(dialogs.errors.isEmpty());
    const QUuid id = openMeeting();
    REQUIRE(stored(id).has_value());
    REQUIRE(stored(id)->date == date);
    return id;
}

QUuid MeetingsFixture::openMeeting() const
{
    const std::optional<QUuid> id = page->editor()->meetingId();
    REQUIRE(id.has_value());
    return *id;
}

AttendanceView& MeetingsFixture::attendanceView() const
{
    return *page->editor()->attendanceWidget()->view();
}

const IndicatorResult& MeetingsFixture::indicator(const QString& id) const
{
    const std::optional<ScoreCard>& card = page->editor()->card();
    REQUIRE(card.has_value());
    const auto found = std::find_if(card->indicators.cbegin(), card->indicators.cend(),
                                    [&](const IndicatorResult& item) { return item.id == id; });
    INFO("no indicator " << id.toStdString());
    REQUIRE(found != card->indicators.cend());
    return *found;
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

std::optional<Attendance> attendanceOf(const Meeting& meeting, const QUuid& memberId)
{
    for (const Attendance& row : meeting.attendance) {
        if (row.memberId == memberId)
            return row;
    }
    return std::nullopt;
}

} // namespace chibo::test
