// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "services/MemberImport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace chibo {

/// The checks of a member import that look at more than one row: a citizen ID or party card number that
/// appears twice in the file, or that a stored member already has. Problems name the row and column.
class MemberImportChecks {
    Q_DECLARE_TR_FUNCTIONS(MemberImportChecks)

public:
    /// Adds a problem to every row whose citizen ID or card number an earlier row of the file has.
    static void markDuplicatesInFile(MemberImportPreview& preview);
    /// The rows whose citizen ID or card number belongs to one of `stored`, one message each.
    static QStringList duplicatesOf(const MemberImportPreview& preview, const QList<Member>& stored);
    /// The key an identifier is compared by: without spaces, case-folded.
    static QString identifierKey(const QString& identifier);
};

} // namespace chibo
