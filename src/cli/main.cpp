// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDate>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
