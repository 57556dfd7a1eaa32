// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace chibo {

class Workspace;
struct Organisation;

/// `chibo-cli export --org ID FILE.json`: writes an organisation's subtree as a dataset;
/// `--xlsx FILE` / `--csv FILE`: its members as a workbook or a CSV table (MemberSheet).
class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    static int writeJson(CliContext& context, const Workspace& workspace, const Organisation& org,
                         const QString& path);
    /// Writes the workbook to `xlsxPath` and the members table alone to `csvPath`, each when not empty.
    static int writeSheets(CliContext& context, const Workspace& workspace, const Organisation& org,
                           QDate day, const QString& xlsxPath, const QString& csvPath);
};

} // namespace chibo
