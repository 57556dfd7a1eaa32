// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

namespace chibo {

/// `chibo-cli`: global options (--db, --demo, --lang), then one subcommand with its own options.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /// Runs the command line (arguments()[0] is the program) and returns the process exit code.
    int run(const QStringList& arguments, QDate today);
    /// The language asked for by --lang, else the saved setting shared with the window, else Vietnamese.
    static Language chosenLanguage(const QStringList& arguments);

private:
    QString toolHelp() const;
    CliCommand* command(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace chibo
