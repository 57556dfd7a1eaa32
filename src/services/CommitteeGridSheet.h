// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scoring/CriteriaSet.h"
#include "services/CommitteeOverview.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

class Workspace;

/// The committee overview as a table (the committee grid): one row per cell; the cell, its type, members,
/// meetings held of those due, attendance, the meeting score, each criterion of the cell model, the
/// model's overall level, the proposed and the decided classification. The one definition of the grid's
/// columns, headers and level and criterion texts with their colour bands (OutcomeShades): the window's
/// grid (CommitteeGridModel) shows them, table() writes them for a spreadsheet.
class CommitteeGridSheet {
    // The grid's texts keep the translation context of the window's grid, where they were first written,
    // so that one catalogue entry serves the window and the spreadsheet.
    Q_DECLARE_TR_FUNCTIONS(chibo::CommitteeGridModel)

public:
    /// What a column shows; the criteria columns repeat Section once per criterion of the cell model.
    enum class Field {
        Cell,
        Type,
        Members,
        Meetings,
        Attendance,
        MeetingScore,
        Section,
        Overall,
        Proposed,
        Decided
    };

    /// A level column of a row (Overall, Proposed or Decided) as the grid shows it.
    struct LevelCell {
        /// The overall level by its name in the cell model, a classification by its code in upper case
        /// ("HTT"), "(for a decision)" added when the rules leave it to a person, "For a decision" without
        /// a level; filled with the level's shade. Empty when the row has no such level.
        SheetValue value;
        QString name;            ///< the level's name in its criteria file (its code when unknown there)
        std::optional<int> rank; ///< the level's place in its file, 0 = best; none without a level
    };

    static int columnCount(const CommitteeOverview& overview);
    static Field fieldOf(const CommitteeOverview& overview, int column);
    /// The column that shows `field` (the first criterion for Section).
    static int columnOf(const CommitteeOverview& overview, Field field);
    /// The translated header of `column`: "Criterion 2" for a criterion, the cell model's title for
    /// Overall ("Cell model" when no file counts the cells), the meeting-quality name for MeetingScore.
    static QString header(const CommitteeOverview& overview, int column, bool english);
    static QStringList header(const CommitteeOverview& overview, bool english);
    /// "3/12": regular meetings held of the months due so far, numbers in the current locale.
    static QString meetingsText(const CommitteeOverviewRow& row);
    /// Criterion `section` of the cell model for the row: "Met", "Not met" or "Missing" filled with the
    /// truth's shade; an unfilled "—" when the model did not rate the cell.
    static SheetValue sectionValue(const CommitteeOverviewRow& row, int section);
    static LevelCell levelCell(const CommitteeOverview& overview, const CommitteeOverviewRow& row,
                               Field field, bool english);

    /// The sheet's name and its caption line ("Committee overview — Đảng bộ xã Ea Sin, 2025"), as the
    /// window's File ▸ Export table names them.
    static QString title();
    static QString caption(const QString& organisationName, int year);
    /// The overview's rows in their order: members as integers, the meetings as "3/12" text, attendance
    /// and meeting score as exact shares ("—" when missing), the criteria and levels as texts with fills.
    static SheetTable table(const CommitteeOverview& overview, const QString& organisationName, bool english);
    /// The grid of the cells at or below `org` for `year`, counted to `asOf` like the window: a
    /// committee's cells, or a cell's own row. The numbers are those of the overview around `org`
    /// (CommitteeOverview::load), so a cell's proposal is weighed among all the cells of its committee.
    /// No rows when there is no cell at or below `org`.
    static Result<SheetTable> ofOrganisation(const Workspace& workspace, const CriteriaSet& criteria,
                                             const Organisation& org, int year, QDate asOf, bool english);
};

} // namespace chibo
