// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberRecordModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace chibo {

MemberRecordModel::MemberRecordModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MemberRecordModel::setOrganisations(QList<std::pair<QUuid, QString>> organisations)
{
    m_organisations = std::move(organisations);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MemberRecordModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MemberRecordModel::appendRow()
{
    if (m_readOnly)
        return -1;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    appendDefaultRecord();
    endInsertRows();
    return row;
}

void MemberRecordModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MemberRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : fieldCount();
}

QString MemberRecordModel::choiceLabel(int column, int value) const
{
    for (const auto& [choice, label] : fieldChoices(column)) {
        if (choice == value)
            return label;
    }
    return {};
}

QString MemberRecordModel::organisationLabel(const QUuid& id) const
{
    for (const auto& [orgId, label] : m_organisations) {
        if (orgId == id)
            return label;
    }
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant MemberRecordModel::display(const QModelIndex& index) const
{
    const QVariant value = fieldValue(index.row(), index.column());
    switch (fieldEditor(index.column())) {
    case Editor::Text: return value.toString();
    case Editor::Date:
    case Editor::OptionalDate: {
        const QDate day = value.toDate();
        return day.isValid() ? day.toString(u"dd/MM/yyyy") : QString();
    }
    case Editor::Month: {
        const QDate day = value.toDate();
        return day.isValid() ? day.toString(u"MM/yyyy") : QString();
    }
    case Editor::Choice: return choiceLabel(index.column(), value.toInt());
    case Editor::Organisation: return organisationLabel(value.toUuid());
    case Editor::Number: return QLocale().toString(value.toLongLong());
    case Editor::Check: return {};
    }
    return {};
}

QVariant MemberRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Editor editor = fieldEditor(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(index);
    case Qt::EditRole: return editor == Editor::Check ? QVariant() : fieldValue(index.row(), index.column());
    case Qt::CheckStateRole:
        if (editor != Editor::Check)
            return {};
        return fieldValue(index.row(), index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        return editor == Editor::Number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case EditorRole: return int(editor);
    case ChoicesRole: {
        QVariantList choices;
        if (editor == Editor::Choice) {
            for (const auto& [value, label] : fieldChoices(index.column()))
                choices.append(QVariant(QVariantList{value, label}));
        } else if (editor == Editor::Organisation) {
            for (const auto& [id, label] : m_organisations)
                choices.append(QVariant(QVariantList{id, label}));
        }
        return choices;
    }
    default: return {};
    }
}

bool MemberRecordModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !index.isValid() || index.row() >= rowCount() || !fieldEditable(index.column()))
        return false;
    const Editor editor = fieldEditor(index.column());
    QVariant stored = value;
    if (editor == Editor::Check) {
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    if (editor == Editor::Number && value.toLongLong() < 0)
        return false;
    if (fieldValue(index.row(), index.column()) == stored)
        return true;
    setFieldValue(index.row(), index.column(), stored);
    // The whole row: computed columns (a leave's days) follow the edited field.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

Qt::ItemFlags MemberRecordModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly || !fieldEditable(index.column()))
        return flags;
    return flags |
           (fieldEditor(index.column()) == Editor::Check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant MemberRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole && fieldEditor(section) == Editor::Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == EditorRole)
        return int(fieldEditor(section));
    if (role != Qt::DisplayRole)
        return {};
    return QCoreApplication::translate("chibo::MemberRecordModel", fieldHeader(section));
}

bool MemberRecordModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    removeRecords(row, count);
    endRemoveRows();
    return true;
}

} // namespace chibo
