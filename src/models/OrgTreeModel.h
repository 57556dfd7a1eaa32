// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace chibo {

/// The organisation tree (committee → grassroots organisation → cells) over core values. Read-only.
class OrgTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole };

    explicit OrgTreeModel(QObject* parent = nullptr);

    /// Replaces the organisations; children are ordered as given.
    void setOrganisations(QList<Organisation> organisations);
    const Organisation* organisation(const QModelIndex& index) const;
    QModelIndex indexOf(const QUuid& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype rowOf(qsizetype orgIndex) const;

    QList<Organisation> m_organisations;
    QHash<QUuid, qsizetype> m_indexById;
    QHash<QUuid, QList<qsizetype>> m_children; ///< parent id (null for roots) → indexes
};

} // namespace chibo
