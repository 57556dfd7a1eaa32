// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli backup list | create [--to FILE] | restore FILE`: the backups of the chosen database (the
/// ones the window and the command line make by themselves, and those made by hand), a new one, and
/// restoring one after backing up the current state (services/Backups).
class BackupCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    static int list(CliContext& context);
    static int create(CliContext& context, const QString& target);
    static int restore(CliContext& context, const QString& source);
    /// "1.234 kB"-style size of a file, for people.
    static QString size(qint64 bytes);
};

} // namespace chibo
