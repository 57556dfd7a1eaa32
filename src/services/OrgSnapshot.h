// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/OrgTree.h"
#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace chibo {

class Workspace;

/// The organisations of a workspace read once (one query), with the tree over them: what a write use
/// case needs to check permissions and locks and to name organisations in its messages.
class OrgSnapshot {
    Q_DECLARE_TR_FUNCTIONS(OrgSnapshot)

public:
    static Result<std::unique_ptr<OrgSnapshot>> read(const Workspace& workspace);

    OrgSnapshot(const OrgSnapshot&) = delete;
    OrgSnapshot& operator=(const OrgSnapshot&) = delete;

    const QList<Organisation>& list() const { return m_list; }
    const OrgTree& tree() const { return m_tree; }
    const Organisation* find(const QUuid& id) const { return m_tree.find(id); }
    /// The organisation `id`; "unknown_organisation" ("There is no organisation … in the database.") when
    /// it is not there.
    Result<const Organisation*> require(const QUuid& id) const;
    /// The organisation's name, or its id when it is not in the database.
    QString nameOf(const QUuid& id) const;
    /// `ids` and every organisation below them, each once, parents before children.
    QList<QUuid> subtreesOf(const QList<QUuid>& ids) const;

private:
    explicit OrgSnapshot(QList<Organisation> list);

    QList<Organisation> m_list;
    OrgTree m_tree; ///< over m_list, which is declared (and so built) first
};

} // namespace chibo
