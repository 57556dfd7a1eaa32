// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingsFixture.h"
#include "app/meetings/AttendanceView.h"
#include "app/meetings/MeetingAttendanceWidget.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingTargetsWidget.h"
#include "app/meetings/MeetingsPage.h"
#include "models/AttendanceTableModel.h"
#include "models/TargetTableModel.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace chibo;
using namespace chibo::test;

namespace {

QList<Rating> ratingsOf(const MeetingsFixture& f, const QUuid& meetingId)
{
    auto ratings = f.context.workspace()->storage().ratings().ratings({meetingId});
    REQUIRE(ratings.ok());
    return *ratings;
}

QList<Target> targetsOf(const MeetingsFixture& f)
{
    auto targets = f.context.workspace()->storage().records().targets({f.cellId});
    REQUIRE(targets.ok());
    return *targets;
}

void click(const MeetingsFixture& f, const QString& button)
{
    QTest::mouseClick(child<QPushButton>(*f.page, button), Qt::LeftButton);
}

} // namespace

TEST_CASE("the live assessment follows the attendance, the minutes and the items the secretary judges")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    REQUIRE(f.page->editor()->card()->criteriaId == QStringLiteral("chat-luong-sinh-hoat-hd42"));
    CHECK(f.indicator(QStringLiteral("ty-le-du-hop")).value == ScoreValue::of(Rational(1)));
    CHECK(f.indicator(QStringLiteral("ty-le-du-hop")).outcome == IndicatorOutcome::Pass);

    // Three members absent without reason: the attendance share drops under 85 % and fails.
    AttendanceView& view = f.attendanceView();
    AttendanceTableModel& model = *f.page->editor()->attendanceWidget()->model();
    int first = 0;
    while (!model.row(first)->isExpected())
        ++first;
    view.setCurrentIndex(model.index(first, AttendanceTableModel::StatusColumn));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&view, Qt::Key_4);
    const AttendanceSummary summary = model.summary();
    CHECK(f.indicator(QStringLiteral("ty-le-du-hop")).value ==
          ScoreValue::of(Rational(summary.attended, summary.expected)));
    CHECK(f.indicator(QStringLiteral("ty-le-du-hop")).outcome == IndicatorOutcome::Fail);
    CHECK(f.indicator(QStringLiteral("vang-khong-ly-do")).value == ScoreValue::of(Rational(3)));

    // A manual item: preparation, entered in the panel, saved as a rating and assessed at once.
    CHECK(f.indicator(QStringLiteral("chuan-bi")).outcome == IndicatorOutcome::Missing);
    auto* preparation = child<QComboBox>(*f.page, QStringLiteral("input-chuan-bi"));
    QTest::keyClick(preparation, Qt::Key_Down); // "not entered" → "yes"
    CHECK(f.indicator(QStringLiteral("chuan-bi")).outcome == IndicatorOutcome::Pass);
    const QList<Rating> ratings = ratingsOf(f, id);
    REQUIRE(ratings.size() == 1);
    CHECK(ratings.first().indicatorId == QStringLiteral("chuan-bi"));
    CHECK(ratings.first().value == QStringLiteral("yes"));
    CHECK(ratings.first().enteredBy == QStringLiteral("Nguyễn Thị Hồng Nhung"));

    // Minutes: assessed while typed, saved as one undo step however many pauses.
    auto* minutes = child<QPlainTextEdit>(*f.page, QStringLiteral("minutesEdit"));
    const bool recordedBefore = f.indicator(QStringLiteral("bien-ban")).value == ScoreValue::ofBool(true);
    minutes->clear();
    f.page->editor()->flush();
    CHECK(f.indicator(QStringLiteral("bien-ban")).value == ScoreValue::ofBool(false));
    const int steps = f.page->undoStack()->count();
    typeText(minutes, QStringLiteral("Đồng chí Y Bhim Niê báo cáo kết quả thu hoạch cà phê."));
    CHECK(f.indicator(QStringLiteral("bien-ban")).value == ScoreValue::ofBool(true));
    f.page->editor()->flush();
    typeText(minutes, QStringLiteral(" Chi bộ thống nhất giao chỉ tiêu cho từng đảng viên."));
    f.page->editor()->flush();
    CHECK(f.stored(id)->minutes.endsWith(QStringLiteral("cho từng đảng viên.")));
    CHECK(f.page->undoStack()->count() == steps + (recordedBefore ? 0 : 1));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("the lifecycle moves forward one step at a time, locks, and reopens with a note in the history")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 22));
    click(f, QStringLiteral("markHeldButton"));
    CHECK(f.stored(id)->state == MeetingState::Held);
    click(f, QStringLiteral("approveButton"));
    CHECK(f.stored(id)->state == MeetingState::MinutesApproved);
    click(f, QStringLiteral("lockButton"));
    REQUIRE(f.stored(id)->state == MeetingState::Locked);
    INFO(f.dialogs.errors.join(u'\n').toStdString());
    REQUIRE(f.dialogs.errors.isEmpty());

    // Locked: nothing can be edited, so the keys change nothing.
    CHECK_FALSE(f.page->editor()->isEditable());
    AttendanceView& view = f.attendanceView();
    const Meeting locked = *f.stored(id);
    view.setCurrentIndex(view.model()->index(0, AttendanceTableModel::StatusColumn));
    QTest::keyClick(&view, Qt::Key_4);
    CHECK(*f.stored(id) == locked);
    CHECK_FALSE(child<QComboBox>(*f.page, QStringLiteral("input-chuan-bi"))->isEnabled());

    // Reopening asks why; cancelling changes nothing, and no reason is refused.
    f.dialogs.textAnswer = std::nullopt;
    click(f, QStringLiteral("reopenButton"));
    CHECK(f.stored(id)->state == MeetingState::Locked);
    f.dialogs.textAnswer = QStringLiteral("  ");
    click(f, QStringLiteral("reopenButton"));
    CHECK(f.stored(id)->state == MeetingState::Locked);
    CHECK(f.dialogs.errors.size() == 1);
    f.dialogs.errors.clear();
    const QString why = QStringLiteral("Bổ sung ý kiến của đồng chí Đặng Thị Bình vào biên bản");
    f.dialogs.textAnswer = why;
    click(f, QStringLiteral("reopenButton"));
    const Meeting reopened = *f.stored(id);
    CHECK(reopened.state == MeetingState::MinutesApproved);
    CHECK(reopened.lifecycle.last().note == why);
    CHECK(reopened.lifecycle.last().by == QStringLiteral("Nguyễn Thị Hồng Nhung"));
    CHECK(f.page->editor()->isEditable());
    auto* history = child<QTreeWidget>(*f.page, QStringLiteral("historyTreeWidget"));
    REQUIRE(history->topLevelItemCount() == reopened.lifecycle.size());
    CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(3) == why);

    // Each move is one undo step: undoing the reopening locks the meeting again.
    f.page->undoStack()->undo();
    CHECK(f.stored(id)->state == MeetingState::Locked);
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("a committee member's session sees the meetings but changes nothing")
{
    MeetingsFixture f;
    const QUuid id = f.openMeeting();
    const Meeting before = *f.stored(id);
    f.context.setSession(Session{QStringLiteral("Đặng Thị Bình"), Role::CommitteeMember, {}});
    REQUIRE(f.page->editor()->meetingId() == id);
    CHECK_FALSE(f.page->editor()->isEditable());
    for (const QString& name : {QStringLiteral("newMeetingButton"), QStringLiteral("markHeldButton"),
                                QStringLiteral("approveButton"), QStringLiteral("lockButton"),
                                QStringLiteral("reopenButton"), QStringLiteral("addTargetButton")}) {
        INFO(name.toStdString());
        CHECK_FALSE(child<QPushButton>(*f.page, name)->isEnabled());
    }
    CHECK(child<QPlainTextEdit>(*f.page, QStringLiteral("minutesEdit"))->isReadOnly());
    AttendanceView& view = f.attendanceView();
    view.setCurrentIndex(view.model()->index(0, AttendanceTableModel::StatusColumn));
    QTest::keyClick(&view, Qt::Key_4);
    QTest::keyClick(&view, Qt::Key_Space);
    CHECK(*f.stored(id) == before);
    CHECK(f.page->undoStack()->count() == 0);
}

TEST_CASE("the resolution's targets are added, edited and removed, and carried targets report their result")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    MeetingTargetsWidget& targets = *f.page->editor()->targetsWidget();
    const QString title = QStringLiteral("Vận động 15 hộ trồng cây xanh dọc đường buôn");
    f.dialogs.textAnswer = title;
    click(f, QStringLiteral("addTargetButton"));
    REQUIRE(targets.ownModel()->rowCount() == 1);
    const Target added = *targets.ownModel()->target(0);
    CHECK(added.title == title);
    CHECK(added.meetingId == id);

    TargetTableModel& own = *targets.ownModel();
    CHECK(own.setData(own.index(0, TargetTableModel::PlannedColumn), QStringLiteral("15")));
    CHECK(own.setData(own.index(0, TargetTableModel::UnitColumn), QStringLiteral("hộ")));
    const auto stored = [&](const QUuid& target) {
        const QList<Target> all = targetsOf(f);
        const auto found =
            std::find_if(all.cbegin(), all.cend(), [&](const Target& t) { return t.id == target; });
        return found == all.cend() ? std::optional<Target>() : std::optional(*found);
    };
    CHECK(stored(added.id)->planned == 15);
    CHECK(stored(added.id)->unit == QStringLiteral("hộ"));
    CHECK(own.index(0, TargetTableModel::PlannedColumn).data().toString() == QStringLiteral("15"));

    TargetTableModel& carried = *targets.carriedModel();
    REQUIRE(carried.rowCount() > 0); // the demo cell has open targets from earlier resolutions
    const QUuid earlier = carried.target(0)->id;
    CHECK_FALSE(carried.flags(carried.index(0, TargetTableModel::TitleColumn)) & Qt::ItemIsEditable);
    CHECK(carried.setData(carried.index(0, TargetTableModel::StatusColumn), int(TargetStatus::Done)));
    CHECK(stored(earlier)->status == TargetStatus::Done);
    CHECK(carried.rowOf(earlier) == 0); // still listed: its result is reported in this meeting

    auto* view = child<QTableView>(*f.page, QStringLiteral("ownTargetsView"));
    view->setCurrentIndex(own.index(0, TargetTableModel::TitleColumn));
    click(f, QStringLiteral("removeTargetButton"));
    CHECK_FALSE(stored(added.id).has_value());
    CHECK(own.rowCount() == 0);
    f.page->undoStack()->undo(); // restored from the recycle bin
    CHECK(stored(added.id).has_value());
    CHECK(own.rowCount() == 1);
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("the agenda is edited from the keyboard and each change is one undo step")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    const QStringList before = f.stored(id)->agenda;
    auto* line = child<QLineEdit>(*f.page, QStringLiteral("agendaLineEdit"));
    auto* list = child<QListView>(*f.page, QStringLiteral("agendaListView"));
    list->setCurrentIndex(QModelIndex());
    const QString item = QStringLiteral("Kiểm điểm việc thực hiện nghị quyết tháng trước");
    typeText(line, item);
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(f.stored(id)->agenda == before + QStringList{item});
    click(f, QStringLiteral("agendaUpButton"));
    const QStringList moved = f.stored(id)->agenda;
    REQUIRE(moved.size() == before.size() + 1);
    if (!before.isEmpty())
        CHECK(moved.at(moved.size() - 2) == item);
    f.page->undoStack()->undo();
    f.page->undoStack()->undo();
    CHECK(f.stored(id)->agenda == before);
    CHECK(f.dialogs.errors.isEmpty());
}
