// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/JobRunner.h"
#include "app/OutcomeColours.h"
#include "app/criteria/ApplicabilityTableModel.h"
#include "app/criteria/CriteriaFilesModel.h"
#include "app/criteria/CriteriaItemsModel.h"
#include "app/criteria/CriteriaPage.h"
#include "i18n/Translations.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>

using namespace chibo;

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

/// The criteria page on the demo in Vietnamese, for Chi bộ buôn Ea Kring, as an administrator.
struct CriteriaFixture {
    explicit CriteriaFixture(Role role = Role::Admin)
    {
        REQUIRE(translations.install(Language::Vietnamese));
        context = std::make_unique<AppContext>(dialogs, demo.day());
        auto workspace = Workspace::open(demo.path);
        REQUIRE(workspace.ok());
        context->setWorkspace(std::move(workspace).value());
        context->setCriteria(CriteriaLibrary::loadInstalled()->set);
        const auto cell = context->workspace()->findOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"));
        REQUIRE(cell.ok());
        context->setSession(Session{QStringLiteral("Nguyễn Văn Tư"), role, {cell->id}});
        context->setCurrentOrganisation(cell->id);
        page = std::make_unique<CriteriaPage>(*context);
        page->resize(1200, 760);
        page->show();
    }

    /// chi-bo-bon-tot under another id, optionally with a misspelt metric, in the fixture's folder.
    QString writeCopy(const QString& name, const QString& id, bool misspelt) const
    {
        QFile shipped(QStringLiteral(CHIBO_SOURCE_DIR "/criteria/chi-bo-bon-tot.json"));
        REQUIRE(shipped.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(shipped.readAll());
        text.replace(QStringLiteral("\"id\": \"chi-bo-bon-tot\""), QStringLiteral("\"id\": \"") + id + u'"');
        if (misspelt)
            text.replace(QStringLiteral("\"org.targets_met_rate\""),
                         QStringLiteral("\"org.targets_met_rat\""));
        const QString path = demo.dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    CriteriaFilesModel* files() const
    {
        auto* model = qobject_cast<CriteriaFilesModel*>(child<QTreeView>(*page, "filesTreeView")->model());
        REQUIRE(model);
        return model;
    }

    test::DemoFixture demo;
    Translations translations;
    test::RecordingDialogs dialogs;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<CriteriaPage> page;
};

} // namespace

TEST_CASE("the criteria page lists the 20 shipped files grouped by what they judge, by validity")
{
    CriteriaFixture f;
    CriteriaFilesModel* model = f.files();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model->fileCount() == 20);
    REQUIRE(model->rowCount() == 4);
    int listed = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        listed += model->rowCount(model->index(group, 0));
    CHECK(listed == 20);
    // Members by year: QĐ 132, then QĐ 124, then QĐ 366.
    const QModelIndex members = model->index(1, 0);
    QStringList ids;
    for (int row = 0; row < model->rowCount(members); ++row)
        ids.append(model->index(row, CriteriaFilesModel::IdColumn, members).data().toString());
    CHECK(ids.indexOf(QStringLiteral("xep-loai-dang-vien-qd132")) <
          ids.indexOf(QStringLiteral("xep-loai-dang-vien-qd124")));
    CHECK(ids.indexOf(QStringLiteral("xep-loai-dang-vien-qd124")) <
          ids.indexOf(QStringLiteral("xep-loai-dang-vien-qd366")));
    const QModelIndex qd366 = model->indexOf(QStringLiteral("xep-loai-dang-vien-qd366@2025.1"));
    REQUIRE(qd366.isValid());
    CHECK(qd366.siblingAtColumn(CriteriaFilesModel::LegalBasisColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("QĐ 366-QĐ/TW, 30/08/2025")));
    CHECK(qd366.siblingAtColumn(CriteriaFilesModel::ValidFromColumn).data().toString() == u"01/01/2025");
}

TEST_CASE("selecting chi-bo-bon-tot shows its legal basis, items and shipped tests, and they pass")
{
    CriteriaFixture f;
    REQUIRE(f.page->selectFile(QStringLiteral("chi-bo-bon-tot")));
    CHECK(f.page->selectedReference() == u"chi-bo-bon-tot@2023.1");
    const QString overview = child<QTextBrowser>(*f.page, "overviewTextBrowser")->toPlainText();
    CHECK(overview.contains(QStringLiteral("Chi bộ bốn tốt")));
    CHECK(overview.contains(QStringLiteral("21-NQ/TW")));
    CHECK(overview.contains(QStringLiteral("ty_le_dv_htt")));
    auto* items = qobject_cast<CriteriaItemsModel*>(child<QTreeView>(*f.page, "itemsTreeView")->model());
    REQUIRE(items);
    QAbstractItemModelTester tester(items, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QStringList indicators = items->indicatorIds();
    CHECK(indicators.contains(QStringLiteral("lanh-dao-nhiem-vu-chinh-tri")));
    CHECK(indicators.contains(QStringLiteral("ty-le-chi-tieu")));
    const QModelIndex section = items->index(0, 0);
    const QModelIndex first = items->index(0, 0, section);
    CHECK(first.siblingAtColumn(CriteriaItemsModel::ThresholdColumn)
              .data()
              .toString()
              .contains(QStringLiteral("“tot”")));
    CHECK(first.siblingAtColumn(CriteriaItemsModel::LegalRefColumn)
              .data()
              .toString()
              .contains(QStringLiteral("tiêu chí 1")));

    auto* tests = child<QTableWidget>(*f.page, "testsTableWidget");
    REQUIRE(tests->rowCount() == 2);
    CHECK(tests->item(0, 0)->text() == u"chua-dat.json");
    auto* run = child<QPushButton>(*f.page, "runTestsButton");
    REQUIRE(run->isEnabled());
    QSignalSpy finished(&f.page->jobRunner(), &JobRunner::finished);
    run->click();
    REQUIRE(finished.wait(60000));
    CHECK(child<QLabel>(*f.page, "testsSummaryLabel")->text() ==
          QCoreApplication::translate("chibo::CriteriaPage", "%1 of %2 case(s) passed.").arg(2).arg(2));
    for (int row = 0; row < 2; ++row) {
        CHECK(tests->item(row, 1)->background().color() == OutcomeColours::background(OutcomeBand::Pass));
        CHECK_FALSE(tests->item(row, 2)->text().isEmpty()); // the case's description
    }
}

TEST_CASE("importing a file with a problem lists it as file:line:column and installs nothing")
{
    CriteriaFixture f;
    f.dialogs.nextFile = f.writeCopy(QStringLiteral("bon-tot-buon-ea-kring.json"),
                                     QStringLiteral("chi-bo-bon-tot-ea-kring"), true);
    auto* problems = child<QFrame>(*f.page, "problemsFrame");
    CHECK_FALSE(problems->isVisible());
    child<QPushButton>(*f.page, "importButton")->click();
    CHECK(problems->isVisible());
    auto* list = child<QListWidget>(*f.page, "problemsListWidget");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QRegularExpression(QStringLiteral(
        "bon-tot-buon-ea-kring\\.json:\\d+:\\d+ /indicators/\\d+/value/metric: .*org\\.targets_met_rate"))));
    CHECK(child<QLabel>(*f.page, "problemsLabel")
              ->text()
              .contains(QStringLiteral("bon-tot-buon-ea-kring.json")));
    CHECK(f.context->criteria().files().size() == 20);
    CHECK(f.files()->fileCount() == 20);
    CHECK(QDir(CriteriaLibrary::userDirectory()).entryList(QDir::Files).isEmpty());
    CHECK(f.dialogs.informations.isEmpty());
}

TEST_CASE("importing a good copy under a new id installs it and lists it as imported")
{
    CriteriaFixture f;
    f.dialogs.nextFile =
        f.writeCopy(QStringLiteral("bon-tot-ea-sin.json"), QStringLiteral("chi-bo-bon-tot-ea-sin"), false);
    child<QPushButton>(*f.page, "importButton")->click();
    CHECK(f.dialogs.errors.isEmpty());
    REQUIRE(f.dialogs.informations.size() == 1);
    CHECK(f.context->criteria().files().size() == 21);
    CHECK(f.files()->fileCount() == 21);
    CHECK(f.page->selectedReference() == u"chi-bo-bon-tot-ea-sin@2023.1");
    const QModelIndex imported = f.files()->indexOf(QStringLiteral("chi-bo-bon-tot-ea-sin@2023.1"));
    CHECK(imported.siblingAtColumn(CriteriaFilesModel::SourceColumn).data().toString() ==
          QCoreApplication::translate("chibo::CriteriaFilesModel", "Imported"));
    CHECK(QFile::exists(QDir(CriteriaLibrary::userDirectory())
                            .filePath(QStringLiteral("chi-bo-bon-tot-ea-sin-2023.1.json"))));
    CHECK_FALSE(child<QFrame>(*f.page, "problemsFrame")->isVisible());
    // The files of the user's folder are loaded at the next start too.
    CHECK(CriteriaLibrary::loadInstalled()->set.files().size() == 21);
}

TEST_CASE("only an administrator imports criteria files")
{
    CriteriaFixture f(Role::Secretary);
    auto* import = child<QPushButton>(*f.page, "importButton");
    CHECK_FALSE(import->isEnabled());
    CHECK_FALSE(import->toolTip().isEmpty());
    f.page->importFile();
    CHECK(f.dialogs.errors.size() == 1);
    CHECK(f.context->criteria().files().size() == 20);
}

TEST_CASE("the applicability table shows QĐ 124 for 2024 and QĐ 366 for 2025 in each cell")
{
    CriteriaFixture f;
    auto* model =
        qobject_cast<ApplicabilityTableModel*>(child<QTableView>(*f.page, "applicabilityTableView")->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model->columnCount() == 4);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == u"2023");
    const int row = model->rowOf(f.context->currentOrgId());
    REQUIRE(row == 0);
    CHECK(model->headerData(row, Qt::Vertical).toString() == QStringLiteral("Chi bộ buôn Ea Kring"));
    const QStringList in2024 =
        model->index(row, model->columnOf(2024)).data(ApplicabilityTableModel::IdsRole).toStringList();
    const QStringList in2025 =
        model->index(row, model->columnOf(2025)).data(ApplicabilityTableModel::IdsRole).toStringList();
    CHECK(in2024.contains(QStringLiteral("xep-loai-dang-vien-qd124")));
    CHECK_FALSE(in2024.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd124")));
    CHECK(model->index(row, model->columnOf(2025))
              .data()
              .toString()
              .contains(QStringLiteral("xep-loai-to-chuc-qd366")));
}
