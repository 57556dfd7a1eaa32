// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/CsvWriter.h"

#include "sheets/AtomicFile.h"

#include <QStringList>

#include <algorithm>

namespace chibo {

namespace {

const QString lineEnd = QStringLiteral("\r\n");

QString line(const QStringList& fields, qsizetype width)
{
    QStringList padded = fields;
    while (padded.size() < width)
        padded.append(QString());
    for (QString& field : padded)
        field = CsvWriter::quoted(field);
    return padded.join(u',') + lineEnd;
}

} // namespace

Status CsvWriter::write(const QString& path, const SheetTable& table)
{
    return AtomicFile::write(path, encode(table));
}

QByteArray CsvWriter::encode(const SheetTable& table)
{
    qsizetype width = table.header.size();
    for (const auto& row : table.rows)
        width = std::max(width, row.size());
    QString text;
    if (!table.caption.isEmpty())
        text += quoted(table.caption) + lineEnd;
    text += line(table.header, width);
    for (const auto& row : table.rows) {
        QStringList fields;
        for (const SheetValue& value : row)
            fields.append(fieldText(value));
        text += line(fields, width);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvWriter::fieldText(const SheetValue& value)
{
    switch (value.kind) {
    case SheetValue::Kind::Empty: return {};
    case SheetValue::Kind::Text: return value.text;
    case SheetValue::Kind::Integer: return QString::number(value.integer);
    case SheetValue::Kind::Date: return value.date.toString(QStringLiteral("dd/MM/yyyy"));
    case SheetValue::Kind::Share: break;
    }
    // Always one decimal, with a point whatever the locale: Excel reads "93.4%" as a percentage.
    QString percent = value.share.toPercent(1);
    if (!percent.contains(u'.'))
        percent += QStringLiteral(".0");
    return percent + u'%';
}

QString CsvWriter::quoted(const QString& text)
{
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace chibo
