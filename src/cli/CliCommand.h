// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chibo {

class CliContext;

/// One `chibo-cli` subcommand. `arguments` starts with the command's own name, as QCommandLineParser
/// expects.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    /// One translated line for the tool's help.
    virtual QString summary() const = 0;
    virtual int run(CliContext& context, const QStringList& arguments) = 0;
};

} // namespace chibo
