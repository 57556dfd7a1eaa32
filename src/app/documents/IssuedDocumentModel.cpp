// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documents/IssuedDocumentModel.h"

#include "services/DocumentRegister.h"

namespace chibo {

IssuedDocumentModel::IssuedDocumentModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void IssuedDocumentModel::setEntries(const Organisation& org, QList<IssuedDocument> entries)
{
    beginResetModel();
    m_org = org;
    m_entries = std::move(entries);
    endResetModel();
}

void IssuedDocumentModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IssuedDocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IssuedDocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssuedDocumentModel::termLabel(QDate termFrom) const
{
    for (const OrgTerm& term : m_org.terms) {
        if (term.from == termFrom)
            return term.label;
    }
    return termFrom.toString(u"dd/MM/yyyy");
}

QVariant IssuedDocumentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const IssuedDocument& entry = m_entries[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == DateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TermColumn: return termLabel(entry.termFrom);
    case NumberColumn: return DocumentRegister::symbol(m_org, entry.typeCode, entry.number);
    case DateColumn: return entry.issuedOn.toString(u"dd/MM/yyyy");
    case TypeColumn: return DocumentRegister::typeName(entry.typeCode);
    case TitleColumn: return entry.title;
    case RecordedByColumn: return entry.recordedBy;
    default: return {};
    }
}

QVariant IssuedDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TermColumn: return tr("Term");
    case NumberColumn: return tr("Number and symbol");
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Summary");
    case RecordedByColumn: return tr("Numbered by");
    default: return {};
    }
}

} // namespace chibo
