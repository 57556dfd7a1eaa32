// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentHtml.h"

#include <QStringList>

namespace chibo {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString alignOf(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignRight)
        return QStringLiteral("right");
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    return QStringLiteral("left");
}

QString paragraph(const QString& text, const QString& style, const QString& align = QStringLiteral("left"))
{
    return QStringLiteral("<p align=\"%1\" style=\"%2\">%3</p>\n").arg(align, style, text);
}

} // namespace

QString DocumentHtml::placeAndDate(const QString& place, QDate date)
{
    if (!date.isValid())
        return tr("%1, day … month … year …").arg(place);
    return tr("%1, day %2 month %3 year %4")
        .arg(place)
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

QString DocumentHtml::header(const DocumentHeader& header)
{
    QStringList left;
    if (!header.upperBody.isEmpty())
        left.append(
            QStringLiteral("<span style=\"font-size:14pt\">%1</span>").arg(escaped(header.upperBody)));
    left.append(QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>")
                    .arg(escaped(header.issuingBody)));
    left.append(QStringLiteral("<span style=\"font-size:14pt\">*</span>"));
    left.append(QStringLiteral("<span style=\"font-size:14pt\">%1</span>").arg(escaped(header.number)));
    const QString right =
        QStringLiteral("<span style=\"font-size:15pt; font-weight:bold; text-decoration:underline\">%1</span>"
                       "<br/><br/><span style=\"font-size:14pt; font-style:italic\">%2</span>")
            .arg(escaped(tr("COMMUNIST PARTY OF VIETNAM")), escaped(placeAndDate(header.place, header.date)));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\">\n"
                          "<tr><td width=\"38%\" align=\"center\" valign=\"top\">%1</td>\n"
                          "<td width=\"62%\" align=\"center\" valign=\"top\">%2</td></tr>\n</table>\n")
        .arg(left.join(QStringLiteral("<br/>")), right);
}

QString DocumentHtml::title(const OfficialDocument& document)
{
    return QStringLiteral("<p>&nbsp;</p>\n") +
           paragraph(escaped(document.type), QStringLiteral("font-size:16pt; font-weight:bold"),
                     QStringLiteral("center")) +
           paragraph(escaped(document.summary), QStringLiteral("font-size:14pt; font-weight:bold"),
                     QStringLiteral("center")) +
           paragraph(QStringLiteral("-----"), QStringLiteral("font-size:14pt"), QStringLiteral("center"));
}

QString DocumentHtml::table(const DocumentTable& table)
{
    const int rowPadding = 3 + 14 * table.rowHeightLines;
    const QString font = QStringLiteral("font-size:%1pt").arg(table.fontPoints);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#000000\">\n<thead><tr>");
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        const int width = table.widths.value(column);
        html += QStringLiteral("<th%1 align=\"center\" style=\"%2\">%3</th>")
                    .arg(width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(), font,
                         escaped(table.header.at(column)));
    }
    html += QStringLiteral("</tr></thead>\n");
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QString style =
            font + (table.boldRows.contains(int(row)) ? QStringLiteral("; font-weight:bold") : QString());
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < table.header.size(); ++column) {
            html += QStringLiteral("<td align=\"%1\" style=\"%2; padding-bottom:%3px\">%4</td>")
                        .arg(alignOf(table.alignments.value(column, Qt::AlignLeft)), style)
                        .arg(rowPadding)
                        .arg(escaped(table.rows.at(row).value(column)));
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString DocumentHtml::block(const DocumentBlock& block)
{
    const QString body = QStringLiteral("font-size:14pt; margin-top:3pt; margin-bottom:3pt");
    switch (block.kind) {
    case DocumentBlock::Kind::Heading:
        return paragraph(escaped(block.text),
                         QStringLiteral("font-size:14pt; font-weight:bold; margin-top:8pt"));
    case DocumentBlock::Kind::Paragraph:
        return paragraph(escaped(block.text), body + QStringLiteral("; text-indent:28px"),
                         QStringLiteral("justify"));
    case DocumentBlock::Kind::Bullet:
        return paragraph(QStringLiteral("- ") + escaped(block.text),
                         body + QStringLiteral("; margin-left:28px"), QStringLiteral("justify"));
    case DocumentBlock::Kind::Note:
        return paragraph(escaped(block.text), QStringLiteral("font-size:12pt; font-style:italic"));
    case DocumentBlock::Kind::Table: return table(block.table);
    case DocumentBlock::Kind::PageBreak:
        return QStringLiteral("<p align=\"center\" style=\"page-break-before:always; font-size:14pt; "
                              "font-weight:bold\">%1</p>\n")
            .arg(escaped(block.text));
    }
    return {};
}

QString DocumentHtml::signatureBlock(const DocumentSignature& signature)
{
    QStringList sign;
    if (!signature.capacity.isEmpty())
        sign.append(QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>")
                        .arg(escaped(signature.capacity)));
    sign.append(QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>")
                    .arg(escaped(signature.title)));
    sign.append(QStringLiteral("<br/><br/><br/>"));
    sign.append(QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>")
                    .arg(escaped(signature.name)));
    return sign.join(QStringLiteral("<br/>"));
}

QString DocumentHtml::recipientsBlock(const QStringList& recipients)
{
    QString html = QStringLiteral("<span style=\"font-size:12pt; font-weight:bold; font-style:italic; "
                                  "text-decoration:underline\">%1</span>")
                       .arg(escaped(tr("Recipients:")));
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const bool last = i + 1 == recipients.size();
        html += QStringLiteral("<br/><span style=\"font-size:11pt\">- %1%2</span>")
                    .arg(escaped(recipients.at(i)), last ? QStringLiteral(".") : QStringLiteral(","));
    }
    return html;
}

QString DocumentHtml::closing(const OfficialDocument& document)
{
    const QString left = document.leftSignature          ? signatureBlock(*document.leftSignature)
                         : document.recipients.isEmpty() ? QString()
                                                         : recipientsBlock(document.recipients);
    const QString leftAlign = document.leftSignature ? QStringLiteral(" align=\"center\"") : QString();
    return QStringLiteral(
               "<p>&nbsp;</p>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\">\n"
               "<tr><td width=\"50%\"%1 valign=\"top\">%2</td>\n"
               "<td width=\"50%\" align=\"center\" valign=\"top\">%3</td></tr>\n</table>\n")
        .arg(leftAlign, left, signatureBlock(document.signature));
}

QString DocumentHtml::of(const OfficialDocument& document)
{
    QString html = QStringLiteral("<html><body>\n") + header(document.header) + title(document);
    for (const DocumentBlock& item : document.body)
        html += block(item);
    html += closing(document);
    for (const DocumentBlock& item : document.appendix)
        html += block(item);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace chibo
