// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace chibo {

namespace {

const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

Error readError(const QString& message, const QString& location)
{
    return Error{QStringLiteral("sheet_read"), message, location};
}

/// Collects fields into rows, dropping empty cells at the end of a row and empty rows at the end.
class RowCollector {
public:
    void endField(const QString& text)
    {
        m_row.append(text.isEmpty() ? SheetValue{} : SheetValue::ofText(text));
    }
    void endRow()
    {
        const qsizetype width = m_row.size();
        while (!m_row.isEmpty() && m_row.last().isEmpty())
            m_row.removeLast();
        m_rows.append(std::move(m_row));
        m_row = QList<SheetValue>();
        m_row.reserve(width); // the next row is most likely as wide
    }
    QList<QList<SheetValue>> rows()
    {
        while (!m_rows.isEmpty() && m_rows.last().isEmpty())
            m_rows.removeLast();
        return m_rows;
    }

private:
    QList<SheetValue> m_row;
    QList<QList<SheetValue>> m_rows;
};

/// Appends to `field` the characters of `text` from `from` up to the first one that `ends` (or the end),
/// all at once rather than one by one; returns the index of the last character appended.
template <typename Ends>
qsizetype appendRun(QStringView text, qsizetype from, QString& field, Ends ends)
{
    qsizetype to = from + 1;
    while (to < text.size() && !ends(text[to]))
        ++to;
    if (field.isEmpty())
        field = text.sliced(from, to - from).toString(); // allocated to size: the grid keeps every field
    else
        field += text.sliced(from, to - from);
    return to - 1;
}

} // namespace

Result<SheetGrid> CsvReader::read(const QString& path)
{
    const QString sourceName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(tr("Cannot read “%1”: %2").arg(sourceName, file.errorString()), sourceName);
    if (file.size() > maxFileSize) {
        return readError(tr("“%1” is larger than %2 MB; ChiBo does not read CSV files that large.")
                             .arg(sourceName)
                             .arg(maxFileSize / (1024 * 1024)),
                         sourceName);
    }
    // The bytes go as soon as they are decoded: a large file is then held once, as text, while it is split.
    const Result<QString> text = decode(file.readAll(), sourceName);
    if (!text)
        return text.error();
    auto grid = gridOf(*text, sourceName);
    if (grid)
        grid->sheetName = QFileInfo(path).completeBaseName();
    return grid;
}

Result<SheetGrid> CsvReader::parse(const QByteArray& bytes, const QString& sourceName)
{
    const Result<QString> text = decode(bytes, sourceName);
    if (!text)
        return text.error();
    return gridOf(*text, sourceName);
}

Result<QString> CsvReader::decode(QByteArrayView bytes, const QString& sourceName)
{
    const QByteArrayView content =
        bytes.startsWith(byteOrderMark) ? bytes.sliced(byteOrderMark.size()) : bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(content);
    if (decoder.hasError())
        return invalidUtf8(content.toByteArray(), sourceName);
    return text;
}

Result<SheetGrid> CsvReader::gridOf(QStringView text, const QString& sourceName)
{
    auto rows = records(text, detectSeparator(text), sourceName);
    if (!rows)
        return rows.error();
    return SheetGrid{sourceName, QString(), std::move(rows).value()};
}

QChar CsvReader::detectSeparator(QStringView text)
{
    const std::array<QChar, 3> candidates{u',', u';', u'\t'}; // in order of preference on a tie
    std::array<int, 3> counts{};
    bool inQuotes = false;
    bool lineHasContent = false;
    for (const QChar character : text) {
        if (character == u'"')
            inQuotes = !inQuotes;
        if (!inQuotes && (character == u'\n' || character == u'\r')) {
            if (lineHasContent)
                break;
            continue;
        }
        lineHasContent = true;
        for (size_t i = 0; i < candidates.size(); ++i)
            counts[i] += (!inQuotes && character == candidates[i]) ? 1 : 0;
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i)
        best = counts[i] > counts[best] ? i : best;
    return candidates[best];
}

Error CsvReader::invalidUtf8(const QByteArray& bytes, const QString& sourceName)
{
    // A '\n' byte is never part of a multi-byte UTF-8 sequence, so lines can be checked one by one.
    const QList<QByteArray> lines = bytes.split('\n');
    int line = 1;
    for (; line <= lines.size(); ++line) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(lines[line - 1]);
        if (decoder.hasError())
            break;
    }
    return readError(tr("“%1”, line %2, is not UTF-8 text. Save the file as “CSV UTF-8” and open it again.")
                         .arg(sourceName)
                         .arg(line),
                     sourceName + u':' + QString::number(line));
}

Result<QList<QList<SheetValue>>> CsvReader::records(QStringView text, QChar separator,
                                                    const QString& sourceName)
{
    RowCollector collector;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field started with a quote
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar character = text[i];
        const bool lineBreak = character == u'\n' || character == u'\r';
        if (lineBreak && character == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i; // CRLF is one line break
        line += lineBreak ? 1 : 0;
        if (inQuotes) {
            if (lineBreak)
                field += QChar(u'\n');
            else if (character != u'"')
                i = appendRun(text, i, field, [](QChar c) { return c == u'"' || c == u'\n' || c == u'\r'; });
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else
                inQuotes = false;
        } else if (character == u'"' && field.isEmpty() && !wasQuoted) {
            inQuotes = wasQuoted = true;
            quoteLine = line;
        } else if (character == separator || lineBreak) {
            collector.endField(field);
            field = QString();
            wasQuoted = false;
            if (lineBreak)
                collector.endRow();
        } else {
            // A quote inside an unquoted field is kept, as Excel does: the run goes on to the field's end.
            i = appendRun(text, i, field,
                          [separator](QChar c) { return c == separator || c == u'\n' || c == u'\r'; });
        }
    }
    if (inQuotes) {
        return readError(
            tr("“%1”: the quote opened on line %2 is never closed.").arg(sourceName).arg(quoteLine),
            sourceName + u':' + QString::number(quoteLine));
    }
    const bool lastLineOpen = !text.endsWith(u'\n') && !text.endsWith(u'\r');
    if (!field.isEmpty() || wasQuoted || lastLineOpen) {
        collector.endField(field);
        collector.endRow();
    }
    return collector.rows();
}

} // namespace chibo
