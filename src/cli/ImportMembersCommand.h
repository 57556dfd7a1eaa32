// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

struct MemberImportPreview;

/// `chibo-cli import-members FILE --org CELL [--dry-run]`: creates the members listed in a spreadsheet
/// (.xlsx or .csv) in a cell, all or nothing, after showing how the columns were read and every problem.
class ImportMembersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportMembersCommand)

public:
    QString name() const override { return QStringLiteral("import-members"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    /// Prints the header row, each column's field and every problem; returns the number of problems.
    static int report(CliContext& context, const MemberImportPreview& preview);
};

} // namespace chibo
