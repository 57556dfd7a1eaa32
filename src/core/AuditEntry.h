// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chibo {

/// One change as the audit trail keeps it: who did what to which record, when, and the record before and
/// after (dataset-format JSON fragments, empty for a creation's before or a removal's after). Entries are
/// numbered from 1 without gaps; each carries the hash of the one before it and its own (AuditChain), so a
/// row edited, removed or inserted by hand breaks the chain.
struct AuditEntry {
    qint64 sequence = 0;     ///< assigned when appended
    QDateTime at;            ///< UTC, with milliseconds
    QString userName;        ///< the account that made the change
    QString action;          ///< "create", "update", "delete", "restore", "lock", "unlock", "decision", …
    QString subjectKind;     ///< "member", "meeting", "account", "criteria", "dataset", …
    QUuid subjectId;         ///< the record's id; null for a change of many records (an import)
    QUuid orgId;             ///< the organisation it belongs to, when it belongs to one
    QString summary;         ///< one line for people, in the language of the session
    QByteArray before;       ///< UTF-8 JSON
    QByteArray after;        ///< UTF-8 JSON
    QByteArray previousHash; ///< hex SHA-256 of the entry before; empty for the first
    QByteArray hash;         ///< hex SHA-256 of this entry with previousHash (AuditChain::hashOf)

    bool operator==(const AuditEntry&) const = default;
};

} // namespace chibo
