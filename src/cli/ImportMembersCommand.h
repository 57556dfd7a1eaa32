// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace chibo {

struct MemberImportPreview;

/// `chibo-cli import-members FILE --org CELL [--dry-run]`: creates the members listed in a spreadsheet
/// (.xlsx or .csv) in a cell with the status events of a workbook's status history, all or nothing, after
/// showing how the columns were read, how many events there are, every problem and every warning.
class ImportMembersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportMembersCommand)

public:
    QString name() const override { return QStringLiteral("import-members"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    /// Reads the file's sheets and previews the members of its first one (with its status history). The
    /// sheets go when it returns, before anything is written: the preview holds what it needs of them.
    static Result<MemberImportPreview> previewOf(const QString& path, QDate day);
    /// Prints the header row, each column's field and every problem; returns the number of problems.
    static int report(CliContext& context, const MemberImportPreview& preview);
    /// Prints how many members and status events were imported (`imported` members), or on a dry run
    /// (none) would be.
    static void reportDone(CliContext& context, const MemberImportPreview& preview, const QString& cellName,
                           std::optional<int> imported);
};

} // namespace chibo
