// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace chibo {

class OrgTree;

/// What a session may do, decided in one place for the window and the CLI alike. Every write use case
/// asks here first; a refusal is an Error with code "permission_denied" whose message names the role
/// and the action ("A committee member cannot change the records of Chi bộ buôn Ea Kring.").
class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    /// Members, meetings, attendance, targets and ratings of `orgId`: an administrator anywhere, a
    /// secretary in their own organisations and below them.
    static Status mayEditRecords(const Session& session, const OrgTree& tree, const QUuid& orgId);
    /// A classification decision or a year's lock for `orgId`: an administrator or a committee member.
    static Status mayDecide(const Session& session, const OrgTree& tree, const QUuid& orgId);
    /// Numbering a document in `orgId`'s register of issued documents: an administrator, a secretary for
    /// their own organisations and below them, a committee member for any (the committee issues the year-end
    /// documents).
    static Status mayIssueDocuments(const Session& session, const OrgTree& tree, const QUuid& orgId);
    /// Organisations themselves (create, rename, add cells) and criteria files: an administrator.
    static Status mayAdminister(const Session& session);
    /// Whether the session writes anything at all (the window greys out its editors when not).
    static bool isReadOnly(const Session& session);
    /// Reading the audit trail (which holds the records before and after each change): an administrator or
    /// a committee member.
    static Status mayReadAudit(const Session& session);
};

} // namespace chibo
