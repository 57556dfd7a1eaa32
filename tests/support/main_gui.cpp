// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/Catch.h"

#include <QApplication>

int main(int argc, char** argv)
{
    // catch_discover_tests (Catch2 v2) runs this binary at build time with --list-test-names-only,
    // where there is no display and ctest's ENVIRONMENT does not apply: default to offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("chibo-tests"));
    return Catch::Session().run(argc, argv);
}
