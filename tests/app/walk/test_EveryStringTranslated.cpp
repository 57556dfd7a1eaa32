// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/JobRunner.h"
#include "app/MainWindow.h"
#include "app/classification/ClassificationPage.h"
#include "app/members/MembersPage.h"
#include "i18n/Translations.h"
#include "support/Catch.h"
#include "walk/TranslationAudit.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QWizard>

using namespace chibo;

namespace {

test::TranslationAudit audit()
{
    const QString dir = QStringLiteral(CHIBO_TRANSLATIONS_DIR);
    auto loaded = test::TranslationAudit::fromTsFiles(
        {dir + QStringLiteral("/chibo_vi.ts"), dir + QStringLiteral("/qt_vi.ts")});
    REQUIRE(loaded.sourceCount() > 500);
    return loaded;
}

/// Every window open now (the main window and the dialogs above it).
QStringList untranslatedOnScreen(const test::TranslationAudit& audit)
{
    QStringList found;
    for (const QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            found += audit.untranslatedIn(window);
    }
    return found;
}

void closeDialogs()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible())
            dialog->reject();
    }
    QCoreApplication::processEvents();
}

QUuid orgNamed(const AppContext& context, const QString& name)
{
    for (const Organisation& org : context.organisations()) {
        if (org.name == name)
            return org.id;
    }
    return {};
}

} // namespace

TEST_CASE("the audit recognises English source strings, with and without arguments")
{
    const test::TranslationAudit checker = audit();
    CHECK(checker.isEnglish(QStringLiteral("&Open database…")));
    CHECK(checker.isEnglish(QStringLiteral("Records as of 22/11/2026")));
    CHECK(checker.isEnglish(QStringLiteral("Not saved because of the rest of this")));
    CHECK_FALSE(checker.isEnglish(QStringLiteral("Mở cơ sở dữ liệu…")));
    CHECK_FALSE(checker.isEnglish(QStringLiteral("Nguyễn Văn An")));
    CHECK_FALSE(checker.isEnglish(QStringLiteral("Y Bhim Niê")));
}

TEST_CASE("with the Vietnamese setting, no page or dialog shows an English string")
{
    const test::TranslationAudit checker = audit();
    test::DemoFixture demo;
    Translations translations;
    REQUIRE(translations.install(Language::Vietnamese));
    test::RecordingDialogs dialogs;
    MainWindow window(translations, dialogs, test::DemoFixture::day());
    REQUIRE(window.openDatabase(demo.path).ok());
    window.show();
    const QUuid cell = orgNamed(window.context(), QStringLiteral("Chi bộ buôn Ea Kring"));
    REQUIRE(window.selectOrganisation(cell));

    QStringList found;
    for (const PageId page : {PageId::Members, PageId::Meetings, PageId::Scorecard, PageId::CommitteeOverview,
                              PageId::Classification, PageId::Criteria}) {
        window.showPage(page);
        QCoreApplication::processEvents();
        found += untranslatedOnScreen(checker);
    }

    auto* members = qobject_cast<MembersPage*>(window.page(PageId::Members));
    REQUIRE(members);
    window.showPage(PageId::Members);
    members->addMember();
    found += untranslatedOnScreen(checker);
    closeDialogs();
    members->showRecycleBin();
    found += untranslatedOnScreen(checker);
    closeDialogs();

    auto* classification = qobject_cast<ClassificationPage*>(window.page(PageId::Classification));
    REQUIRE(classification);
    window.showPage(PageId::Classification);
    classification->setYear(2025);
    if (classification->jobRunner().isRunning()) {
        QSignalSpy finished(&classification->jobRunner(), &JobRunner::finished);
        REQUIRE(finished.wait(60000));
    }
    found += untranslatedOnScreen(checker);
    auto* table = classification->findChild<QTableView*>(QStringLiteral("classificationTableView"));
    REQUIRE(table);
    table->selectRow(0);
    classification->decideSelected();
    found += untranslatedOnScreen(checker);
    closeDialogs();

    window.findChild<QAction*>(QStringLiteral("newOrganisationAction"))->trigger();
    auto* wizard = window.findChild<QWizard*>();
    REQUIRE(wizard);
    found += checker.untranslatedIn(wizard);
    closeDialogs();

    found.removeDuplicates();
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
