// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TableExport.h"

#include "core/Rational.h"
#include "sheets/CsvWriter.h"
#include "sheets/XlsxWriter.h"

#include <QAbstractItemView>
#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
#include <QLocale>
#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>

namespace chibo {

namespace {

/// The model's columns in the order the header shows them, hidden ones left out.
QList<int> shownColumns(const QAbstractItemView& view)
{
    const QAbstractItemModel* model = view.model();
    const QHeaderView* header = nullptr;
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        header = table->horizontalHeader();
    else if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        header = tree->header();
    QList<int> columns;
    if (!header) {
        const auto* list = qobject_cast<const QListView*>(&view);
        if (model->columnCount(view.rootIndex()) > 0)
            columns.append(list ? list->modelColumn() : 0);
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool isRowShown(const QAbstractItemView& view, int row, const QModelIndex& parent)
{
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return !tree->isRowHidden(row, parent);
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return !table->isRowHidden(row);
    return true;
}

QString fillOf(const QVariant& background)
{
    QColor colour;
    if (background.typeId() == QMetaType::QColor)
        colour = background.value<QColor>();
    else if (background.typeId() == QMetaType::QBrush && background.value<QBrush>().style() != Qt::NoBrush)
        colour = background.value<QBrush>().color();
    return colour.isValid() ? colour.name(QColor::HexRgb).toUpper() : QString();
}

std::optional<SheetValue> dateOf(const QString& text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"));
    if (!date.match(text).hasMatch())
        return std::nullopt;
    const QDate parsed = QDate::fromString(text, u"dd/MM/yyyy");
    return parsed.isValid() ? std::optional(SheetValue::ofDate(parsed)) : std::nullopt;
}

/// "93,4 %", "93.4%", "-5 %": either mark is the decimal point (the window writes both, by language).
std::optional<SheetValue> shareOf(const QString& text)
{
    static const QRegularExpression share(QStringLiteral("^(-?\\d{1,12})(?:[.,](\\d{1,6}))? ?%$"));
    const QRegularExpressionMatch match = share.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString exact = match.captured(1);
    if (match.capturedLength(2) > 0)
        exact += u'.' + match.captured(2);
    const std::optional<Rational> value = Rational::parse(QString(exact + u'%'));
    return value ? std::optional(SheetValue::ofShare(*value)) : std::nullopt;
}

/// "12", "-3", and "1.234" grouped as the current locale groups ("1,234" in English). Not "007" or
/// "0912 345 678": a leading zero means a code, which stays text.
std::optional<SheetValue> integerOf(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^-?(?:0|[1-9]\\d{0,17})$"));
    const QString group = QRegularExpression::escape(QLocale().groupSeparator());
    const QRegularExpression grouped(QStringLiteral("^-?[1-9]\\d{0,2}(?:%1\\d{3}){1,5}$").arg(group));
    QString digits;
    if (plain.match(text).hasMatch())
        digits = text;
    else if (grouped.match(text).hasMatch())
        digits = QString(text).remove(QLocale().groupSeparator());
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional(SheetValue::ofInteger(value)) : std::nullopt;
}

/// A cell as the view shows it: typed display data as it is, text by its look; the background as fill.
SheetValue cellValue(const QModelIndex& index)
{
    const QVariant shown = index.data(Qt::DisplayRole);
    SheetValue value;
    switch (shown.typeId()) {
    case QMetaType::QDate: value = SheetValue::ofDate(shown.toDate()); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: value = SheetValue::ofInteger(shown.toLongLong()); break;
    default: value = TableExport::valueOf(shown.toString());
    }
    return value.withFill(fillOf(index.data(Qt::BackgroundRole)));
}

/// Adds the rows under `parent` (and, in a tree, their children after each) to `rows`.
void appendRows(const QAbstractItemView& view, const QList<int>& columns, const QModelIndex& parent,
                int depth, QList<QList<SheetValue>>& rows)
{
    const QAbstractItemModel* model = view.model();
    const bool isTree = qobject_cast<const QTreeView*>(&view) != nullptr;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (!isRowShown(view, row, parent))
            continue;
        QList<SheetValue> cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells.append(cellValue(model->index(row, column, parent)));
        if (depth > 0 && !cells.isEmpty()) {
            const QModelIndex first = model->index(row, columns.first(), parent);
            const QString indent(2 * depth, u' ');
            cells.first() = SheetValue::ofText(indent + first.data(Qt::DisplayRole).toString())
                                .withFill(cells.first().fill);
        }
        rows.append(std::move(cells));
        if (isTree)
            appendRows(view, columns, model->index(row, 0, parent), depth + 1, rows);
    }
}

} // namespace

SheetTable TableExport::fromView(const QAbstractItemView& view, const QString& title, const QString& caption)
{
    SheetTable table;
    table.title = title;
    table.caption = caption;
    const QAbstractItemModel* model = view.model();
    if (!model)
        return table;
    const QList<int> columns = shownColumns(view);
    for (const int column : columns) {
        QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        table.header.append(header.replace(u'\n', u' ').simplified());
    }
    appendRows(view, columns, view.rootIndex(), 0, table.rows);
    return table;
}

SheetValue TableExport::valueOf(const QString& displayed)
{
    QString text = displayed.trimmed();
    if (text.isEmpty())
        return {};
    // Qt and the pages put no-break spaces before "%" in some languages.
    text.replace(QChar::Nbsp, u' ').replace(QChar(0x202F), u' ');
    if (auto date = dateOf(text))
        return *date;
    if (auto share = shareOf(text))
        return *share;
    if (auto integer = integerOf(text))
        return *integer;
    return SheetValue::ofText(displayed);
}

Status TableExport::write(const QString& path, const SheetTable& table)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return CsvWriter::write(path, table);
    if (suffix == u"xlsx")
        return XlsxWriter::write(path, {table});
    return Error{QStringLiteral("export.file-type"),
                 tr("Choose a file name ending in .xlsx (a workbook) or .csv."), path};
}

QString TableExport::fileFilter()
{
    return tr("Excel workbooks (*.xlsx);;CSV files, UTF-8 (*.csv)");
}

QString TableExport::fileNameFor(const QString& name)
{
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    return QString(name).replace(refused, QStringLiteral("-")).simplified();
}

} // namespace chibo
