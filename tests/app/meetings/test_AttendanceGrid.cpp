// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingsFixture.h"
#include "app/meetings/AttendanceView.h"
#include "app/meetings/MeetingAttendanceWidget.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsPage.h"
#include "core/Labels.h"
#include "models/AttendanceTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace chibo;
using namespace chibo::test;

namespace {

AttendanceTableModel& modelOf(const MeetingsFixture& f)
{
    return *f.page->editor()->attendanceWidget()->model();
}

/// The expected members' rows, in the grid's order.
QList<int> expectedRows(const AttendanceTableModel& model)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row)->isExpected())
            rows.append(row);
    }
    return rows;
}

int currentRow(const MeetingsFixture& f)
{
    return f.attendanceView().currentIndex().row();
}

} // namespace

TEST_CASE("attendance is taken with the keyboard alone: status keys move down the expected members")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    AttendanceView& view = f.attendanceView();
    AttendanceTableModel& model = modelOf(f);
    const QList<int> expected = expectedRows(model);
    REQUIRE(expected.size() >= 5);
    view.setFocus();
    view.setCurrentIndex(model.index(expected[0], AttendanceTableModel::StatusColumn));

    QTest::keyClick(&view, Qt::Key_4); // absent without reason, then the next expected member
    CHECK(currentRow(f) == expected[1]);
    QTest::keyClick(&view, Qt::Key_2); // late
    CHECK(currentRow(f) == expected[2]);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Space); // present → late
    CHECK(currentRow(f) == expected[4]);
    QTest::keyClick(&view, Qt::Key_3, Qt::KeypadModifier); // the keypad too: absent with reason

    const Meeting stored = *f.stored(id);
    const auto status = [&](int row) {
        return attendanceOf(stored, model.row(row)->memberId)->status;
    };
    CHECK(status(expected[0]) == AttendanceStatus::AbsentUnexcused);
    CHECK(status(expected[1]) == AttendanceStatus::Late);
    CHECK(status(expected[2]) == AttendanceStatus::Present);
    CHECK(status(expected[3]) == AttendanceStatus::Late);
    CHECK(status(expected[4]) == AttendanceStatus::AbsentExcused);
    // The grid shows what is stored, and the summary line counts it.
    CHECK(
        model.index(expected[0], AttendanceTableModel::StatusColumn).data(AttendanceTableModel::StatusRole) ==
        int(AttendanceStatus::AbsentUnexcused));
    const AttendanceSummary summary = model.summary();
    CHECK(summary.unexcused == 1);
    CHECK(summary.excused == 1);
    CHECK(summary.late == 2);
    CHECK(summary.attended == summary.expected - 2);
    const QString line = child<QLabel>(*f.page, QStringLiteral("summaryLabel"))->text();
    CHECK(line.contains(QStringLiteral("%1/%2").arg(summary.attended).arg(summary.expected)));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("typing a name without diacritics finds the member, and F2 chooses the reason for an absence")
{
    MeetingsFixture f(QStringLiteral("Chi bộ thôn 1")); // Đặng Thị Bình and Đặng Đình Nghĩa are members
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    AttendanceView& view = f.attendanceView();
    AttendanceTableModel& model = modelOf(f);
    const QList<int> expected = expectedRows(model);
    view.setCurrentIndex(model.index(expected[0], AttendanceTableModel::StatusColumn));
    const auto currentName = [&] {
        return model.row(currentRow(f))->fullName;
    };
    QApplication::setKeyboardInputInterval(600000); // however slow the machine, one name is typed

    QTest::keyClicks(&view, QStringLiteral("dang"));
    REQUIRE(currentName().startsWith(QStringLiteral("Đặng ")));
    const int firstDang = currentRow(f);
    QTest::keyClick(&view, Qt::Key_Left); // a move ends the search; the same letters find the next one
    QTest::keyClicks(&view, QStringLiteral("dang"));
    REQUIRE(currentName().startsWith(QStringLiteral("Đặng ")));
    REQUIRE(currentRow(f) != firstDang);
    const int wanted = currentRow(f);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClicks(&view, QStringLiteral("nghia")); // a given name, without its marks
    CHECK(currentName() == QStringLiteral("Đặng Đình Nghĩa"));

    view.setCurrentIndex(model.index(wanted, AttendanceTableModel::StatusColumn));
    QTest::keyClick(&view, Qt::Key_3); // absent with reason; the cursor moves on
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Right); // the reason column
    REQUIRE(currentRow(f) == wanted);
    QTest::keyClick(&view, Qt::Key_F2);
    auto* reason = view.findChild<QComboBox*>();
    REQUIRE(reason);
    QTest::keyClick(reason, Qt::Key_Down); // from "no reason given" to the first reason: illness

    const std::optional<Attendance> row = attendanceOf(*f.stored(id), model.row(wanted)->memberId);
    CHECK(row->status == AttendanceStatus::AbsentExcused);
    CHECK(row->reason == AbsenceReason::Sick);
    CHECK(model.index(wanted, AttendanceTableModel::ReasonColumn).data().toString() ==
          Labels::of(AbsenceReason::Sick));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("members not expected are shown disabled with the reason and skipped by the arrows")
{
    MeetingsFixture f(QStringLiteral("Chi bộ thôn 1")); // two of its members are exempt
    f.newMeeting(QDate(2026, 11, 24));
    AttendanceTableModel& model = modelOf(f);
    REQUIRE(expectedRows(model).size() < model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const AttendanceRow* line = model.row(row);
        if (line->isExpected())
            continue;
        CHECK_FALSE(model.flags(model.index(row, AttendanceTableModel::StatusColumn)) & Qt::ItemIsEnabled);
        CHECK(model.index(row, AttendanceTableModel::ReasonColumn).data().toString() ==
              Labels::of(line->notExpected));
    }
    AttendanceView& view = f.attendanceView();
    const QList<int> expected = expectedRows(model);
    view.setCurrentIndex(model.index(expected.first(), AttendanceTableModel::StatusColumn));
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(&view, Qt::Key_Down);
        CHECK(currentRow(f) == expected[i]);
    }
}

TEST_CASE("an attendance change is undone and redone, in the database and in the grid")
{
    MeetingsFixture f;
    const QUuid id = f.newMeeting(QDate(2026, 11, 24));
    AttendanceView& view = f.attendanceView();
    AttendanceTableModel& model = modelOf(f);
    const int row = expectedRows(model).first();
    const QUuid member = model.row(row)->memberId;
    view.setCurrentIndex(model.index(row, AttendanceTableModel::StatusColumn));
    QTest::keyClick(&view, Qt::Key_4);
    REQUIRE(attendanceOf(*f.stored(id), member)->status == AttendanceStatus::AbsentUnexcused);
    QUndoStack& stack = *f.page->undoStack();
    CHECK(stack.undoText().contains(model.row(row)->fullName));

    stack.undo();
    CHECK(attendanceOf(*f.stored(id), member)->status == AttendanceStatus::Present);
    CHECK(model.row(row)->attendance->status == AttendanceStatus::Present);
    stack.redo();
    CHECK(attendanceOf(*f.stored(id), member)->status == AttendanceStatus::AbsentUnexcused);
    CHECK(model.row(row)->attendance->status == AttendanceStatus::AbsentUnexcused);
    CHECK(f.dialogs.errors.isEmpty());
}
