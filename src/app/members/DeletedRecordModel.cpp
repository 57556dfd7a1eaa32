// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/DeletedRecordModel.h"

namespace chibo {

DeletedRecordModel::DeletedRecordModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DeletedRecordModel::setEntries(QList<DeletedRecord> entries, QHash<QUuid, QString> orgNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_orgNames = std::move(orgNames);
    endResetModel();
}

const DeletedRecord* DeletedRecordModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void DeletedRecordModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn));
}

int DeletedRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeletedRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeletedRecordModel::kindLabel(const QString& kind)
{
    static const std::pair<const char16_t*, const char*> labels[] = {
        {u"member", QT_TR_NOOP("Member")},         {u"meeting", QT_TR_NOOP("Meeting")},
        {u"target", QT_TR_NOOP("Target")},         {u"assignment", QT_TR_NOOP("Assignment")},
        {u"discipline", QT_TR_NOOP("Discipline")}, {u"leave", QT_TR_NOOP("Leave")},
        {u"dues", QT_TR_NOOP("Party dues")},       {u"rating", QT_TR_NOOP("Rating")}};
    for (const auto& [code, label] : labels) {
        if (kind == QStringView(code))
            return tr(label);
    }
    return kind;
}

QVariant DeletedRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DeletedRecord& entry = m_entries[index.row()];
    if (role == EntryIdRole)
        return entry.id;
    if (role == OrgIdRole)
        return entry.orgId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeletedAtColumn: return entry.deletedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm");
    case KindColumn: return kindLabel(entry.kind);
    case RecordColumn: return entry.label;
    case OrganisationColumn: return m_orgNames.value(entry.orgId);
    case DeletedByColumn: return entry.deletedBy;
    default: return {};
    }
}

QVariant DeletedRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeletedAtColumn: return tr("Deleted");
    case KindColumn: return tr("Kind");
    case RecordColumn: return tr("Record");
    case OrganisationColumn: return tr("Organisation");
    case DeletedByColumn: return tr("Deleted by");
    default: return {};
    }
}

} // namespace chibo
