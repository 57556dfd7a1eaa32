// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/documents/DocumentRegisterDialog.h"
#include "core/Result.h"
#include "report/OfficialDocument.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace chibo {

class AppContext;

/// The Documents menu: the official documents of what the window shows, in a print preview from which
/// they are printed or saved as PDF — the year-end report of the selected organisation for the year the
/// Year-end page shows (a cell's report, or a committee's summary), and the minutes and assessment sheet of
/// the meeting open in the meeting editor. Page setup in the preview changes the margins, which are kept.
/// A document shows the number its organisation's register gave it; the preview's "Number in the register"
/// gives it the next one (DocumentNumbering), and Register of issued documents lists them.
class DocumentActions : public QObject {
    Q_OBJECT

public:
    /// `year` and `meetingId` say what the pages show now.
    DocumentActions(AppContext& context, QWidget* window, std::function<int()> year,
                    std::function<QUuid()> meetingId);
    ~DocumentActions() override;

    QMenu* menu() const { return m_menu; }
    QAction* yearReportAction() const { return m_yearReport; }
    QAction* minutesAction() const { return m_minutes; }
    QAction* assessmentAction() const { return m_assessment; }
    QAction* fourGoodsAction() const { return m_fourGoods; }
    QAction* registerAction() const { return m_register; }
    /// The preview's action that numbers the shown document; nullptr while no preview is open.
    QAction* issueAction() const { return m_issue.data(); }
    /// The document the preview shows.
    const OfficialDocument& shown() const { return m_shown; }
    /// The register dialog open now, for tests; nullptr when none.
    DocumentRegisterDialog* registerDialog() const { return m_registerDialog.data(); }
    /// The preview open now, for tests; nullptr when none.
    QPrintPreviewDialog* preview() const;

    Result<OfficialDocument> yearReport() const;
    Result<OfficialDocument> minutes(bool assessmentSheet) const;
    Result<OfficialDocument> fourGoods() const;
    void retranslate();
    void updateActions();

private:
    /// `document` with the number its register gave it, if any.
    Result<OfficialDocument> withRegisteredNumber(Result<OfficialDocument> document) const;
    void showPreview(const Result<OfficialDocument>& document);
    void addPreviewActions(QPrintPreviewDialog& dialog);
    void issueShown();
    void showRegister();
    void savePdf();

    AppContext& m_context;
    QWidget* m_window;
    std::function<int()> m_year;
    std::function<QUuid()> m_meetingId;
    QMenu* m_menu;
    QAction* m_yearReport;
    QAction* m_minutes;
    QAction* m_assessment;
    QAction* m_fourGoods;
    QAction* m_register;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QPrintPreviewDialog> m_preview;
    OfficialDocument m_shown;
    bool m_shownNumbered = false;
    QPointer<QAction> m_issue;
    QPointer<DocumentRegisterDialog> m_registerDialog;
};

} // namespace chibo
