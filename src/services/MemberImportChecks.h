// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "services/MemberImport.h"
#include "sheets/SheetGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace chibo {

/// The checks of a member import that look at more than one row or sheet: a citizen ID or party card
/// number, or a full name with the same date of birth, that appears twice in the file, or that a stored
/// member already has; a status the import cannot
/// re-create. Problems and warnings name the row and column.
class MemberImportChecks {
    Q_DECLARE_TR_FUNCTIONS(MemberImportChecks)

public:
    /// Adds a problem to every row whose citizen ID or card number, or whose full name and date of birth, an
    /// earlier row of the file has.
    static void markDuplicatesInFile(MemberImportPreview& preview);
    /// The rows whose citizen ID or card number, or full name and date of birth, belong to one of `stored`,
    /// one message each.
    static QStringList duplicatesOf(const MemberImportPreview& preview, const QList<Member>& stored);
    /// Adds a warning to every row whose Status column (MemberSheet's, or headed "Tình trạng"…, and not
    /// read as a field) says more than probationary or full member ("Từ trần", "Full member, exempt")
    /// while the preview's status history has no event of that member: the import cannot date it.
    static void warnAboutStatuses(const SheetGrid& grid, MemberImportPreview& preview);
    /// The key an identifier is compared by: without spaces, case-folded.
    static QString identifierKey(const QString& identifier);
};

} // namespace chibo
