// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QCommandLineParser;

namespace chibo {

class Workspace;
struct Organisation;

/// `chibo-cli export --org ID FILE.json`: writes an organisation's subtree as a dataset;
/// `--xlsx FILE` / `--csv FILE`: its members as a workbook or a CSV table (MemberSheet). With `--year`, the
/// workbook also holds the committee grid (CommitteeGridSheet) and the year-end classification
/// (ClassificationSheet) of that year, and `--table` chooses the table the CSV gets.
class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    /// What the spreadsheets are to hold, checked before anything is read or written.
    struct SheetRequest {
        QDate day; ///< cells and status of the members table; the "as of" day of the year tables
        std::optional<int> year; ///< the year of the committee grid and the classification
        QString table;           ///< the table of the CSV: "members", "committee" or "year-end"
        QString xlsxPath;        ///< "" none
        QString csvPath;         ///< "" none
    };
    /// The tables of a year: the committee grid (no rows without cells) and the classification.
    struct YearTables {
        SheetTable committee;
        SheetTable yearEnd;
    };

    static void addOptions(QCommandLineParser& parser);
    /// An error naming the option (--date, --year, --table) when one is wrong or missing.
    static Result<SheetRequest> readRequest(const QCommandLineParser& parser, QDate today);
    static int writeJson(CliContext& context, const Workspace& workspace, const Organisation& org,
                         const QString& path);
    /// Builds every table first, then writes the workbook (members, then with a year the committee grid
    /// when it has rows and the classification) and the CSV (the table asked for), each when asked.
    static int writeSheets(CliContext& context, const Workspace& workspace, const Organisation& org,
                           const SheetRequest& request);
    /// The year tables with the installed criteria (refused when a file has a problem).
    static Result<YearTables> yearTables(const Workspace& workspace, const Organisation& org,
                                         const SheetRequest& request);
};

} // namespace chibo
