// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/OutcomeColours.h"
#include "app/scorecard/EvidenceDialog.h"
#include "app/scorecard/EvidenceTableModel.h"
#include "app/scorecard/ScorecardPage.h"
#include "app/scorecard/ScorecardTrendCharts.h"
#include "core/Labels.h"
#include "i18n/Translations.h"
#include "models/ScoreCardTreeModel.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QBarSet>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace chibo;

namespace {

/// The scorecard page on the demo, in Vietnamese, showing "Chi bộ buôn Ea Kring" in 2025.
struct PageFixture : test::DemoContext {
    PageFixture()
        : eaKring(orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")))
    {
        context.setCurrentOrganisation(eaKring);
        page = std::make_unique<ScorecardPage>(context);
        page->resize(1280, 860);
        page->showPeriod(eaKring, 2025, 0);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        QCoreApplication::processEvents(); // the page reloads once back in the event loop
        tree = page->findChild<QTreeView*>(QStringLiteral("cardTreeView"));
        REQUIRE(tree);
        REQUIRE(page->scorecardRun());
    }
    const ScoreCard& card(const QModelIndex& index) const
    {
        return page->scorecardRun()->run().cards.at(index.data(ScoreCardTreeModel::CardIndexRole).toInt());
    }

    QUuid eaKring;
    std::unique_ptr<ScorecardPage> page;
    QTreeView* tree = nullptr;
};

} // namespace

TEST_CASE("the page shows the bốn tốt card of Chi bộ buôn Ea Kring with four criteria in colour bands")
{
    PageFixture f;
    CHECK(f.page->objectName() == QStringLiteral("scorecardPage"));
    REQUIRE(f.page->selectFile(QStringLiteral("chi-bo-bon-tot")));
    const QAbstractItemModel* model = f.tree->model();
    REQUIRE(model->rowCount() == 4);
    int indicators = 0;
    for (int row = 0; row < 4; ++row) {
        const QModelIndex criterion = model->index(row, 0);
        CHECK(criterion.data(ScoreCardTreeModel::KindRole).toInt() == int(ScoreCardRow::Kind::Section));
        CHECK(model->index(row, ScoreCardTreeModel::ResultColumn).data(Qt::BackgroundRole).isValid());
        for (int child = 0; child < model->rowCount(criterion); ++child) {
            const QModelIndex result = model->index(child, ScoreCardTreeModel::ResultColumn, criterion);
            const ScoreCard& card = f.card(result);
            CHECK(card.criteriaId == QStringLiteral("chi-bo-bon-tot"));
            const IndicatorResult& item =
                card.indicators.at(result.data(ScoreCardTreeModel::IndicatorIndexRole).toInt());
            CHECK(result.data(Qt::BackgroundRole).value<QColor>() ==
                  OutcomeColours::background(item.outcome));
            CHECK(model->index(child, 0, criterion).data().toString() == item.label.vi);
            ++indicators;
        }
    }
    CHECK(indicators == 8);
    const auto* summary = f.page->findChild<QGroupBox*>(QStringLiteral("summaryGroupBox"));
    REQUIRE(summary);
    CHECK(summary->isVisible());
    CHECK(summary->title().contains(QStringLiteral("Chi bộ bốn tốt")));
    const auto* level = f.page->findChild<QLabel*>(QStringLiteral("cardLevelLabel"));
    CHECK(level->text().startsWith(QStringLiteral("Chưa đạt")));
    const ScoreCard* bonTot = f.page->scorecardRun()->cellModelCard();
    REQUIRE(bonTot);
    CHECK(level->styleSheet().contains(OutcomeColours::background(*bonTot).name()));
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("clicking a value opens its evidence: the meetings and attendance behind it, window-modal")
{
    PageFixture f;
    REQUIRE(f.page->selectFile(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    const QAbstractItemModel* model = f.tree->model();
    REQUIRE(model->rowCount() > 0);
    // The first indicator of a meeting whose value rests on attendance records (absences).
    QModelIndex value;
    for (int row = 0; row < model->rowCount() && !value.isValid(); ++row) {
        const QModelIndex meeting = model->index(row, 0);
        for (int child = 0; child < model->rowCount(meeting) && !value.isValid(); ++child) {
            const QModelIndex candidate = model->index(child, ScoreCardTreeModel::ValueColumn, meeting);
            const ScoreCard& card = f.card(candidate);
            const IndicatorResult& item =
                card.indicators.at(candidate.data(ScoreCardTreeModel::IndicatorIndexRole).toInt());
            if (std::any_of(item.records.cbegin(), item.records.cend(),
                            [](const RecordRef& r) { return r.kind == u"attendance"; })) {
                f.tree->expand(meeting);
                value = candidate;
            }
        }
    }
    REQUIRE(value.isValid());
    const ScoreCard& card = f.card(value);
    const IndicatorResult& item =
        card.indicators.at(value.data(ScoreCardTreeModel::IndicatorIndexRole).toInt());
    f.tree->scrollTo(value);
    QTest::mouseClick(f.tree->viewport(), Qt::LeftButton, {}, f.tree->visualRect(value).center());

    auto* dialog = f.page->findChild<EvidenceDialog*>(QStringLiteral("evidenceDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    const EvidenceTableModel& records = dialog->records();
    REQUIRE(records.rowCount() == item.records.size());
    const SubjectNames& names = f.page->scorecardRun()->names();
    for (int row = 0; row < records.rowCount(); ++row) {
        const RecordRef& record = item.records.at(row);
        const QString name = records.index(row, EvidenceTableModel::NameColumn).data().toString();
        if (record.kind == u"attendance") {
            CHECK(name == names.of(QUuid(record.detail)));
            CHECK(records.index(row, EvidenceTableModel::DateColumn).data().toString() ==
                  card.period.mid(8, 2) + u'/' + card.period.mid(5, 2) + u'/' + card.period.left(4));
        } else if (record.kind == u"meeting") {
            const bool regular = name.contains(Labels::of(MeetingKind::Regular)) ||
                                 name.contains(Labels::of(MeetingKind::Combined));
            CHECK(regular);
        }
    }
    dialog->reject();

    // A click on the indicator's name opens nothing.
    const QModelIndex label = value.siblingAtColumn(ScoreCardTreeModel::NameColumn);
    QTest::mouseClick(f.tree->viewport(), Qt::LeftButton, {}, f.tree->visualRect(label).center());
    QCoreApplication::processEvents();
    const auto open = f.page->findChildren<EvidenceDialog*>();
    CHECK(std::none_of(open.cbegin(), open.cend(), [](const EvidenceDialog* d) { return d->isVisible(); }));
}

TEST_CASE("the trend charts have twelve months of attendance and meeting score")
{
    PageFixture f;
    auto* tabs = f.page->findChild<QTabWidget*>(QStringLiteral("scorecardTabWidget"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(f.page->findChild<QWidget*>(QStringLiteral("trendsTab")));
    const auto* charts = f.page->findChild<ScorecardTrendCharts*>();
    REQUIRE(charts);
    REQUIRE(charts->attendanceSeries());
    CHECK(charts->attendanceSeries()->count() == 12);
    const QList<ScorecardTally>& months = f.page->scorecardRun()->months();
    for (int month = 0; month < 12; ++month) {
        const ScoreValue rate = months.at(month).attendanceRate();
        REQUIRE_FALSE(rate.isMissing());
        const double expected = 100.0 * double(rate.number.numerator()) / double(rate.number.denominator());
        CHECK(charts->attendanceSeries()->at(month).y() == Approx(expected));
    }
    REQUIRE(charts->meetingScoreSet());
    CHECK(charts->meetingScoreSet()->count() == 12);
    for (int month = 0; month < 12; ++month)
        CHECK(charts->meetingScoreSet()->at(month) > 0.0); // HD 12's criteria met, then HD 42's
    CHECK_FALSE(f.page->grab().isNull());
}

TEST_CASE("a month shows that month's meetings only, without scoring again")
{
    PageFixture f;
    const ScorecardRun* run = f.page->scorecardRun();
    REQUIRE(f.page->selectFile(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    const int wholeYear = f.tree->model()->rowCount();
    auto* month = f.page->findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    REQUIRE(month);
    month->setCurrentIndex(3);
    CHECK(f.page->month() == 3);
    CHECK(f.page->scorecardRun() == run);
    CHECK(f.page->currentFile()->id == QStringLiteral("chat-luong-sinh-hoat-hd12"));
    const QAbstractItemModel* model = f.tree->model();
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < wholeYear);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data().toString().startsWith(QStringLiteral("/03/2025"),
                                                                Qt::CaseSensitive) == false);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data().toString().mid(2, 8) == QStringLiteral("/03/2025"));
}

TEST_CASE("switching the language retranslates headers, criteria labels and meeting kinds")
{
    PageFixture f;
    REQUIRE(f.page->selectFile(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    const QAbstractItemModel* model = f.tree->model();
    const ScoreCard& first = f.card(model->index(0, 0));
    MeetingKind kind = MeetingKind::Extraordinary;
    for (const Meeting& meeting : f.page->scorecardRun()->dataset().meetings) {
        if (meeting.id == first.subjectId)
            kind = meeting.kind;
    }
    const QString vietnameseKind = Labels::of(kind);
    CHECK(model->index(0, 0).data().toString().contains(vietnameseKind));
    REQUIRE(f.translations.install(Language::English));
    QCoreApplication::processEvents();
    CHECK(model->headerData(ScoreCardTreeModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Indicator"));
    CHECK(model->headerData(ScoreCardTreeModel::ReasonColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Why"));
    CHECK(model->index(0, 0).data().toString().contains(Labels::of(kind)));
    CHECK_FALSE(model->index(0, 0).data().toString().contains(vietnameseKind));
    auto* month = f.page->findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    CHECK(month->itemText(0) == QStringLiteral("Whole year"));
    REQUIRE(f.page->selectFile(QStringLiteral("chi-bo-bon-tot")));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Criterion 1"));
    CHECK(model->index(0, 0, model->index(0, 0)).data().toString().startsWith(QStringLiteral("1. Leads")));
    REQUIRE(f.translations.install(Language::Vietnamese));
    QCoreApplication::processEvents();
    CHECK(model->index(0, 0, model->index(0, 0)).data().toString().startsWith(QStringLiteral("1. Lãnh đạo")));
    CHECK(model->headerData(ScoreCardTreeModel::NameColumn, Qt::Horizontal).toString() ==
          QCoreApplication::translate("chibo::ScoreCardTreeModel", "Indicator"));
}
