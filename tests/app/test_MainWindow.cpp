// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/JobRunner.h"
#include "app/MainWindow.h"
#include "core/OrgTree.h"
#include "i18n/Translations.h"
#include "models/MemberTableModel.h"
#include "services/DatasetTransfer.h"
#include "services/DemoAccounts.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>

using namespace chibo;
using test::columnTexts;

namespace {

using test::WindowFixture;

} // namespace

TEST_CASE("the window opens the demo with its organisation tree, its pages and members in Vietnamese")
{
    WindowFixture f;
    auto* tree = f.window->findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    REQUIRE(tree);
    CHECK(tree->model()->index(0, 0).data().toString() == QStringLiteral("Đảng bộ xã Ea Sin"));
    CHECK(tree->model()->rowCount(tree->model()->index(0, 0)) >= 6);
    auto* tabs = f.window->findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    CHECK(titles == QStringList{QStringLiteral("Đảng viên"), QStringLiteral("Sinh hoạt"),
                                QStringLiteral("Bảng điểm"), QStringLiteral("Tổng quan đảng ủy"),
                                QStringLiteral("Xếp loại cuối năm"), QStringLiteral("Tiêu chí")});
    auto* table = f.window->findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() >= 120);
    CHECK(table->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Họ và tên"));
    CHECK(f.window->menuBar()->actions().first()->text() == QStringLiteral("&Tệp"));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("22/11/2026")));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("the members list sorts by given name and the search ignores accents")
{
    WindowFixture f;
    auto* table = f.window->findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(table);
    const QStringList names = columnTexts(table->model(), MemberTableModel::NameColumn);
    const auto firstAnh = std::find_if(names.begin(), names.end(),
                                       [](const QString& n) { return n.endsWith(QStringLiteral(" Ánh")); });
    const auto firstBinh = std::find_if(names.begin(), names.end(),
                                        [](const QString& n) { return n.endsWith(QStringLiteral(" Bình")); });
    REQUIRE(firstAnh != names.end());
    REQUIRE(firstBinh != names.end());
    CHECK(firstAnh < firstBinh);

    f.window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("dang thi"));
    const QStringList found = columnTexts(table->model(), MemberTableModel::NameColumn);
    REQUIRE(found.size() >= 4);
    for (const QString& name : found)
        CHECK(name.startsWith(QStringLiteral("Đặng Thị ")));
    CHECK(found.size() == names.filter(QRegularExpression(QStringLiteral("^Đặng Thị "))).size());
}

TEST_CASE("Ctrl+1 … Ctrl+6 and drill-down requests switch pages and the selected organisation")
{
    WindowFixture f;
    auto* tabs = f.window->findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
    f.window->findChild<QAction*>(QStringLiteral("criteriaPageAction"))->trigger();
    CHECK(tabs->currentWidget() == f.window->page(PageId::Criteria));
    const QUuid cell = f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    f.window->context().requestPage(PageId::Scorecard, cell, 2025, 0);
    CHECK(tabs->currentWidget() == f.window->page(PageId::Scorecard));
    CHECK(f.window->context().currentOrgId() == cell);
    auto* tree = f.window->findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("Chi bộ buôn Ea Kring"));
}

TEST_CASE("signing in with an account gives its role and a committee member or a viewer reads only")
{
    WindowFixture f;
    REQUIRE(DemoAccounts::add(*f.window->context().workspace()).ok());
    const QUuid cell = f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    const QUuid other = f.orgNamed(QStringLiteral("Đảng bộ xã Ea Sin"));
    const auto signIn = [&f](const char* user) {
        return f.window->openDatabase(f.demo.path, true, {QString::fromUtf8(user), DemoAccounts::password()},
                                      false);
    };
    REQUIRE(signIn("bithu.eakring").ok());
    CHECK(f.window->context().session().role == Role::Secretary);
    CHECK_FALSE(f.window->context().isReadOnlyFor(cell));
    CHECK(f.window->context().isReadOnlyFor(other));
    CHECK_FALSE(f.window->findChild<QAction*>(QStringLiteral("accountsAction"))->isEnabled());
    REQUIRE(signIn("uyvien").ok());
    CHECK(f.window->context().isReadOnlyFor(cell));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Ủy viên đảng ủy")));
    CHECK(f.window->findChild<QAction*>(QStringLiteral("auditTrailAction"))->isEnabled());
    REQUIRE(signIn("xem").ok());
    CHECK(f.window->context().isReadOnlyFor(cell));
    CHECK_FALSE(f.window->findChild<QAction*>(QStringLiteral("newOrganisationAction"))->isEnabled());
    CHECK_FALSE(f.window->findChild<QAction*>(QStringLiteral("auditTrailAction"))->isEnabled());

    // A wrong password opens nothing and keeps the session as it was.
    const Status refused = f.window->openDatabase(
        f.demo.path, true, {QStringLiteral("quantri"), QStringLiteral("sai-mat-khau")}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"sign_in_failed");
    CHECK(f.window->context().session().accountName == u"xem");
}

TEST_CASE("switching the language changes the window's strings at once")
{
    WindowFixture f;
    auto* table = f.window->findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(f.translations.install(Language::English));
    QCoreApplication::processEvents();
    CHECK(f.window->menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(table->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Full name"));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Records as of 22/11/2026")));
    CHECK(f.window->findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"))->tabText(1) ==
          QStringLiteral("Meetings"));
    REQUIRE(f.translations.install(Language::Vietnamese));
    QCoreApplication::processEvents();
    CHECK(f.window->menuBar()->actions().first()->text() == QStringLiteral("&Tệp"));
    CHECK(f.window->findChild<QAction*>(QStringLiteral("undoAction"))
              ->text()
              .startsWith(QStringLiteral("Hoàn tác")));
}

TEST_CASE("a dataset file is imported off the GUI thread, and a cancelled import writes nothing")
{
    WindowFixture f;
    const QUuid commune = f.orgNamed(QStringLiteral("Đảng bộ xã Ea Sin"));
    auto exported = DatasetTransfer::exportJson(*f.window->context().workspace(), commune);
    REQUIRE(exported.ok());
    const QString file = f.demo.dir.filePath(QStringLiteral("ea-sin.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(*exported);
    out.close();
    const QString empty = f.demo.dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(f.window->openDatabase(empty).ok());
    REQUIRE(f.window->context().organisations().isEmpty());
    auto* jobs = f.window->findChild<JobRunner*>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(jobs);
    f.dialogs.nextFile = file;

    QSignalSpy cancelled(jobs, &JobRunner::finished);
    f.window->findChild<QAction*>(QStringLiteral("importDatasetAction"))->trigger();
    REQUIRE(jobs->isRunning());
    jobs->cancel();
    REQUIRE((cancelled.count() > 0 || cancelled.wait(60000)));
    CHECK(cancelled.first().first().toBool());
    CHECK(f.window->context().organisations().isEmpty());
    CHECK(f.dialogs.errors.isEmpty());

    QSignalSpy finished(jobs, &JobRunner::finished);
    f.window->findChild<QAction*>(QStringLiteral("importDatasetAction"))->trigger();
    REQUIRE(finished.wait(60000));
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(f.window->context().organisations().size() >= 10);
    REQUIRE(f.dialogs.informations.size() == 1);
    CHECK(f.dialogs.informations.first().contains(QStringLiteral("ea-sin.json")));
}
