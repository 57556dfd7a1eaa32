// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/TableExport.h"
#include "core/Rational.h"
#include "support/Catch.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace chibo;

namespace {

/// Sets the default locale for one test and puts the previous one back.
struct LocaleScope {
    explicit LocaleScope(QLocale::Language language) { QLocale::setDefault(QLocale(language)); }
    ~LocaleScope() { QLocale::setDefault(previous); }
    QLocale previous;
};

QList<QStandardItem*> itemRow(const QStringList& texts)
{
    QList<QStandardItem*> items;
    for (const QString& text : texts)
        items.append(new QStandardItem(text));
    return items;
}

} // namespace

TEST_CASE("a displayed text becomes a cell of its kind, shares exact from their decimal digits")
{
    const LocaleScope vietnamese(QLocale::Vietnamese);
    CHECK(TableExport::valueOf(QStringLiteral("12")) == SheetValue::ofInteger(12));
    CHECK(TableExport::valueOf(QStringLiteral("-3")) == SheetValue::ofInteger(-3));
    CHECK(TableExport::valueOf(QStringLiteral("1.234")) == SheetValue::ofInteger(1234));
    CHECK(TableExport::valueOf(QStringLiteral("93,4 %")) == SheetValue::ofShare(Rational(934, 1000)));
    CHECK(TableExport::valueOf(QStringLiteral("93.4%")) == SheetValue::ofShare(Rational(467, 500)));
    CHECK(TableExport::valueOf(QStringLiteral("100 %")) == SheetValue::ofShare(Rational(1)));
    CHECK(TableExport::valueOf(QStringLiteral("66,67\u00a0%")) == SheetValue::ofShare(Rational(6667, 10000)));
    CHECK(TableExport::valueOf(QStringLiteral("22/11/2026")) == SheetValue::ofDate(QDate(2026, 11, 22)));
    CHECK(TableExport::valueOf(QStringLiteral("31/02/2026")) ==
          SheetValue::ofText(QStringLiteral("31/02/2026")));
    // A leading zero is a code (a phone number), not a number.
    CHECK(TableExport::valueOf(QStringLiteral("0912345678")) ==
          SheetValue::ofText(QStringLiteral("0912345678")));
    CHECK(TableExport::valueOf(QStringLiteral("4,5")) == SheetValue::ofText(QStringLiteral("4,5")));
    CHECK(TableExport::valueOf(QStringLiteral("Đặng Thị Bình")) ==
          SheetValue::ofText(QStringLiteral("Đặng Thị Bình")));
    CHECK(TableExport::valueOf(QStringLiteral("  ")).isEmpty());
    const LocaleScope english(QLocale::English);
    CHECK(TableExport::valueOf(QStringLiteral("1,234")) == SheetValue::ofInteger(1234));
    CHECK(TableExport::valueOf(QStringLiteral("1.234")) == SheetValue::ofText(QStringLiteral("1.234")));
}

TEST_CASE("a table view is exported as shown: sorted, filtered, hidden columns left out, fills kept")
{
    const LocaleScope vietnamese(QLocale::Vietnamese);
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"),
                                     QStringLiteral("Ghi chú"), QStringLiteral("Tỷ lệ")});
    model.appendRow(itemRow({QStringLiteral("Nguyễn Văn An"), QStringLiteral("02/09/1975"),
                             QStringLiteral("x"), QStringLiteral("93,4 %")}));
    model.appendRow(itemRow({QStringLiteral("Đặng Thị Bình"), QStringLiteral("12/03/1985"),
                             QStringLiteral("y"), QStringLiteral("50 %")}));
    model.appendRow(itemRow({QStringLiteral("H'Drơng Adrơng"), QStringLiteral("05/07/1990"),
                             QStringLiteral("z"), QStringLiteral("100 %")}));
    model.item(1, 3)->setBackground(QColor(0xc8, 0xe6, 0xc9));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(QStringLiteral("^(Đặng|H')"));
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(3, Qt::AscendingOrder); // as text: "100 %" before "50 %"
    view.setColumnHidden(2, true);
    view.horizontalHeader()->moveSection(3, 1); // the person dragged "Tỷ lệ" next to the name

    const SheetTable table = TableExport::fromView(view, QStringLiteral("Đảng viên"),
                                                   QStringLiteral("Đảng viên — Chi bộ buôn Ea Kring"));
    CHECK(table.title == QStringLiteral("Đảng viên"));
    CHECK(table.caption == QStringLiteral("Đảng viên — Chi bộ buôn Ea Kring"));
    CHECK(table.header ==
          QStringList{QStringLiteral("Họ và tên"), QStringLiteral("Tỷ lệ"), QStringLiteral("Ngày sinh")});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][0] == SheetValue::ofText(QStringLiteral("H'Drơng Adrơng")));
    CHECK(table.rows[0][1] == SheetValue::ofShare(Rational(1)));
    CHECK(table.rows[0][2] == SheetValue::ofDate(QDate(1990, 7, 5)));
    CHECK(table.rows[1][0] == SheetValue::ofText(QStringLiteral("Đặng Thị Bình")));
    CHECK(table.rows[1][1] == SheetValue::ofShare(Rational(1, 2)).withFill(QStringLiteral("#C8E6C9")));
    CHECK(table.rows[1][2].fill.isEmpty());
}

TEST_CASE("a tree view is exported with every child after its parent, indented two spaces a level")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Tiêu chí"), QStringLiteral("Điểm")});
    QList<QStandardItem*> top = itemRow({QStringLiteral("Chi bộ bốn tốt"), QStringLiteral("90")});
    QList<QStandardItem*> child = itemRow({QStringLiteral("Sinh hoạt"), QStringLiteral("25")});
    child.first()->appendRow(itemRow({QStringLiteral("Tỷ lệ dự họp"), QStringLiteral("10")}));
    top.first()->appendRow(child);
    top.first()->appendRow(itemRow({QStringLiteral("Kết nạp"), QStringLiteral("5")}));
    model.appendRow(top);
    model.appendRow(itemRow({QStringLiteral("Chi bộ 3 không"), QStringLiteral("")}));
    QTreeView view;
    view.setModel(&model); // collapsed: children are exported all the same

    const SheetTable table = TableExport::fromView(view, QStringLiteral("Bảng điểm"), QString());
    CHECK(table.header == QStringList{QStringLiteral("Tiêu chí"), QStringLiteral("Điểm")});
    QStringList firstColumn;
    for (const QList<SheetValue>& row : table.rows)
        firstColumn.append(row.first().text);
    CHECK(firstColumn == QStringList{QStringLiteral("Chi bộ bốn tốt"), QStringLiteral("  Sinh hoạt"),
                                     QStringLiteral("    Tỷ lệ dự họp"), QStringLiteral("  Kết nạp"),
                                     QStringLiteral("Chi bộ 3 không")});
    CHECK(table.rows[2][1] == SheetValue::ofInteger(10));
    CHECK(table.rows[4][1].isEmpty());
}

TEST_CASE("a table is written by its file's extension, and another extension is refused")
{
    QTemporaryDir dir;
    SheetTable table;
    table.title = QStringLiteral("Đảng viên");
    table.header = {QStringLiteral("Họ và tên")};
    table.rows = {{SheetValue::ofText(QStringLiteral("Đặng Thị Bình"))}};
    CHECK(TableExport::write(dir.filePath(QStringLiteral("a.xlsx")), table).ok());
    CHECK(TableExport::write(dir.filePath(QStringLiteral("b.CSV")), table).ok());
    const Status refused = TableExport::write(dir.filePath(QStringLiteral("c.txt")), table);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().location.endsWith(QStringLiteral("c.txt")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("c.txt"))));
    CHECK(TableExport::fileNameFor(QStringLiteral("Đảng viên: 11/2026")) ==
          QStringLiteral("Đảng viên- 11-2026"));
}
