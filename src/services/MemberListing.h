// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Member.h"
#include "core/MemberState.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

class Workspace;

/// A member as a list shows it on a day: status, the cell attended and the positions held there.
struct MemberRow {
    Member member;
    MemberState state;
    QUuid cellId;
    QString cellName;
    QString positions; ///< translated, comma-separated
};

/// The members of an organisation's subtree on a day, in Vietnamese name order (given name, then full
/// name), optionally filtered by an accent-insensitive search. Everyone ever registered is listed; the
/// state says who is still a member.
class MemberListing {
public:
    static Result<QList<MemberRow>> build(const Workspace& workspace, const QUuid& rootId, QDate day,
                                          const QString& search = {});
    /// The same over records already loaded (what the window does after one read).
    static QList<MemberRow> fromDataset(const Dataset& data, QDate day, const QString& search = {});
};

} // namespace chibo
