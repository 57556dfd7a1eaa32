// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/Catch.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("chibo-tests"));
    return Catch::Session().run(argc, argv);
}
