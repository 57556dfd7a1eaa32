// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// Party organisations with their terms. Writes join the caller's transaction.
class OrganisationRepository {
public:
    virtual ~OrganisationRepository() = default;
    /// Every organisation, parents before children, siblings by name (vi collation is the caller's job).
    virtual Result<QList<Organisation>> all() const = 0;
    /// `id` and the organisations above it (up to its root), parents first: what locating an
    /// organisation in the tree needs, without reading a province's every organisation. Empty when there
    /// is no organisation `id`.
    virtual Result<QList<Organisation>> lineage(const QUuid& id) const = 0;
    virtual Status insert(const Organisation& org) = 0;
    virtual Status update(const Organisation& org) = 0;
    virtual Status remove(const QUuid& id) = 0;
};

} // namespace chibo
