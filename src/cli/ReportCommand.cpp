// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "cli/CliContext.h"
#include "core/OrgTree.h"
#include "report/CellYearReport.h"
#include "report/CommitteeYearReport.h"
#include "report/DocumentHtml.h"
#include "report/DocumentNumbering.h"
#include "report/DocumentRenderer.h"
#include "report/FourGoodsReport.h"
#include "report/MeetingAssessmentSheet.h"
#include "report/MeetingMinutesReport.h"
#include "report/MeetingReportData.h"
#include "report/YearReportData.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace chibo {

namespace {

const QString yearKind = QStringLiteral("year");

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write an official document (year-end report, meeting minutes) as PDF or HTML.");
}

int ReportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes an official Party document in the HD 36-HD/VPTW layout. KIND is “year” (a cell's "
        "classification report, or a committee's summary of its cells), “minutes” (a meeting's minutes "
        "with its attendance sheet), “assessment” (a meeting's quality assessment sheet) or “four-goods” (a "
        "committee's list of cells recognised under the cell model, with each cell's criteria)."));
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("year, four-goods, minutes or assessment"));
    parser.addOptions({
        {QStringLiteral("org"), tr("The organisation (name or id), for year."), QStringLiteral("KEY")},
        {QStringLiteral("year"), tr("The year, for year."), QStringLiteral("YYYY")},
        {QStringLiteral("meeting"), tr("The meeting's id, for minutes and assessment."),
         QStringLiteral("ID")},
        {QStringLiteral("pdf"), tr("Write the document as PDF to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("html"), tr("Write the document as HTML to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("number"),
         tr("The document's number (default: the number it has in the register, else left blank)."),
         QStringLiteral("N")},
        {QStringLiteral("issue"),
         tr("Number the document in the organisation's register: the next number of its type in the "
            "committee's term, or --number N. A document numbered before keeps its number.")},
        {QStringLiteral("by"), tr("Your name, for the register (default: the user's login name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("date"), tr("The date line, yyyy-MM-dd (default: today)."), QStringLiteral("DATE")},
    });
    if (const auto stop = context.parse(parser, arguments, 1, 1))
        return *stop;
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("html")))
        return context.fail(
            CliContext::usageError(tr("Say where to write the document: --pdf FILE and/or --html FILE.")));
    const bool issue = parser.isSet(QStringLiteral("issue"));
    bool numberOk = true;
    if (parser.isSet(QStringLiteral("number")) &&
        (parser.value(QStringLiteral("number")).toInt(&numberOk) < 1 || !numberOk))
        return context.fail(CliContext::usageError(tr("--number needs a whole number from 1, such as 5.")));
    auto workspace = context.openWorkspace(issue ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const QString kind = parser.positionalArguments().constFirst();
    Result<OfficialDocument> document =
        (kind == yearKind || kind == u"four-goods") ? yearDocument(context, **workspace, parser)
        : kind == QStringLiteral("minutes")         ? meetingDocument(**workspace, parser, true)
        : kind == QStringLiteral("assessment")
            ? meetingDocument(**workspace, parser, false)
            : Result<OfficialDocument>(CliContext::usageError(
                  tr("Unknown document “%1”: use year, four-goods, minutes or assessment.").arg(kind)));
    if (!document)
        return context.fail(document.error());
    if (const int numbered = number(context, **workspace, *document, parser); numbered != CliContext::Success)
        return numbered;
    return write(context, *document, parser);
}

Result<OfficialDocument> ReportCommand::yearDocument(CliContext& context, Workspace& workspace,
                                                     const QCommandLineParser& parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1945 || year > 2200)
        return CliContext::usageError(tr("--year needs a year such as 2025."));
    const auto org = workspace.findOrganisation(parser.value(QStringLiteral("org")));
    if (!org)
        return org.error();
    auto criteria = CriteriaLibrary::loadInstalled();
    if (!criteria)
        return criteria.error();
    if (!criteria->problems.isEmpty())
        return Error{QStringLiteral("cli.criteria"), criteria->problems.constFirst().toString(), {}};
    const QDate date = parser.isSet(QStringLiteral("date"))
                           ? QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
                           : context.today();
    if (!date.isValid())
        return CliContext::usageError(tr("--date needs a date such as 2025-12-15."));
    const int number = parser.value(QStringLiteral("number")).toInt();
    if (parser.positionalArguments().constFirst() == u"four-goods")
        return FourGoodsReport::load(workspace, criteria->set, org->id, year, context.today(), number, date);
    const auto data = YearReportData::load(workspace, criteria->set, org->id, year, context.today());
    if (!data)
        return data.error();
    return org->isCell() ? CellYearReport::build(*data, org->id, number, date)
                         : CommitteeYearReport::build(*data, number, date);
}

Result<OfficialDocument> ReportCommand::meetingDocument(Workspace& workspace,
                                                        const QCommandLineParser& parser, bool minutes)
{
    const QUuid meetingId = QUuid::fromString(parser.value(QStringLiteral("meeting")));
    if (meetingId.isNull())
        return CliContext::usageError(
            tr("--meeting needs the meeting's id (see chibo-cli summary or the window)."));
    auto criteria = CriteriaLibrary::loadInstalled();
    if (!criteria)
        return criteria.error();
    const auto data = MeetingReportData::load(workspace, criteria->set, meetingId);
    if (!data)
        return data.error();
    const int number = parser.value(QStringLiteral("number")).toInt();
    return minutes ? MeetingMinutesReport::build(*data, number)
                   : MeetingAssessmentSheet::build(*data, criteria->set, number);
}

int ReportCommand::number(CliContext& context, Workspace& workspace, OfficialDocument& document,
                          const QCommandLineParser& parser)
{
    const int requested = parser.value(QStringLiteral("number")).toInt();
    if (!parser.isSet(QStringLiteral("issue"))) {
        if (requested != 0)
            return CliContext::Success; // the builders wrote it
        const auto shown = DocumentNumbering::showRegistered(workspace, document);
        return shown ? CliContext::Success : context.fail(shown.error());
    }
    const auto issued =
        DocumentNumbering::issue(workspace, context.session(parser.value(QStringLiteral("by"))), document,
                                 requested, QDateTime::currentDateTimeUtc());
    if (!issued)
        return context.fail(issued.error());
    context.out()
        << tr("%1 of %2, in the register.").arg(document.header.number, CliContext::date(issued->issuedOn))
        << Qt::endl;
    return CliContext::Success;
}

int ReportCommand::write(CliContext& context, const OfficialDocument& document,
                         const QCommandLineParser& parser)
{
    if (const QString path = parser.value(QStringLiteral("html")); !path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(DocumentHtml::of(document).toUtf8()) < 0 ||
            !file.commit())
            return context.fail(Error{
                QStringLiteral("report_write"), tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
        context.out() << tr("Written: %1").arg(path) << Qt::endl;
    }
    if (const QString path = parser.value(QStringLiteral("pdf")); !path.isEmpty()) {
        if (const Status written = DocumentRenderer::writePdf(document, PageMargins{}, path); !written)
            return context.fail(written.error());
        context.out() << tr("Written: %1").arg(path) << Qt::endl;
    }
    return CliContext::Success;
}

} // namespace chibo
