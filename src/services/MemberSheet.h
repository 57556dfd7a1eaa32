// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace chibo {

class OrgTree;
class Workspace;

/// The members table of a workbook: one row per member in Vietnamese name order (PersonNameOrder), the
/// columns of MemberFields (dates as date cells, sex and the yes/no column as translated words), then the
/// cell attended and the status on the day asked about (MemberTimeline). What MemberImport reads back; with
/// the status history sheet beside it (workbookOf) the import re-creates the statuses too.
class MemberSheet {
    Q_DECLARE_TR_FUNCTIONS(MemberSheet)

public:
    /// The translated headers: the member fields' labels, then "Cell" and "Status".
    static QStringList header();
    /// `tree` names the cells; a member registered in a cell it does not know gets an empty Cell.
    static SheetTable table(const QList<Member>& members, const OrgTree& tree, QDate asOf);
    /// Everyone ever registered in `rootId`'s subtree, with a caption naming the organisation and the day.
    static Result<SheetTable> ofOrganisation(const Workspace& workspace, const QUuid& rootId, QDate asOf);
    /// The member workbook of `rootId`'s subtree: the table of ofOrganisation(), then their status history
    /// (StatusHistorySheet) with a caption naming the organisation. A CSV file holds the first table only.
    static Result<QList<SheetTable>> workbookOf(const Workspace& workspace, const QUuid& rootId, QDate asOf);
    /// `members` in the table's order: Vietnamese name order (PersonNameOrder), stable.
    static QList<const Member*> ordered(const QList<Member>& members);
    /// How the yes/no column writes a value (translated).
    static QString yesNo(bool value);
};

} // namespace chibo
