// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostic.h"
#include "core/Organisation.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "models/MemberTableContent.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace chibo {

class Workspace;

/// What the members page shows for an organisation on a day: the table of everyone ever registered in
/// its subtree and the Charter's findings about the organisations of the subtree. Pure: it reads through
/// the workspace it is given and computes, so that the page can run it on a worker thread, with a
/// connection of its own, when the subtree is a district or a province.
struct MemberListLoad {
    /// What to load: `organisations` is every organisation of the database (for the tree, the cell
    /// names and the Charter's counts), `orgId` the one chosen.
    struct Request {
        QList<Organisation> organisations;
        QUuid orgId;
        QDate day;
    };

    MemberTableContent table;
    Diagnostics findings; ///< the Charter's, organisation by organisation, parents first

    /// Reads and computes; stops early with the error "cancelled" once `progress` is cancelled.
    static Result<MemberListLoad> read(const Workspace& workspace, const Request& request,
                                       const Progress& progress);
    /// read() over a read-only connection of its own to the database file at `path`: for a worker
    /// thread, since a connection belongs to the thread that opened it.
    static Result<MemberListLoad> readFile(const QString& path, const Request& request,
                                           const Progress& progress);
};

} // namespace chibo
