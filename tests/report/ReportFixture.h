// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Translations.h"
#include "report/OfficialDocument.h"
#include "scoring/CriteriaSet.h"
#include "services/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace chibo::test {

/// The demo database as of 22/11/2026 in a private directory, opened, in Vietnamese, with the shipped
/// criteria: what the document tests read.
struct ReportFixture {
    ReportFixture();
    QUuid orgNamed(const QString& name) const;
    /// The meeting of `cell` on `day`.
    QUuid meetingOf(const QString& cell, QDate day) const;
    static QDate day() { return QDate(2026, 11, 22); }

    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
};

/// Compares `html` with tests/report/golden/<name>.html; with CHIBO_UPDATE_GOLDEN=1 in the environment
/// it writes the file instead (then review the diff and commit it).
void checkGolden(const QString& name, const QString& html);
/// The text pdftotext reads from the PDF at `path`, lines joined with spaces (words a table cell wraps
/// come out on separate lines).
QString pdfText(const QString& path);
/// pdffonts' table without its two heading lines; pdfinfo's "Page size" line.
QStringList pdfFonts(const QString& path);
QString pdfPageSize(const QString& path);
/// Whether `texts` occur in `text` in this order.
bool inOrder(const QString& text, const QStringList& texts);

} // namespace chibo::test
