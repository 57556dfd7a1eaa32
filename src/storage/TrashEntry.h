// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chibo {

/// One entry of the recycle bin as stored: what was removed, from which organisation, by whom and when,
/// and the payload that puts it back (a dataset fragment written and read by the services layer; storage
/// keeps the text as it is given).
struct TrashEntry {
    QUuid id;
    QString kind;   ///< "member", "meeting", "target", "assignment", "discipline", "leave", "dues", "rating"
    QUuid recordId; ///< the removed record's own id (for dues: the member's)
    QUuid orgId;    ///< the organisation the record belonged to
    QString label;  ///< how people know the record, in the language of the session that removed it
    QString payload;
    QDateTime deletedAt; ///< UTC; stored with milliseconds
    QString deletedBy;

    bool operator==(const TrashEntry&) const = default;
};

} // namespace chibo
