// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/MainWindow.h"
#include "app/classification/ClassificationPage.h"
#include "app/documents/DocumentActions.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsPage.h"
#include "core/Session.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>

using namespace chibo;

namespace {

struct DocumentsFixture : test::WindowFixture {
    /// The preview the last action opened, with its pages laid out.
    QPrintPreviewWidget* openPreview()
    {
        QPrintPreviewDialog* dialog = window->documents().preview();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        auto* widget = dialog->findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        widget->updatePreview();
        return widget;
    }
};

} // namespace

TEST_CASE("the Documents menu previews the commune's 2025 summary and saves it as PDF")
{
    DocumentsFixture f;
    DocumentActions& documents = f.window->documents();
    CHECK(f.window->menuBar()->actions().contains(documents.menu()->menuAction()));
    CHECK(documents.menu()->title() == QStringLiteral("&Văn bản"));
    REQUIRE(f.window->selectOrganisation(f.orgNamed(QStringLiteral("Đảng bộ xã Ea Sin"))));
    qobject_cast<ClassificationPage*>(f.window->page(PageId::Classification))->setYear(2025);
    documents.updateActions();
    REQUIRE(documents.yearReportAction()->isEnabled());
    documents.yearReportAction()->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    QPrintPreviewWidget* preview = f.openPreview();
    CHECK(preview->pageCount() >= 2);
    CHECK(preview->orientation() == QPageLayout::Landscape);

    const QString pdf = f.demo.dir.filePath(QStringLiteral("tong-hop.pdf"));
    f.dialogs.nextFile = pdf;
    QAction* save = documents.preview()->findChild<QAction*>(QStringLiteral("savePdfAction"));
    REQUIRE(save);
    save->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    documents.preview()->close();
}

TEST_CASE(
    "the minutes and the assessment sheet of the open meeting are previewed, without one the actions wait")
{
    DocumentsFixture f;
    DocumentActions& documents = f.window->documents();
    REQUIRE(f.window->selectOrganisation(f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"))));
    documents.updateActions();
    CHECK_FALSE(documents.minutesAction()->isEnabled()); // no meeting is open yet
    auto* meetings = qobject_cast<MeetingsPage*>(f.window->page(PageId::Meetings));
    f.window->showPage(PageId::Meetings);
    meetings->showPeriod(f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")), 2026, 11);
    REQUIRE(meetings->editor()->meetingId());
    documents.updateActions();
    REQUIRE(documents.minutesAction()->isEnabled());
    documents.minutesAction()->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(f.openPreview()->pageCount() >= 2); // the minutes, then the attendance sheet
    documents.preview()->close();
    documents.assessmentAction()->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(f.openPreview()->pageCount() >= 1);
    documents.preview()->close();
}
