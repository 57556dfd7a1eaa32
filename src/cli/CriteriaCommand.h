// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace chibo {

/// `chibo-cli criteria list|check|test|import|applies`: the criteria files in use (shipped and imported),
/// their problems with file:line:column, the test cases beside them, importing a locality's file into the
/// user's criteria folder, and which files apply to which cell in a year.
class CriteriaCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CriteriaCommand)

public:
    QString name() const override { return QStringLiteral("criteria"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    static int list(CliContext& context, const QStringList& paths);
    static int check(CliContext& context, const QStringList& paths);
    static int test(CliContext& context, const QStringList& paths, const QStringList& criteriaPaths);
    static int importFiles(CliContext& context, const QStringList& paths);
    static int applies(CliContext& context, const QString& orgKey, int year);
};

} // namespace chibo
