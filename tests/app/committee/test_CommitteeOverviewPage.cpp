// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/OutcomeColours.h"
#include "app/TableExport.h"
#include "app/committee/CommitteeGridModel.h"
#include "app/committee/CommitteeOverviewPage.h"
#include "core/Labels.h"
#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "core/Rational.h"
#include "i18n/Translations.h"
#include "models/CommitteeGridProxy.h"
#include "services/CommitteeGridSheet.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace chibo;

namespace {

/// The committee overview of Ea Sin commune for 2025, in Vietnamese.
struct OverviewFixture : test::DemoContext {
    OverviewFixture()
        : eaKring(orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")))
    {
        context.setCurrentOrganisation(eaKring);
        page = std::make_unique<CommitteeOverviewPage>(context);
        page->setYear(2025);
        page->resize(1400, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        QCoreApplication::processEvents(); // the page reloads once back in the event loop
        view = page->findChild<QTableView*>(QStringLiteral("gridTableView"));
        REQUIRE(view);
    }
    int columnOf(CommitteeGridModel::Field field) const { return page->gridModel().columnOf(field); }

    QUuid eaKring;
    std::unique_ptr<CommitteeOverviewPage> page;
    QTableView* view = nullptr;
};

} // namespace

TEST_CASE("the grid has one row per cell of Ea Sin commune with the four criteria in colour bands")
{
    OverviewFixture f;
    CHECK(f.page->objectName() == QStringLiteral("committeeOverviewPage"));
    const QAbstractItemModel* model = f.view->model();
    // Ea Kring is a grassroots cell of the commune: the overview compares all the commune's cells.
    const QUuid commune = CommitteeOverview::rootFor(f.context.organisations(), f.eaKring);
    REQUIRE(f.context.organisation(commune)->name == QStringLiteral("Đảng bộ xã Ea Sin"));
    qsizetype cells = 0;
    for (const Organisation* org : f.context.tree().subtree(commune))
        cells += org->isCell() ? 1 : 0;
    CHECK(cells == 9); // seven grassroots cells and two below the agencies' committee
    REQUIRE(model->rowCount() == cells);
    const CommitteeGridModel& grid = f.page->gridModel();
    REQUIRE(grid.overview().sections.size() == 4);
    CHECK(model->columnCount() == 6 + 4 + 3);
    const QStringList names = test::columnTexts(model, 0);
    CHECK(names.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    const int first = f.columnOf(CommitteeGridModel::Field::Section);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QUuid cellId = model->index(row, 0).data(CommitteeGridModel::CellIdRole).toUuid();
        const auto found = std::find_if(grid.overview().rows.cbegin(), grid.overview().rows.cend(),
                                        [&](const CommitteeOverviewRow& r) { return r.cellId == cellId; });
        REQUIRE(found != grid.overview().rows.cend());
        for (int section = 0; section < 4; ++section) {
            const QModelIndex cell = model->index(row, first + section);
            CHECK(cell.data(Qt::BackgroundRole).value<QColor>() ==
                  OutcomeColours::background(found->sections.at(section)));
        }
        CHECK(model->index(row, f.columnOf(CommitteeGridModel::Field::Meetings)).data().toString() ==
              QStringLiteral("%1/12").arg(found->meetingsHeld));
        CHECK(model->index(row, f.columnOf(CommitteeGridModel::Field::Proposed))
                  .data()
                  .toString()
                  .startsWith(found->proposedLevel.toUpper()));
    }
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("the grid sorts names by Vietnamese collation and numbers as numbers")
{
    OverviewFixture f;
    const QAbstractItemModel* model = f.view->model();
    f.view->sortByColumn(0, Qt::AscendingOrder);
    const QStringList names = test::columnTexts(model, 0);
    const PersonNameOrder order;
    for (qsizetype i = 1; i < names.size(); ++i)
        CHECK(order.compare(names.at(i - 1), names.at(i)) <= 0);

    const int attendance = f.columnOf(CommitteeGridModel::Field::Attendance);
    f.view->sortByColumn(attendance, Qt::DescendingOrder);
    std::optional<Rational> previous;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant key = model->index(row, attendance).data(CommitteeGridProxy::SortRole);
        REQUIRE(key.metaType() == QMetaType::fromType<Rational>()); // exact, not a double
        if (previous)
            CHECK(key.value<Rational>() <= *previous);
        previous = key.value<Rational>();
    }
    const int members = f.columnOf(CommitteeGridModel::Field::Members);
    f.view->sortByColumn(members, Qt::AscendingOrder);
    int fewest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int count = QLocale().toInt(model->index(row, members).data().toString());
        CHECK(count >= fewest);
        fewest = count;
    }
}

TEST_CASE("Enter on a row asks for that cell's scorecards for the year")
{
    OverviewFixture f;
    QList<std::tuple<PageId, QUuid, int, int>> requests;
    QObject::connect(&f.context, &AppContext::pageRequested, f.page.get(),
                     [&](PageId page, const QUuid& orgId, int year, int month) {
                         requests.append({page, orgId, year, month});
                     });
    const QAbstractItemModel* model = f.view->model();
    REQUIRE(model->rowCount() > 1);
    const QModelIndex second = model->index(1, 0);
    f.view->setFocus();
    f.view->setCurrentIndex(second);
    QTest::keyClick(f.view, Qt::Key_Return);
    REQUIRE(requests.size() == 1);
    CHECK(std::get<0>(requests.first()) == PageId::Scorecard);
    CHECK(std::get<1>(requests.first()) == second.data(CommitteeGridModel::CellIdRole).toUuid());
    CHECK(std::get<2>(requests.first()) == 2025);
    CHECK(std::get<3>(requests.first()) == 0);

    const QModelIndex third = model->index(2, 1);
    const QPoint centre = f.view->visualRect(third).center();
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, centre);
    CHECK(requests.size() == 1); // a single click selects only
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(requests.size() == 2);
    CHECK(std::get<1>(requests.last()) == third.data(CommitteeGridModel::CellIdRole).toUuid());
}

TEST_CASE("the cell-type filter keeps one type and the comparison shows ranks within it")
{
    OverviewFixture f;
    const QAbstractItemModel* model = f.view->model();
    const int all = model->rowCount();
    auto* types = f.page->findChild<QComboBox*>(QStringLiteral("cellTypeComboBox"));
    REQUIRE(types);
    const int residential = types->findText(Labels::of(CellType::Residential));
    REQUIRE(residential > 0);
    types->setCurrentIndex(residential);
    const int kept = model->rowCount();
    CHECK(kept > 0);
    CHECK(kept < all);
    for (int row = 0; row < kept; ++row)
        CHECK(model->index(row, 1).data().toString() == Labels::of(CellType::Residential));

    auto* compare = f.page->findChild<QCheckBox*>(QStringLiteral("compareCheckBox"));
    REQUIRE(compare);
    compare->setChecked(true);
    const int attendance = f.columnOf(CommitteeGridModel::Field::Attendance);
    const QRegularExpression rank(QStringLiteral("^(\\d+)/(\\d+)$"));
    QList<int> places;
    for (int row = 0; row < kept; ++row) {
        const QRegularExpressionMatch match = rank.match(model->index(row, attendance).data().toString());
        REQUIRE(match.hasMatch());
        CHECK(match.captured(2).toInt() == kept);
        places.append(match.captured(1).toInt());
    }
    CHECK(places.contains(1));
    compare->setChecked(false);
    CHECK(model->index(0, attendance).data().toString().endsWith(QStringLiteral(" %")));
}

TEST_CASE("switching the language retranslates the grid's headers and cell types")
{
    OverviewFixture f;
    const QAbstractItemModel* model = f.view->model();
    const QString vietnamese = Labels::of(CellType::Residential);
    REQUIRE(f.translations.install(Language::English));
    QCoreApplication::processEvents();
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Cell"));
    CHECK(model->headerData(f.columnOf(CommitteeGridModel::Field::Section), Qt::Horizontal).toString() ==
          QStringLiteral("Criterion 1"));
    CHECK(model->headerData(f.columnOf(CommitteeGridModel::Field::Overall), Qt::Horizontal).toString() ==
          QStringLiteral("Four-good cell"));
    const QStringList types = test::columnTexts(model, 1);
    CHECK(types.contains(Labels::of(CellType::Residential)));
    CHECK_FALSE(types.contains(vietnamese));
    REQUIRE(f.translations.install(Language::Vietnamese));
    QCoreApplication::processEvents();
    CHECK(model->headerData(f.columnOf(CommitteeGridModel::Field::Overall), Qt::Horizontal).toString() ==
          QStringLiteral("Chi bộ bốn tốt"));
    CHECK(test::columnTexts(model, 1).contains(vietnamese));
}

TEST_CASE("the grid exported from the window is the CLI's committee sheet, shares rounded as shown")
{
    OverviewFixture f;
    const ExportablePage::Table shown = f.page->exportableTable();
    REQUIRE(shown.view);
    const SheetTable window = TableExport::fromView(*shown.view, shown.title, shown.caption);
    const Organisation* commune = f.context.organisation(f.page->gridModel().overview().rootId);
    REQUIRE(commune);
    const auto sheet = CommitteeGridSheet::ofOrganisation(*f.context.workspace(), f.context.criteria(),
                                                          *commune, 2025, f.context.day(), false);
    REQUIRE(sheet.ok());
    CHECK(window.title == sheet->title);
    CHECK(window.caption == sheet->caption);
    CHECK(window.header == sheet->header);
    CHECK(sheet->header.at(0) == QStringLiteral("Chi bộ")); // the window's translations serve the sheet
    REQUIRE(window.rows.size() == sheet->rows.size());
    int filled = 0;
    for (qsizetype row = 0; row < sheet->rows.size(); ++row) {
        REQUIRE(window.rows.at(row).size() == sheet->rows.at(row).size());
        for (qsizetype column = 0; column < sheet->rows.at(row).size(); ++column) {
            const SheetValue& written = sheet->rows.at(row).at(column);
            const SheetValue& seen = window.rows.at(row).at(column);
            INFO(row << ", " << column << ": " << seen.text.toStdString());
            filled += written.fill.isEmpty() ? 0 : 1;
            if (written.kind != SheetValue::Kind::Share) {
                CHECK(seen == written);
                continue;
            }
            // The window shows one decimal; the sheet holds the exact share.
            REQUIRE(seen.kind == SheetValue::Kind::Share);
            CHECK(seen.share.toPercent(1) == written.share.toPercent(1));
            CHECK(seen.fill == written.fill);
        }
    }
    CHECK(filled >= 9 * 5);
}
