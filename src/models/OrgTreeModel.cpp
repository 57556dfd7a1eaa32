// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrgTreeModel.h"

#include "core/Labels.h"

namespace chibo {

OrgTreeModel::OrgTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void OrgTreeModel::setOrganisations(QList<Organisation> organisations)
{
    beginResetModel();
    m_organisations = std::move(organisations);
    m_indexById.clear();
    m_children.clear();
    for (qsizetype i = 0; i < m_organisations.size(); ++i)
        m_indexById.insert(m_organisations[i].id, i);
    for (qsizetype i = 0; i < m_organisations.size(); ++i) {
        const QUuid parentId = m_organisations[i].parentId;
        m_children[m_indexById.contains(parentId) ? parentId : QUuid()].append(i);
    }
    endResetModel();
}

const Organisation* OrgTreeModel::organisation(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_organisations[qsizetype(index.internalId())];
}

qsizetype OrgTreeModel::rowOf(qsizetype orgIndex) const
{
    const QUuid parentId = m_organisations[orgIndex].parentId;
    return m_children.value(m_indexById.contains(parentId) ? parentId : QUuid()).indexOf(orgIndex);
}

QModelIndex OrgTreeModel::indexOf(const QUuid& id) const
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return {};
    return createIndex(int(rowOf(*it)), 0, quintptr(*it));
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const QUuid parentId = parent.isValid() ? m_organisations[qsizetype(parent.internalId())].id : QUuid();
    const QList<qsizetype> kids = m_children.value(parentId);
    if (row < 0 || row >= kids.size() || column < 0 || column >= columnCount(parent))
        return {};
    return createIndex(row, column, quintptr(kids[row]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_indexById.constFind(m_organisations[qsizetype(child.internalId())].parentId);
    if (it == m_indexById.cend())
        return {};
    return createIndex(int(rowOf(*it)), 0, quintptr(*it));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const QUuid parentId = parent.isValid() ? m_organisations[qsizetype(parent.internalId())].id : QUuid();
    return int(m_children.value(parentId).size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const Organisation* org = organisation(index);
    if (!org)
        return {};
    switch (role) {
    case Qt::DisplayRole: return org->name;
    case Qt::ToolTipRole: return QString(Labels::of(org->kind) + u'\n' + Labels::of(org->cellType));
    case IdRole: return org->id;
    case KindRole: return int(org->kind);
    default: return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Organisation");
    return {};
}

} // namespace chibo
