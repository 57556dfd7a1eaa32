// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/OfficialDocument.h"

#include <QCoreApplication>
#include <QString>

class QPageLayout;
class QPagedPaintDevice;
class QPageLayout;

namespace chibo {

/// Lays an OfficialDocument out on A4 (portrait, or landscape for wide tables) with the given margins and
/// paints it on a paged device: a QPdfWriter for a PDF file, or the window's QPrinter (print and print
/// preview). Page numbers from the second page on, centred 10 mm from the top edge (HD 36 practice).
/// The font is ReportFonts' serif, embedded in a PDF by Qt.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// A4 in the document's orientation with `margins`: what writePdf uses and the window's printer
    /// starts from.
    static QPageLayout pageLayout(const OfficialDocument& document, const PageMargins& margins);
    /// Paints every page on `device` with the page layout it has (a printer whose page setup a person
    /// changed keeps their margins).
    static Status paint(const OfficialDocument& document, QPagedPaintDevice& device);
    /// Writes a PDF file; an error names the path when it cannot be written. The file is written next to
    /// the target and renamed, so a failure never leaves half a file.
    static Status writePdf(const OfficialDocument& document, const PageMargins& margins, const QString& path);
};

} // namespace chibo
