// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassificationFixture.h"
#include "app/JobRunner.h"
#include "app/TableExport.h"
#include "app/classification/DecisionDialog.h"
#include "models/ClassificationFilterProxy.h"
#include "models/ClassificationTableModel.h"
#include "services/ClassificationSheet.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace chibo;
using chibo::test::ClassificationFixture;

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QString pageText(const char* source)
{
    return QCoreApplication::translate("chibo::ClassificationPage", source);
}

void select(ClassificationFixture& f, const QString& name)
{
    const int row = f.rowOf(name);
    REQUIRE(row >= 0);
    auto* table = child<QTableView>(*f.page, "classificationTableView");
    table->setCurrentIndex(table->model()->index(row, ClassificationTableModel::SubjectColumn));
}

/// Types `text` into `widget` key by key (QTest::keyClicks accepts ASCII only).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The decision dialog the page opened last and is showing.
DecisionDialog* openDialog(const ClassificationFixture& f)
{
    const auto dialogs = f.page->findChildren<DecisionDialog*>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it) {
        if ((*it)->isVisible())
            return *it;
    }
    FAIL("no decision dialog is open");
    return nullptr;
}

void chooseFilter(ClassificationFixture& f, ClassificationFilterProxy::Filter filter)
{
    auto* combo = child<QComboBox>(*f.page, "filterComboBox");
    combo->setCurrentIndex(combo->findData(int(filter)));
}

/// The stored proposals of the year's rules for Chi bộ buôn Ea Kring.
QList<StoredResult> storedProposals(ClassificationFixture& f)
{
    QList<StoredResult> rows;
    for (const QString& id :
         {QStringLiteral("xep-loai-dang-vien-qd366"), QStringLiteral("xep-loai-to-chuc-qd366")}) {
        const auto stored = f.context.workspace()->storage().results().results(
            id, QStringLiteral("2025"), {f.orgId(QStringLiteral("Chi bộ buôn Ea Kring"))});
        REQUIRE(stored.ok());
        rows += *stored;
    }
    return rows;
}

} // namespace

TEST_CASE("the year-end page lists Chi bộ buôn Ea Kring's members and the cell with their levels and reasons")
{
    ClassificationFixture f;
    QAbstractItemModelTester tester(f.view(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(f.view()->rowCount() == 17);
    const int member = f.rowOf(QStringLiteral("Y Tlam Hwing"));
    REQUIRE(member >= 0);
    CHECK(f.view()->index(member, ClassificationTableModel::CellColumn).data().toString() ==
          QStringLiteral("Chi bộ buôn Ea Kring"));
    CHECK(f.view()->index(member, ClassificationTableModel::ProposedColumn).data().toString() == u"HTT");
    CHECK(f.view()->index(member, ClassificationTableModel::FinalColumn).data().toString() == u"HTT");
    CHECK(f.view()->index(member, ClassificationTableModel::PointsColumn).data().toString() == u"89 / 100");
    CHECK_FALSE(f.view()->index(member, ClassificationTableModel::ReasonColumn).data().toString().isEmpty());
    CHECK(f.view()->index(member, 0).data(Qt::BackgroundRole).value<QColor>().isValid());
    const int undecided = f.rowOf(QStringLiteral("Y Thoan Kbuôr"));
    REQUIRE(undecided >= 0);
    CHECK(f.view()
              ->index(undecided, ClassificationTableModel::ProposedColumn)
              .data(ClassificationTableModel::SortRole) == QVariant(4));
    CHECK_FALSE(
        f.view()->index(undecided, ClassificationTableModel::FlagsColumn).data().toString().isEmpty());
    CHECK(f.rowOf(QStringLiteral("Chi bộ buôn Ea Kring")) >= 0);

    chooseFilter(f, ClassificationFilterProxy::Filter::Members);
    CHECK(f.view()->rowCount() == 16);
    chooseFilter(f, ClassificationFilterProxy::Filter::Organisations);
    CHECK(f.view()->rowCount() == 1);
    chooseFilter(f, ClassificationFilterProxy::Filter::NeedsDecision);
    CHECK(f.view()->rowCount() == 2);
    chooseFilter(f, ClassificationFilterProxy::Filter::DiffersFromProposal);
    CHECK(f.view()->rowCount() == 0);

    CHECK(child<QLabel>(*f.page, "quotaLabel")->text().contains(QStringLiteral("0 / 2")));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("showing the year-end page saves nothing, Compute proposals saves them")
{
    ClassificationFixture f;
    auto* status = child<QLabel>(*f.page, "statusLabel");
    const QString shown =
        pageText("Proposals computed at %1 from the records as they are now; they are saved "
                 "when you press Compute proposals or record a decision.");
    CHECK(status->text().endsWith(shown.section(QStringLiteral("%1"), 1)));
    CHECK(storedProposals(f).isEmpty());

    child<QPushButton>(*f.page, "computeButton")->click();
    REQUIRE(f.waitForJob());
    CHECK(storedProposals(f).size() == 17);
    const QString saved = pageText("Proposals computed and saved at %1.");
    CHECK(status->text().startsWith(saved.section(QStringLiteral("%1"), 0, 0)));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("deciding HTXS in the decision dialog updates the quota counter and the row")
{
    ClassificationFixture f;
    auto* quota = child<QLabel>(*f.page, "quotaLabel");
    const QString before = quota->text();
    REQUIRE(before.contains(QStringLiteral("0 / 2")));
    select(f, QStringLiteral("Y Thoan Kbuôr"));
    auto* decide = child<QPushButton>(*f.page, "decideButton");
    REQUIRE(decide->isEnabled());
    decide->click();
    auto* dialog = openDialog(f);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    CHECK(child<QPlainTextEdit>(*dialog, "proposalTextEdit")
              ->toPlainText()
              .contains(QStringLiteral("Y Thoan Kbuôr")));
    auto* ok = child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto* level = child<QComboBox>(*dialog, "levelComboBox");
    level->setCurrentIndex(level->findData(QStringLiteral("htxs")));
    CHECK_FALSE(ok->isEnabled()); // no reason yet
    typeText(child<QPlainTextEdit>(*dialog, "reasonTextEdit"),
             QStringLiteral("Chi bộ đề nghị: hoàn thành xuất sắc việc vận động nhân dân buôn Ea Kring"));
    CHECK(child<QLineEdit>(*dialog, "decidedByLineEdit")->text() == QStringLiteral("Nguyễn Văn Tư"));
    REQUIRE(ok->isEnabled());
    ok->click();

    CHECK(f.dialogs.errors.isEmpty());
    CHECK(quota->text() != before);
    CHECK(quota->text().contains(QStringLiteral("1 / 2")));
    const int row = f.rowOf(QStringLiteral("Y Thoan Kbuôr"));
    REQUIRE(row >= 0);
    CHECK(f.view()->index(row, ClassificationTableModel::DecidedColumn).data().toString() == u"HTXS");
    CHECK(f.view()->index(row, ClassificationTableModel::FinalColumn).data().toString() == u"HTXS");
    CHECK(f.view()
              ->index(row, ClassificationTableModel::DecidedColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("vận động nhân dân")));
    chooseFilter(f, ClassificationFilterProxy::Filter::DiffersFromProposal);
    CHECK(f.view()->rowCount() == 1);
    // A decision is a recorded act: Edit ▸ Undo has nothing to take back on this page.
    CHECK(f.context.undoGroup().activeStack() != nullptr);
    CHECK_FALSE(f.context.undoGroup().canUndo());
    const auto decisions = f.context.workspace()->storage().decisions().current(2025, {});
    REQUIRE(decisions.ok());
    REQUIRE(decisions->size() == 1);
    CHECK(storedProposals(f).size() == 17); // the decision is recorded against the shown proposals
    CHECK(decisions->constFirst().decidedBy == QStringLiteral("Nguyễn Văn Tư"));

    // Two more members raised to HTXS go over floor(12 × 20 %) = 2: the counter says so, in red.
    for (const QString& name : {QStringLiteral("Y Tlam Hwing"), QStringLiteral("Y Bluin Niê")}) {
        chooseFilter(f, ClassificationFilterProxy::Filter::All);
        select(f, name);
        decide->click();
        auto* next = openDialog(f);
        auto* nextLevel = child<QComboBox>(*next, "levelComboBox");
        nextLevel->setCurrentIndex(nextLevel->findData(QStringLiteral("htxs")));
        child<QPlainTextEdit>(*next, "reasonTextEdit")->setPlainText(QStringLiteral("Đảng ủy xã quyết định"));
        child<QDialogButtonBox>(*next, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    }
    CHECK(quota->text().contains(QStringLiteral("3 / 2")));
    CHECK(quota->text().contains(QStringLiteral("color:")));
}

TEST_CASE("cancelling a recompute leaves the stored proposals as they were")
{
    ClassificationFixture f;
    child<QPushButton>(*f.page, "computeButton")->click();
    REQUIRE(f.waitForJob());
    const QList<StoredResult> before = storedProposals(f);
    REQUIRE(before.size() == 17);
    JobRunner& runner = f.page->jobRunner();
    QObject::connect(&runner, &JobRunner::progressed, &runner, [&runner] {
        if (QProgressDialog* dialog = runner.progressDialog())
            if (auto* cancel = dialog->findChild<QPushButton*>())
                cancel->click();
    });
    QSignalSpy finished(&runner, &JobRunner::finished);
    child<QPushButton>(*f.page, "computeButton")->click();
    REQUIRE(runner.isRunning());
    REQUIRE(finished.wait(60000));
    CHECK(finished.constFirst().constFirst().toBool());
    CHECK(storedProposals(f) == before);
    CHECK(child<QLabel>(*f.page, "statusLabel")->text() ==
          pageText("The computation was cancelled; the stored proposals were not changed."));
    CHECK(f.view()->rowCount() == 17); // the proposals computed before stay shown
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("locking the year shows who locked it and disables deciding")
{
    ClassificationFixture f;
    select(f, QStringLiteral("Y Thoan Kbuôr"));
    auto* decide = child<QPushButton>(*f.page, "decideButton");
    auto* lock = child<QPushButton>(*f.page, "lockButton");
    REQUIRE(decide->isEnabled());
    REQUIRE(lock->isEnabled());
    f.dialogs.confirmAnswer = false;
    lock->click();
    CHECK(f.dialogs.questions.size() == 1);
    CHECK(decide->isEnabled());
    f.dialogs.confirmAnswer = true;
    lock->click();
    CHECK(f.dialogs.errors.isEmpty());
    auto* lockLabel = child<QLabel>(*f.page, "lockLabel");
    CHECK(lockLabel->isVisible());
    CHECK(lockLabel->text().contains(QStringLiteral("Nguyễn Văn Tư")));
    CHECK_FALSE(decide->isEnabled());
    CHECK_FALSE(lock->isEnabled());
    // Computing again only shows the proposals: a locked year's are not replaced.
    QSignalSpy finished(&f.page->jobRunner(), &JobRunner::finished);
    child<QPushButton>(*f.page, "computeButton")->click();
    REQUIRE(finished.wait(60000));
    CHECK(f.view()->rowCount() == 17);
    CHECK_FALSE(decide->isEnabled());
    CHECK(
        child<QLabel>(*f.page, "statusLabel")
            ->text()
            .endsWith(
                pageText("Proposals computed at %1 and shown only: the year is locked.").section(u':', -1)));
}

TEST_CASE("a viewer sees the proposals but cannot decide or lock, and nothing is saved")
{
    ClassificationFixture f(Role::Viewer);
    CHECK(f.view()->rowCount() == 17);
    select(f, QStringLiteral("Y Thoan Kbuôr"));
    CHECK_FALSE(child<QPushButton>(*f.page, "decideButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*f.page, "lockButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*f.page, "decideButton")->toolTip().isEmpty());
    CHECK(storedProposals(f).isEmpty());
}

TEST_CASE("for the commune every grassroots organisation's quota is counted")
{
    ClassificationFixture f(Role::CommitteeMember, QStringLiteral("Đảng bộ xã Ea Sin"));
    CHECK(f.view()->rowCount() == 146); // 136 members and 10 organisations
    const QString quota = child<QLabel>(*f.page, "quotaLabel")->text();
    CHECK(quota.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    CHECK(quota.contains(QStringLiteral("Đảng bộ Cơ quan Đảng - Đoàn thể xã")));
    CHECK(quota.contains(QStringLiteral("Đảng bộ xã Ea Sin")));
    CHECK(storedProposals(f).isEmpty()); // shown, not saved, until Compute proposals is pressed
}

TEST_CASE("switching to English translates the page's headers and filters")
{
    ClassificationFixture f;
    REQUIRE(f.translations.install(Language::English));
    QCoreApplication::processEvents(); // the widgets' LanguageChange events are posted
    CHECK(f.view()->headerData(ClassificationTableModel::ProposedColumn, Qt::Horizontal).toString() ==
          u"Proposed");
    CHECK(child<QComboBox>(*f.page, "filterComboBox")->itemText(0) == u"Everyone");
    CHECK(child<QPushButton>(*f.page, "computeButton")->text() == u"&Compute proposals");
    CHECK(f.view()->rowCount() == 17);
}

TEST_CASE("the year-end table exported from the window is the CLI's year-end sheet")
{
    ClassificationFixture f;
    const ExportablePage::Table shown = f.page->exportableTable();
    REQUIRE(shown.view);
    const SheetTable window = TableExport::fromView(*shown.view, shown.title, shown.caption);
    const Organisation* eaKring = f.context.organisation(f.orgId(QStringLiteral("Chi bộ buôn Ea Kring")));
    REQUIRE(eaKring);
    const auto sheet = ClassificationSheet::ofOrganisation(*f.context.workspace(), f.context.criteria(),
                                                           *eaKring, 2025, f.context.day(), false);
    REQUIRE(sheet.ok());
    CHECK(sheet->title == window.title);
    CHECK(sheet->header == window.header);
    CHECK(sheet->header.at(ClassificationTableModel::ProposedColumn) == QStringLiteral("Đề xuất"));
    REQUIRE(sheet->rows.size() == 17);
    CHECK(sheet->rows == window.rows); // texts, points, fills and order alike
    // Ea Kring is a grassroots cell: the page computes for it and names it, as the sheet does.
    CHECK(sheet->caption == window.caption);
    CHECK(sheet->caption == ClassificationSheet::caption(QStringLiteral("Chi bộ buôn Ea Kring"), 2025));
    CHECK(sheet->caption.contains(QStringLiteral("năm 2025"))); // the page's translation serves the sheet
}
