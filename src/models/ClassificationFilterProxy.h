// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PersonNameOrder.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace chibo {

/// Filters the year's classification (members, organisations, the cases still waiting for a decision,
/// the decisions that differ from the proposal) and the organisations shown, and sorts it: members
/// the Vietnamese way (given name, then full name), levels best first, points as numbers. Works over
/// ClassificationTableModel's roles.
class ClassificationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Filter {
        All,
        Members,
        Organisations,
        NeedsDecision,       ///< rated, undetermined or flagged, and not decided yet
        DiffersFromProposal, ///< a recorded decision that changed the proposed level
    };

    explicit ClassificationFilterProxy(QObject* parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// Keeps the rows whose organisation (a member's cell, or the organisation itself) is in `orgIds`;
    /// an empty set keeps every row.
    void setOrganisations(QSet<QUuid> orgIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PersonNameOrder m_order;
    Filter m_filter = Filter::All;
    QSet<QUuid> m_orgIds;
};

} // namespace chibo
