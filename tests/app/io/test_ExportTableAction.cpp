// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/ExportablePage.h"
#include "app/JobRunner.h"
#include "app/MainWindow.h"
#include "app/TableExport.h"
#include "app/classification/ClassificationPage.h"
#include "app/committee/CommitteeGridModel.h"
#include "app/committee/CommitteeOverviewPage.h"
#include "app/members/MembersPage.h"
#include "core/Rational.h"
#include "i18n/Translations.h"
#include "models/CommitteeGridProxy.h"
#include "services/MemberRowReader.h"
#include "sheets/SheetReader.h"
#include "support/Catch.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace chibo;

namespace {

/// The window on the demo, with the export action at hand.
struct WindowFixture : test::WindowFixture {
    QAction* exportAction() const
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("exportTableAction"));
        REQUIRE(action);
        return action;
    }
    /// Exports the page shown to `name` in the test's directory and reads the file back.
    SheetGrid exportAndRead(const QString& name)
    {
        dialogs.nextFile = demo.dir.filePath(name);
        exportAction()->trigger();
        INFO(dialogs.errors.join(u'\n').toStdString());
        REQUIRE(dialogs.errors.isEmpty());
        CHECK(window->statusBar()->currentMessage().contains(name));
        auto grid = SheetReader::read(dialogs.nextFile);
        INFO((grid ? QString() : grid.error().toString()).toStdString());
        REQUIRE(grid.ok());
        return *grid;
    }
};

/// The file holds the caption, the header and then exactly the rows the view shows, in its order.
void checkShownRows(const SheetGrid& grid, const QTableView& view, const QString& caption)
{
    const QAbstractItemModel* model = view.model();
    REQUIRE(grid.rows.size() == model->rowCount() + 2);
    CHECK(grid.cell(0, 0).text == caption);
    for (int column = 0; column < model->columnCount(); ++column)
        CHECK(grid.cell(1, column).text == model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            INFO("row " << row << ", column " << column);
            CHECK(MemberRowReader::display(grid.cell(row + 2, column)) ==
                  model->index(row, column).data().toString());
        }
    }
}

} // namespace

TEST_CASE("File ▸ Export table writes the members table as shown to XLSX and CSV, Vietnamese intact")
{
    WindowFixture f;
    QAction* action = f.exportAction();
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    auto* table = f.window->findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() >= 120);
    const auto* page = dynamic_cast<const ExportablePage*>(f.window->page(PageId::Members));
    REQUIRE(page);
    const QString caption = page->exportableTable().caption;
    // In the language of the window (the page's own words, however the catalogue renders them).
    CHECK(caption == MembersPage::tr("Members — %1, as of %2")
                         .arg(QStringLiteral("Đảng bộ xã Ea Sin"), QStringLiteral("22/11/2026")));

    const SheetGrid workbook = f.exportAndRead(QStringLiteral("dang-vien.xlsx"));
    checkShownRows(workbook, *table, caption);
    CHECK(workbook.sheetName == MembersPage::tr("Members"));
    QStringList names;
    for (qsizetype row = 2; row < workbook.rows.size(); ++row)
        names.append(workbook.cell(row, 0).text);
    CHECK(!names.filter(QRegularExpression(QStringLiteral("^Đặng "))).isEmpty());
    CHECK(!names.filter(QRegularExpression(QStringLiteral("^H'"))).isEmpty());
    // Birth dates are real dates in the workbook, not text.
    CHECK(workbook.cell(2, 1).kind == SheetValue::Kind::Date);

    // Filtered as the person sees it: only the Đặng Thị members, and the CSV says the same.
    f.window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("dang thi"));
    REQUIRE(table->model()->rowCount() >= 4);
    REQUIRE(table->model()->rowCount() < 20);
    const SheetGrid csv = f.exportAndRead(QStringLiteral("dang-thi.csv"));
    checkShownRows(csv, *table, caption);
    for (qsizetype row = 2; row < csv.rows.size(); ++row)
        CHECK(csv.cell(row, 0).text.startsWith(QStringLiteral("Đặng Thị ")));
}

TEST_CASE("the committee grid's export keeps its colour bands and exact shares")
{
    WindowFixture f;
    REQUIRE(f.window->selectOrganisation(f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"))));
    auto* page = qobject_cast<CommitteeOverviewPage*>(f.window->page(PageId::CommitteeOverview));
    REQUIRE(page);
    f.window->showPage(PageId::CommitteeOverview);
    page->setYear(2025);
    QCoreApplication::processEvents(); // the page reloads once back in the event loop
    auto* view = page->findChild<QTableView*>(QStringLiteral("gridTableView"));
    REQUIRE(view);
    const QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() == 9);
    const ExportablePage::Table shown = page->exportableTable();
    CHECK(shown.view == view);
    CHECK(shown.caption == CommitteeOverviewPage::tr("Committee overview — %1, %2")
                               .arg(QStringLiteral("Đảng bộ xã Ea Sin"))
                               .arg(2025));

    const SheetTable table = TableExport::fromView(*shown.view, shown.title, shown.caption);
    REQUIRE(table.rows.size() == model->rowCount());
    const auto exported = [&](int column) {
        return int(table.header.indexOf(model->headerData(column, Qt::Horizontal).toString()));
    };
    const int first = page->gridModel().columnOf(CommitteeGridModel::Field::Section);
    const int attendance = page->gridModel().columnOf(CommitteeGridModel::Field::Attendance);
    REQUIRE(exported(attendance) >= 0);
    int filled = 0;
    int shares = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int section = 0; section < 4; ++section) {
            const QColor colour = model->index(row, first + section).data(Qt::BackgroundRole).value<QColor>();
            REQUIRE(exported(first + section) >= 0);
            CHECK(table.rows[row][exported(first + section)].fill ==
                  (colour.isValid() ? colour.name().toUpper() : QString()));
            filled += colour.isValid() ? 1 : 0;
        }
        // The share shown with one decimal, exactly: within half a tenth of a percent of the exact one.
        const SheetValue share = table.rows[row][exported(attendance)];
        const QVariant exact = model->index(row, attendance).data(CommitteeGridProxy::SortRole);
        if (share.kind != SheetValue::Kind::Share || exact.metaType() != QMetaType::fromType<Rational>())
            continue;
        ++shares;
        const Rational twiceError = (share.share - exact.value<Rational>()) * 2000;
        CHECK((share.share * 1000).isInteger());
        CHECK(twiceError <= Rational(1));
        CHECK(twiceError >= Rational(-1));
    }
    CHECK(filled >= 9);
    CHECK(shares >= 5);

    const SheetGrid workbook = f.exportAndRead(QStringLiteral("tong-quan.xlsx"));
    REQUIRE(workbook.rows.size() == model->rowCount() + 2);
    CHECK(workbook.cell(2, 0).text == model->index(0, 0).data().toString());
}

TEST_CASE("a cancelled export writes nothing, and a file that cannot be written is reported")
{
    WindowFixture f;
    f.dialogs.nextFile.clear();
    f.exportAction()->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(QDir(f.demo.dir.path()).entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv")}).isEmpty());

    f.dialogs.nextFile = f.demo.dir.filePath(QStringLiteral("no-such-folder/dang-vien.xlsx"));
    f.exportAction()->trigger();
    REQUIRE(f.dialogs.errors.size() == 1);
    CHECK(f.dialogs.errors.first().contains(QStringLiteral("dang-vien.xlsx")));

    // No extension: a workbook is written, named .xlsx.
    f.dialogs.nextFile = f.demo.dir.filePath(QStringLiteral("dang-vien"));
    f.exportAction()->trigger();
    CHECK(f.dialogs.errors.size() == 1);
    CHECK(QFileInfo::exists(f.demo.dir.filePath(QStringLiteral("dang-vien.xlsx"))));
}

TEST_CASE("every page offers its main table to export, a tree with its children indented")
{
    WindowFixture f;
    const QUuid cell = f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    REQUIRE(f.window->selectOrganisation(cell));
    for (const PageId id : {PageId::Members, PageId::Meetings, PageId::Scorecard, PageId::CommitteeOverview,
                            PageId::Classification, PageId::Criteria}) {
        INFO("page " << int(id));
        f.window->context().requestPage(id, cell, 2025, 0);
        QCoreApplication::processEvents();
        // The year-end page computes its proposals on a worker; a change of year may start another run.
        if (auto* classification = qobject_cast<ClassificationPage*>(f.window->page(id))) {
            while (classification->jobRunner().isRunning()) {
                QSignalSpy finished(&classification->jobRunner(), &JobRunner::finished);
                REQUIRE(finished.wait(60000));
                QCoreApplication::processEvents();
            }
        }
        const auto* page = dynamic_cast<const ExportablePage*>(f.window->page(id));
        REQUIRE(page);
        const ExportablePage::Table shown = page->exportableTable();
        REQUIRE(shown.view);
        CHECK(shown.view->isVisible());
        CHECK_FALSE(shown.title.isEmpty());
        CHECK_FALSE(shown.caption.isEmpty());
        REQUIRE(shown.view->model()->rowCount() > 0);
        const SheetGrid csv = f.exportAndRead(QStringLiteral("page-%1.csv").arg(int(id)));
        CHECK(csv.rows.size() >= shown.view->model()->rowCount() + 2);
        CHECK(csv.cell(0, 0).text == shown.caption);
        if (id == PageId::Scorecard) {
            // The scorecard's cards come with their indicators below them, indented.
            const auto indented = std::count_if(csv.rows.cbegin(), csv.rows.cend(), [](const auto& row) {
                return !row.isEmpty() && row.first().text.startsWith(QStringLiteral("  "));
            });
            CHECK(indented > 0);
        }
    }
    CHECK(f.dialogs.errors.isEmpty());
}
