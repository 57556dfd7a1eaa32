// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/classification/ClassificationPage.h"
#include "app/documents/DocumentActions.h"
#include "app/documents/DocumentRegisterDialog.h"
#include "app/documents/IssuedDocumentModel.h"
#include "support/Catch.h"

#include <QAction>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>

using namespace chibo;

namespace {

struct RegisterFixture : test::WindowFixture {
    RegisterFixture()
    {
        REQUIRE(window->selectOrganisation(orgNamed(QStringLiteral("Đảng bộ xã Ea Sin"))));
        qobject_cast<ClassificationPage*>(window->page(PageId::Classification))->setYear(2025);
        window->documents().updateActions();
    }

    /// Opens the year-end report's preview and returns its "Number in the register" action.
    QAction* previewYearReport()
    {
        DocumentActions& documents = window->documents();
        documents.yearReportAction()->trigger();
        CHECK(dialogs.errors.isEmpty());
        REQUIRE(documents.preview());
        REQUIRE(documents.issueAction());
        return documents.issueAction();
    }
};

} // namespace

TEST_CASE("the preview numbers the year-end report in the register once, opened again it shows that number")
{
    RegisterFixture f;
    DocumentActions& documents = f.window->documents();
    QAction* issue = f.previewYearReport();
    CHECK(documents.shown().header.number == QStringLiteral("Số \u00A0\u00A0\u00A0\u00A0-BC/ĐU"));
    REQUIRE(issue->isEnabled());
    issue->trigger();
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(documents.shown().header.number == QStringLiteral("Số 01-BC/ĐU"));
    CHECK_FALSE(issue->isEnabled());
    documents.preview()->close();

    QAction* again = f.previewYearReport();
    CHECK(documents.shown().header.number == QStringLiteral("Số 01-BC/ĐU"));
    CHECK_FALSE(again->isEnabled());
    documents.preview()->close();

    // A viewer sees the number but cannot give one.
    f.window->context().setSession(Session{QStringLiteral("Lê Văn Khách"), Role::Viewer, {}});
    documents.fourGoodsAction()->trigger();
    REQUIRE(documents.issueAction());
    CHECK_FALSE(documents.issueAction()->isEnabled());
    documents.preview()->close();
}

TEST_CASE(
    "the register lists the documents and records one issued by hand, a number taken keeps the form open")
{
    RegisterFixture f;
    DocumentActions& documents = f.window->documents();
    f.previewYearReport()->trigger();
    documents.preview()->close();
    REQUIRE(documents.registerAction()->isEnabled());
    documents.registerAction()->trigger();
    DocumentRegisterDialog* dialog = documents.registerDialog();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Sổ đăng ký văn bản đi — Đảng bộ xã Ea Sin"));
    REQUIRE(dialog->entryCount() == 1);
    const QAbstractItemModel* model = dialog->table()->model();
    CHECK(model->index(0, IssuedDocumentModel::TermColumn).data().toString() == QStringLiteral("2025–2030"));
    CHECK(model->index(0, IssuedDocumentModel::NumberColumn).data().toString() == QStringLiteral("01-BC/ĐU"));
    CHECK(model->index(0, IssuedDocumentModel::TypeColumn).data().toString() == QStringLiteral("Báo cáo"));

    auto* record = dialog->findChild<QPushButton*>(QStringLiteral("recordButton"));
    REQUIRE(record);
    REQUIRE(record->isEnabled());
    record->click();
    RecordDocumentDialog* form = dialog->form();
    REQUIRE(form);
    const QUuid commune = f.orgNamed(QStringLiteral("Đảng bộ xã Ea Sin"));
    DocumentRequest byHand{commune,
                           QStringLiteral("BC"),
                           {},
                           QStringLiteral("Báo cáo sơ kết công tác dân vận"),
                           QDate(2026, 6, 30),
                           1};
    form->setRequest(byHand);
    CHECK(form->request() == byHand);
    form->accept();
    REQUIRE(f.dialogs.errors.size() == 1);
    CHECK(f.dialogs.errors.constFirst().contains(QStringLiteral("01-BC/ĐU")));
    CHECK(form->isVisible());
    CHECK(dialog->entryCount() == 1);

    byHand.number = 0; // the next free number
    form->setRequest(byHand);
    form->accept();
    CHECK(f.dialogs.errors.size() == 1);
    REQUIRE(dialog->entryCount() == 2);
    CHECK(model->index(1, IssuedDocumentModel::NumberColumn).data().toString() == QStringLiteral("02-BC/ĐU"));
    CHECK(model->index(1, IssuedDocumentModel::DateColumn).data().toString() == QStringLiteral("30/06/2026"));
    dialog->close();
}
