// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documents/DocumentActions.h"

#include "app/AppContext.h"
#include "app/AppSettings.h"
#include "app/Dialogs.h"
#include "app/documents/DocumentRegisterDialog.h"
#include "report/CellYearReport.h"
#include "report/CommitteeYearReport.h"
#include "report/DocumentNumbering.h"
#include "report/DocumentRenderer.h"
#include "report/FourGoodsReport.h"
#include "report/MeetingAssessmentSheet.h"
#include "report/MeetingMinutesReport.h"
#include "report/MeetingReportData.h"
#include "report/YearReportData.h"
#include "services/DocumentRegister.h"
#include "services/Permissions.h"
#include "services/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

namespace chibo {

namespace {

PageMargins storedMargins()
{
    const QStringList parts = AppSettings().value(AppSettings::Key::DocumentMargins).toString().split(u',');
    PageMargins margins;
    if (parts.size() == 4) {
        margins = {parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt(), parts.at(3).toInt()};
    }
    return margins;
}

void storeMargins(const QPageLayout& layout)
{
    const QMarginsF mm = layout.margins(QPageLayout::Millimeter);
    AppSettings().setValue(AppSettings::Key::DocumentMargins, QStringLiteral("%1,%2,%3,%4")
                                                                  .arg(qRound(mm.top()))
                                                                  .arg(qRound(mm.bottom()))
                                                                  .arg(qRound(mm.left()))
                                                                  .arg(qRound(mm.right())));
}

} // namespace

DocumentActions::DocumentActions(AppContext& context, QWidget* window, std::function<int()> year,
                                 std::function<QUuid()> meetingId)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_year(std::move(year))
    , m_meetingId(std::move(meetingId))
    , m_menu(new QMenu(window))
    , m_yearReport(m_menu->addAction(QString()))
    , m_minutes(m_menu->addAction(QString()))
    , m_assessment(m_menu->addAction(QString()))
    , m_fourGoods(m_menu->addAction(QString()))
    , m_register(nullptr)
{
    m_menu->addSeparator();
    m_register = m_menu->addAction(QString());
    m_register->setObjectName(QStringLiteral("documentRegisterAction"));
    connect(m_register, &QAction::triggered, this, &DocumentActions::showRegister);
    m_menu->setObjectName(QStringLiteral("documentsMenu"));
    m_yearReport->setObjectName(QStringLiteral("yearReportAction"));
    m_minutes->setObjectName(QStringLiteral("minutesAction"));
    m_assessment->setObjectName(QStringLiteral("assessmentSheetAction"));
    m_fourGoods->setObjectName(QStringLiteral("fourGoodsAction"));
    connect(m_fourGoods, &QAction::triggered, this, [this] { showPreview(fourGoods()); });
    m_yearReport->setShortcut(QKeySequence::Print);
    connect(m_yearReport, &QAction::triggered, this, [this] { showPreview(yearReport()); });
    connect(m_minutes, &QAction::triggered, this, [this] { showPreview(minutes(false)); });
    connect(m_assessment, &QAction::triggered, this, [this] { showPreview(minutes(true)); });
    connect(m_menu, &QMenu::aboutToShow, this, &DocumentActions::updateActions);
    retranslate();
}

DocumentActions::~DocumentActions() = default;

QPrintPreviewDialog* DocumentActions::preview() const
{
    return m_preview.data();
}

void DocumentActions::retranslate()
{
    m_menu->setTitle(tr("&Documents"));
    m_yearReport->setText(tr("&Year-end classification report…"));
    m_minutes->setText(tr("&Minutes of the open meeting…"));
    m_assessment->setText(tr("&Assessment sheet of the open meeting…"));
    m_fourGoods->setText(tr("List of &cells recognised under the cell model…"));
    m_register->setText(tr("&Register of issued documents…"));
}

void DocumentActions::updateActions()
{
    const bool open = m_context.workspace() != nullptr;
    m_yearReport->setEnabled(open && !m_context.currentOrgId().isNull());
    m_minutes->setEnabled(open && !m_meetingId().isNull());
    m_assessment->setEnabled(m_minutes->isEnabled());
    m_fourGoods->setEnabled(m_yearReport->isEnabled());
    m_register->setEnabled(m_yearReport->isEnabled());
}

Result<OfficialDocument> DocumentActions::yearReport() const
{
    const Organisation* org = m_context.currentOrganisation();
    if (!m_context.workspace() || !org)
        return Error{QStringLiteral("document.nothing"), tr("Choose an organisation in the tree first."), {}};
    const auto data = YearReportData::load(*m_context.workspace(), m_context.criteria(), org->id, m_year(),
                                           m_context.day());
    if (!data)
        return data.error();
    return withRegisteredNumber(org->isCell() ? CellYearReport::build(*data, org->id, 0, m_context.day())
                                              : CommitteeYearReport::build(*data, 0, m_context.day()));
}

Result<OfficialDocument> DocumentActions::minutes(bool assessmentSheet) const
{
    const QUuid meetingId = m_meetingId();
    if (!m_context.workspace() || meetingId.isNull())
        return Error{
            QStringLiteral("document.nothing"), tr("Open a meeting on the Meetings page first."), {}};
    const auto data = MeetingReportData::load(*m_context.workspace(), m_context.criteria(), meetingId);
    if (!data)
        return data.error();
    return withRegisteredNumber(assessmentSheet
                                    ? MeetingAssessmentSheet::build(*data, m_context.criteria(), 0)
                                    : MeetingMinutesReport::build(*data, 0));
}

Result<OfficialDocument> DocumentActions::fourGoods() const
{
    const Organisation* org = m_context.currentOrganisation();
    if (!m_context.workspace() || !org)
        return Error{QStringLiteral("document.nothing"), tr("Choose an organisation in the tree first."), {}};
    return withRegisteredNumber(FourGoodsReport::load(*m_context.workspace(), m_context.criteria(), org->id,
                                                      m_year(), m_context.day(), 0, m_context.day()));
}

Result<OfficialDocument> DocumentActions::withRegisteredNumber(Result<OfficialDocument> document) const
{
    if (!document)
        return document;
    if (const auto shown = DocumentNumbering::showRegistered(*m_context.workspace(), *document); !shown)
        return shown.error();
    return document;
}

void DocumentActions::showPreview(const Result<OfficialDocument>& document)
{
    if (!document) {
        m_context.dialogs().showError(m_window, tr("Documents"), document.error().toString());
        return;
    }
    m_shown = *document;
    const auto registered = DocumentRegister::find(*m_context.workspace(), m_shown.header.issuerId,
                                                   m_shown.header.typeCode, m_shown.subject);
    m_shownNumbered = registered && registered->has_value();
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(DocumentRenderer::pageLayout(m_shown, storedMargins()));
    m_printer->setDocName(m_shown.type + u' ' + m_shown.summary);
    auto* dialog = new QPrintPreviewDialog(m_printer.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(m_shown.type + QStringLiteral(" — ") + m_shown.summary);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* printer) {
        storeMargins(printer->pageLayout());
        if (const Status painted = DocumentRenderer::paint(m_shown, *printer); !painted)
            m_context.dialogs().showError(m_window, tr("Documents"), painted.error().toString());
    });
    addPreviewActions(*dialog);
    m_preview = dialog;
    dialog->resize(900, 1000);
    dialog->open();
}

void DocumentActions::addPreviewActions(QPrintPreviewDialog& dialog)
{
    auto* toolBar = dialog.findChild<QToolBar*>();
    if (!toolBar)
        return;
    QAction* save = toolBar->addAction(tr("Save as PDF…"));
    save->setObjectName(QStringLiteral("savePdfAction"));
    connect(save, &QAction::triggered, this, &DocumentActions::savePdf);
    QAction* issue = toolBar->addAction(tr("Number in the register"));
    issue->setObjectName(QStringLiteral("issueNumberAction"));
    issue->setToolTip(tr("Give the document the next number of its type in the committee's term and record "
                         "it in the register of issued documents"));
    const Status allowed =
        Permissions::mayIssueDocuments(m_context.session(), m_context.tree(), m_shown.header.issuerId);
    issue->setEnabled(!m_shownNumbered && allowed.ok() && !m_shown.subject.isEmpty());
    connect(issue, &QAction::triggered, this, &DocumentActions::issueShown);
    m_issue = issue;
}

void DocumentActions::issueShown()
{
    if (!m_context.workspace() || m_shownNumbered)
        return;
    QWidget* parent = m_preview ? qobject_cast<QWidget*>(m_preview.data()) : m_window;
    const auto issued = DocumentNumbering::issue(*m_context.workspace(), m_context.session(), m_shown, 0,
                                                 QDateTime::currentDateTimeUtc());
    if (!issued) {
        m_context.dialogs().showError(parent, tr("Documents"), issued.error().toString());
        return;
    }
    m_shownNumbered = true;
    if (m_issue)
        m_issue->setEnabled(false);
    if (m_preview) {
        if (auto* pages = m_preview->findChild<QPrintPreviewWidget*>())
            pages->updatePreview();
    }
}

void DocumentActions::showRegister()
{
    const Organisation* org = m_context.currentOrganisation();
    if (!m_context.workspace() || !org)
        return;
    auto* dialog = new DocumentRegisterDialog(m_context, org->id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_registerDialog = dialog;
    dialog->open();
}

void DocumentActions::savePdf()
{
    QWidget* parent = m_preview ? qobject_cast<QWidget*>(m_preview.data()) : m_window;
    const QString suggested =
        QString(m_shown.type + u' ' + m_shown.summary).simplified() + QStringLiteral(".pdf");
    const QString path =
        m_context.dialogs().fileToSave(parent, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = DocumentRenderer::writePdf(m_shown, storedMargins(), path); !written)
        m_context.dialogs().showError(m_window, tr("Documents"), written.error().toString());
}

} // namespace chibo
