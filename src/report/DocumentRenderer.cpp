// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentRenderer.h"

#include "report/DocumentHtml.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace chibo {

namespace {

constexpr int pdfResolution = 300;
constexpr qreal pointsPerInch = 72.0;
/// Margins must leave at least this much text width and height (a sheet of A4 is 210 × 297 mm).
constexpr qreal minimumTextMillimetres = 80.0;

} // namespace

QPageLayout DocumentRenderer::pageLayout(const OfficialDocument& document, const PageMargins& margins)
{
    return QPageLayout(
        QPageSize(QPageSize::A4), document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(margins.left, margins.top, margins.right, margins.bottom), QPageLayout::Millimeter);
}

namespace {

/// Paints `text` pages: the document is laid out in points, scaled to the device's resolution.
void paintPages(QTextDocument& text, QPagedPaintDevice& device)
{
    const qreal scale = device.logicalDpiY() / pointsPerInch;
    const QSizeF page = text.pageSize();
    const int pages = text.pageCount();
    QPainter painter(&device);
    QFont numberFont = text.defaultFont();
    numberFont.setPointSizeF(13);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        if (index > 0) {
            // 10 mm from the paper's top edge, which is the top margin above the printable area.
            const qreal topMargin = device.pageLayout().margins(QPageLayout::Millimeter).top();
            const qreal fromTop = (10.0 - topMargin) * pointsPerInch / 25.4;
            painter.setFont(numberFont);
            painter.drawText(QRectF(0, fromTop - 12, page.width(), 24), Qt::AlignCenter,
                             QString::number(index + 1));
        }
        painter.translate(0, -page.height() * index);
        const QRectF visible(0, page.height() * index, page.width(), page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        painter.setClipRect(visible);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

} // namespace

Status DocumentRenderer::paint(const OfficialDocument& document, QPagedPaintDevice& device)
{
    const auto family = ReportFonts::serifFamily();
    if (!family)
        return family.error();
    QTextDocument text;
    text.setDefaultFont(QFont(*family, 14));
    text.setDocumentMargin(0);
    const QRectF printable = device.pageLayout().paintRect(QPageLayout::Point);
    text.setPageSize(printable.size());
    text.setHtml(DocumentHtml::of(document));
    paintPages(text, device);
    return {};
}

Status DocumentRenderer::writePdf(const OfficialDocument& document, const PageMargins& margins,
                                  const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QStringLiteral("report_write"), tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setCreator(QStringLiteral("ChiBo"));
        writer.setTitle(document.type + u' ' + document.summary);
        const QPageLayout layout = pageLayout(document, margins);
        const QRectF text =
            layout.fullRect(QPageLayout::Millimeter)
                .marginsRemoved(QMarginsF(margins.left, margins.top, margins.right, margins.bottom));
        if (text.width() < minimumTextMillimetres || text.height() < minimumTextMillimetres ||
            !writer.setPageLayout(layout)) {
            file.cancelWriting();
            return Error{QStringLiteral("report_page"), tr("These margins leave no room on an A4 page."), {}};
        }
        if (Status painted = paint(document, writer); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Error{
            QStringLiteral("report_write"), tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace chibo
