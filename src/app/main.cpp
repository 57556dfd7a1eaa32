// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "app/WidgetDialogs.h"
#include "i18n/Translations.h"
#include "services/DataLocations.h"
#include "services/DemoDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace {

struct Options {
    QString database;
    bool demo = false;
    QString screenshot;
    QDate day = QDate::currentDate();
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "ChiBo — Party cell records"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Open this database file."),
                                QCoreApplication::translate("main", "PATH"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo database, creating it if missing."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Language: vi or en."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QCoreApplication::translate("main", "Show the records as of this day."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({db, demo, lang, date, shot});
    parser.process(app);
    Options options{parser.value(db), parser.isSet(demo), parser.value(shot), QDate::currentDate()};
    if (parser.isSet(date))
        options.day = QDate::fromString(parser.value(date), Qt::ISODate);
    return options;
}

/// The database to open: the one asked for, else the last one used, else the working database if it
/// exists, else the demo (created on first start).
QString chooseDatabase(const Options& options, const chibo::AppSettings& settings)
{
    if (!options.database.isEmpty())
        return options.database;
    if (!options.demo && QFileInfo::exists(settings.lastDatabase()))
        return settings.lastDatabase();
    if (!options.demo && QFileInfo::exists(chibo::DataLocations::defaultDatabasePath()))
        return chibo::DataLocations::defaultDatabasePath();
    return chibo::DataLocations::demoDatabasePath();
}

} // namespace

int main(int argc, char** argv)
{
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

    const QString path = chooseDatabase(options, settings);
    if (path == chibo::DataLocations::demoDatabasePath()) {
        if (const chibo::Status created = chibo::DemoDatabase::ensure(path, options.day); !created) {
            QMessageBox::critical(nullptr, QStringLiteral("ChiBo"), created.error().toString());
            return 1;
        }
    }
    chibo::WidgetDialogs dialogs;
    chibo::MainWindow window(translations, dialogs,
                             options.day.isValid() ? options.day : QDate::currentDate());
    if (const chibo::Status opened = window.openDatabase(path); !opened)
        dialogs.showError(&window, QCoreApplication::translate("main", "Open database"),
                          opened.error().toString());
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshot);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
