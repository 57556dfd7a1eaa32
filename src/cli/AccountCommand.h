// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace chibo {

class Workspace;

/// `chibo-cli account init|list|add|set|password`: the database's accounts. `init NAME` makes the first
/// account, the administrator, on a database that has none; the others need an administrator signed in
/// (`password` without a name: one's own). New passwords come from CHIBO_NEW_PASSWORD, else are asked
/// for twice on the terminal.
class AccountCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int init(CliContext& context, const QCommandLineParser& parser, const QString& userName);
    int list(CliContext& context);
    int add(CliContext& context, const QCommandLineParser& parser, const QString& userName);
    int set(CliContext& context, const QCommandLineParser& parser, const QString& userName);
    int password(CliContext& context, const QString& userName);
    /// The new password, from CHIBO_NEW_PASSWORD or typed twice; empty when the two differ.
    static QString newPassword(CliContext& context);
};

} // namespace chibo
