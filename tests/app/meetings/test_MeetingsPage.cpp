// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingsFixture.h"
#include "app/meetings/MeetingAttendanceWidget.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingTargetsWidget.h"
#include "app/meetings/MeetingsPage.h"
#include "core/Labels.h"
#include "models/AttendanceTableModel.h"
#include "models/TargetTableModel.h"
#include "services/MeetingPlanning.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace chibo;
using namespace chibo::test;

TEST_CASE("a new meeting starts from the previous one: agenda, place, chair, and the open targets carried")
{
    MeetingsFixture f;
    auto* list = child<QTableView>(*f.page, QStringLiteral("meetingsTableView"));
    const int before = list->model()->rowCount();
    REQUIRE(before > 0);
    f.openMeeting(); // the page opens the latest meeting of the year
    const QDate day(2026, 11, 24);
    // The template is the latest earlier regular meeting of the cell.
    auto meetings =
        f.context.workspace()->storage().meetings().ofOrganisations({f.cellId}, {}, day.addDays(-1));
    REQUIRE(meetings.ok());
    const auto previous = std::find_if(meetings->crbegin(), meetings->crend(),
                                       [](const Meeting& m) { return m.kind == MeetingKind::Regular; });
    REQUIRE(previous != meetings->crend());

    const auto open = MeetingPlanning::openTargets(*f.context.workspace(), f.cellId, day);
    REQUIRE(open.ok());
    REQUIRE_FALSE(open->isEmpty());
    const QUuid id = f.newMeeting(day);

    const Meeting created = *f.stored(id);
    CHECK(created.state == MeetingState::Draft);
    CHECK(created.orgId == f.cellId);
    CHECK(created.agenda == previous->agenda);
    CHECK(created.place == previous->place);
    CHECK(created.chairId == previous->chairId);
    CHECK(!created.attendance.isEmpty());
    CHECK(list->model()->rowCount() == before + 1);

    const TargetTableModel* carried = f.page->editor()->targetsWidget()->carriedModel();
    CHECK(carried->rowCount() == open->size());
    for (int row = 0; row < carried->rowCount(); ++row)
        CHECK(carried->target(row)->meetingId != id);
    CHECK(f.page->editor()->targetsWidget()->ownModel()->rowCount() == 0);

    // The creation is one undo step: undoing it removes the meeting again.
    f.page->undoStack()->undo();
    CHECK_FALSE(f.stored(id).has_value());
    CHECK(list->model()->rowCount() == before);
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("switching the language at run time changes the page's texts at once")
{
    MeetingsFixture f;
    f.newMeeting(QDate(2026, 11, 24));
    const AttendanceTableModel& model = *f.page->editor()->attendanceWidget()->model();
    const auto firstStatus = [&] {
        return model.index(0, AttendanceTableModel::StatusColumn).data().toString();
    };
    REQUIRE(firstStatus() == Labels::of(AttendanceStatus::Present));
    const QString vietnamese = firstStatus();
    auto* tabs = child<QTabWidget>(*f.page, QStringLiteral("tabWidget"));
    auto* files = child<QComboBox>(*f.page, QStringLiteral("criteriaComboBox"));
    REQUIRE(files->currentText().startsWith(QStringLiteral("Chất lượng buổi sinh hoạt")));

    REQUIRE(f.translations.install(Language::English));
    QCoreApplication::processEvents();
    CHECK(firstStatus() == QStringLiteral("Present"));
    CHECK(model.headerData(AttendanceTableModel::StatusColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Attendance"));
    CHECK(tabs->tabText(1) == QStringLiteral("Attendance"));
    CHECK(child<QLabel>(*f.page, QStringLiteral("summaryLabel"))
              ->text()
              .startsWith(QStringLiteral("Present ")));
    CHECK(files->currentText().startsWith(QStringLiteral("Quality of a regular cell meeting")));
    CHECK(child<QLabel>(*f.page, QStringLiteral("stateLabel"))->text() == QStringLiteral("State: Draft"));

    REQUIRE(f.translations.install(Language::Vietnamese));
    QCoreApplication::processEvents();
    CHECK(firstStatus() == vietnamese);
    CHECK(files->currentText().startsWith(QStringLiteral("Chất lượng buổi sinh hoạt")));
}
