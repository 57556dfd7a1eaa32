// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"
#include "app/FirstPaintProbe.h"
#include "app/JobRunner.h"
#include "app/MainWindow.h"
#include "app/WidgetDialogs.h"
#include "app/setup/FirstStart.h"
#include "app/setup/SetupWizard.h"
#include "i18n/Translations.h"
#include "services/DataLocations.h"
#include "services/DemoDatabase.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <array>
#include <cstdio>
#include <optional>

namespace {

struct Options {
    QString database;
    bool demo = false;
    QString screenshot;
    bool reportStartup = false;
    QDate day = QDate::currentDate();
    QString user;
    QString organisation;
    std::optional<chibo::PageId> page;
    int year = 0; ///< 0: each page's own default
};

template <typename E, size_t N>
std::optional<E> lookup(const std::array<std::pair<const char16_t*, E>, N>& table, const QString& key)
{
    for (const auto& [name, value] : table) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

std::optional<chibo::PageId> pageFromName(const QString& name)
{
    using chibo::PageId;
    static constexpr std::array<std::pair<const char16_t*, PageId>, 6> pages{{
        {u"members", PageId::Members},
        {u"meetings", PageId::Meetings},
        {u"scorecard", PageId::Scorecard},
        {u"committee", PageId::CommitteeOverview},
        {u"classification", PageId::Classification},
        {u"criteria", PageId::Criteria},
    }};
    return lookup(pages, name);
}

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "ChiBo — Party cell records"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        QCommandLineOption(QStringLiteral("db"),
                           QCoreApplication::translate("main", "Open this database file."),
                           QCoreApplication::translate("main", "PATH")),
        QCommandLineOption(
            QStringLiteral("demo"),
            QCoreApplication::translate("main", "Open the demo database, creating it if missing.")),
        QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Language: vi or en."),
                           QStringLiteral("vi|en")),
        QCommandLineOption(QStringLiteral("date"),
                           QCoreApplication::translate("main", "Show the records as of this day."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("user"),
                           QCoreApplication::translate(
                               "main", "Sign in as this account; the password is read from CHIBO_PASSWORD, "
                                       "else asked for."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("org"),
                           QCoreApplication::translate("main", "Select this organisation (name or id)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(
            QStringLiteral("page"),
            QCoreApplication::translate(
                "main",
                "Show this page: members, meetings, scorecard, committee, classification or criteria."),
            QStringLiteral("PAGE")),
        QCommandLineOption(QStringLiteral("year"),
                           QCoreApplication::translate("main", "Show this year on the page (with --page)."),
                           QStringLiteral("YYYY")),
        QCommandLineOption(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("report-startup"),
                           QCoreApplication::translate(
                               "main", "Print the milliseconds to the first painted window, then quit.")),
    });
    parser.process(app);
    Options options;
    options.database = parser.value(QStringLiteral("db"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.reportStartup = parser.isSet(QStringLiteral("report-startup"));
    if (parser.isSet(QStringLiteral("date")))
        options.day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    options.user = parser.value(QStringLiteral("user"));
    options.organisation = parser.value(QStringLiteral("org"));
    options.page = pageFromName(parser.value(QStringLiteral("page")));
    options.year = parser.value(QStringLiteral("year")).toInt();
    return options;
}

/// The database to open: the one asked for, else the last one used, else the working database if it
/// exists, else the demo when asked for. Empty: nothing yet — the first start.
QString chooseDatabase(const Options& options, const chibo::AppSettings& settings)
{
    if (!options.database.isEmpty())
        return options.database;
    if (options.demo)
        return chibo::DataLocations::demoDatabasePath();
    if (QFileInfo::exists(settings.lastDatabase()))
        return settings.lastDatabase();
    if (QFileInfo::exists(chibo::DataLocations::defaultDatabasePath()))
        return chibo::DataLocations::defaultDatabasePath();
    return {};
}

/// The first start: the wizard offers the demo or creates the organisation. Empty when cancelled.
QString runFirstStart(const chibo::Session& session, chibo::Dialogs& dialogs)
{
    chibo::SetupWizard wizard;
    if (wizard.exec() != QDialog::Accepted)
        return {};
    if (wizard.wantsDemo())
        return chibo::DataLocations::demoDatabasePath();
    auto created =
        chibo::FirstStart::create(wizard.plan(), session, chibo::DataLocations::defaultDatabasePath());
    if (!created) {
        dialogs.showError(nullptr, QCoreApplication::translate("main", "New organisation"),
                          created.error().toString());
        return {};
    }
    return created->databasePath;
}

void applyOptions(chibo::MainWindow& window, const Options& options)
{
    if (!options.organisation.isEmpty() && window.context().workspace()) {
        if (auto org = window.context().workspace()->findOrganisation(options.organisation))
            window.selectOrganisation(org->id);
    }
    if (options.page && options.year > 0)
        window.context().requestPage(*options.page, window.context().currentOrgId(), options.year);
    else if (options.page)
        window.showPage(*options.page);
}

/// Saves the window's picture once no page is computing (a page opened on a year computes it in the
/// background first), then quits with 0 when saved.
void grabWhenIdle(chibo::MainWindow& window, const QString& path)
{
    // Queued reloads run first (they may start a job), and the layout requests their texts post are
    // handled before the picture: it shows the window as a person sees it, settled.
    QCoreApplication::processEvents();
    for (chibo::JobRunner* runner : window.findChildren<chibo::JobRunner*>()) {
        if (runner->isRunning()) {
            QObject::connect(
                runner, &chibo::JobRunner::finished, &window,
                [&window, path] {
                    QTimer::singleShot(0, &window, [&window, path] { grabWhenIdle(window, path); });
                },
                Qt::SingleShotConnection);
            return;
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::exit(window.grab().save(path) ? 0 : 1);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIBO_VERSION));

    const chibo::AppSettings settings;
    chibo::Translations translations;
    const QStringList arguments = QCoreApplication::arguments();
    translations.install(chibo::languageFromArguments(arguments).value_or(
        chibo::languageFromCode(settings.language()).value_or(chibo::Language::Vietnamese)));
    const Options options = parseOptions(app);

    chibo::WidgetDialogs dialogs;
    chibo::MainWindow window(translations, dialogs,
                             options.day.isValid() ? options.day : QDate::currentDate());
    QString path = chooseDatabase(options, settings);
    if (path.isEmpty())
        path = runFirstStart(window.context().session(), dialogs);
    if (path.isEmpty())
        return 0;
    if (path == chibo::DataLocations::demoDatabasePath()) {
        if (const chibo::Status created = chibo::DemoDatabase::ensure(path, window.context().day());
            !created) {
            QMessageBox::critical(nullptr, QStringLiteral("ChiBo"), created.error().toString());
            return 1;
        }
    }
    // A screenshot or a start-up measurement has nobody to answer a dialog.
    const bool interactive = options.screenshot.isEmpty() && !options.reportStartup;
    const chibo::SessionGate::Credentials given{options.user, qEnvironmentVariable("CHIBO_PASSWORD")};
    if (const chibo::Status opened = window.openDatabase(path, true, given, interactive); !opened) {
        if (opened.error().code == u"sign_in_cancelled")
            return 0;
        if (!interactive) { // nobody to read a message box
            std::fprintf(stderr, "chibo: %s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        dialogs.showError(&window, QCoreApplication::translate("main", "Open database"),
                          opened.error().toString());
    }
    applyOptions(window, options);
    if (options.reportStartup)
        new chibo::FirstPaintProbe(window, sinceStart); // owned by the window
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &options] { grabWhenIdle(window, options.screenshot); });
    }
    return app.exec();
}
