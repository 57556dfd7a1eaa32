// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

/// Documents are laid out with fonts, which need a QGuiApplication; every other command runs on Qt Core
/// alone. Without a display the offscreen platform is used, so the CLI never needs one.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    bool writesDocuments = false;
    for (int i = 1; i < argc; ++i)
        writesDocuments = writesDocuments || std::strcmp(argv[i], "report") == 0;
    if (!writesDocuments)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    // The same names as the window, so both find the same settings and data directory.
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIBO_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    chibo::Translations translations;
    translations.install(chibo::CliApplication::chosenLanguage(arguments));
    chibo::CliApplication cli;
    return cli.run(arguments, QDate::currentDate());
}
