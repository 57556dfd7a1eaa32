// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RecycleBin.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace chibo {

/// The recycle bin's entries as a table: when, what kind, which record, of which organisation, by whom.
class DeletedRecordModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DeletedAtColumn,
        KindColumn,
        RecordColumn,
        OrganisationColumn,
        DeletedByColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< QUuid of the bin entry
        OrgIdRole,                      ///< QUuid of the organisation the record belonged to
    };

    explicit DeletedRecordModel(QObject* parent = nullptr);

    /// `orgNames` names the organisations for the organisation column.
    void setEntries(QList<DeletedRecord> entries, QHash<QUuid, QString> orgNames);
    const DeletedRecord* entry(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Member", "Meeting" … for a bin entry's kind code; the code itself when unknown.
    static QString kindLabel(const QString& kind);

private:
    QList<DeletedRecord> m_entries;
    QHash<QUuid, QString> m_orgNames;
};

} // namespace chibo
