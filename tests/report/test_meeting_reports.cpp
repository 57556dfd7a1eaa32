// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "report/DocumentHtml.h"
#include "report/DocumentRenderer.h"
#include "report/MeetingAssessmentSheet.h"
#include "report/MeetingMinutesReport.h"
#include "report/MeetingReportData.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

MeetingReportData meetingData(const ReportFixture& f)
{
    const QUuid id = f.meetingOf(QStringLiteral("Chi bộ buôn Ea Kring"), QDate(2026, 11, 7));
    auto data = MeetingReportData::load(*f.workspace, f.criteria, id);
    REQUIRE(data.ok());
    return std::move(data).value();
}

} // namespace

TEST_CASE("the minutes of Ea Kring's November meeting come from its record, with an attendance sheet")
{
    ReportFixture f;
    const MeetingReportData data = meetingData(f);
    const OfficialDocument document = MeetingMinutesReport::build(data, 0);
    CHECK(document.type == QStringLiteral("BIÊN BẢN"));
    CHECK(document.header.number.endsWith(QStringLiteral("-BB/CB")));
    REQUIRE(document.leftSignature);
    CHECK(document.leftSignature->name == data.nameOf(data.meeting.minuteTakerId));
    CHECK(document.signature.name == data.nameOf(data.meeting.chairId));
    REQUIRE_FALSE(document.appendix.isEmpty());
    const DocumentTable& sheet = document.appendix.constLast().table;
    CHECK(sheet.rows.size() == data.meeting.attendance.size());
    CHECK(sheet.header.constLast() == QStringLiteral("Ký tên"));
    const QString html = DocumentHtml::of(document);
    for (const QString& item : data.meeting.agenda)
        CHECK(html.contains(item.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("page-break-before:always")));
    checkGolden(QStringLiteral("minutes-ea-kring-2026-11-07"), html);
    const QString pdf = f.dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(DocumentRenderer::writePdf(document, PageMargins{}, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Nhà văn hóa buôn Ea Kring")));
    CHECK(text.contains(data.nameOf(data.meeting.chairId)));
}

TEST_CASE(
    "the assessment sheet lists HD 42's criteria with their results and leaves the band to the committee")
{
    ReportFixture f;
    const MeetingReportData data = meetingData(f);
    REQUIRE(data.form);
    CHECK(data.form->id == QStringLiteral("chat-luong-sinh-hoat-hd42"));
    REQUIRE(data.card);
    const OfficialDocument document = MeetingAssessmentSheet::build(data, f.criteria, 0);
    const DocumentTable& items = document.body.at(1).table;
    CHECK(items.rows.size() == data.card->indicators.size());
    const QString html = DocumentHtml::of(document);
    CHECK(html.contains(data.card->indicators.constFirst().label.vi.toHtmlEscaped()));
    checkGolden(QStringLiteral("assessment-ea-kring-2026-11-07"), html);
    const QString pdf = f.dir.filePath(QStringLiteral("assessment.pdf"));
    REQUIRE(DocumentRenderer::writePdf(document, PageMargins{}, pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("Chi bộ buôn Ea Kring")));
}
