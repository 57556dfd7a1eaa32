// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/MemberState.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace chibo {

/// Members as they stand on one day: status, cell, positions. Read-only. Derived values are computed
/// once when the members or the day change, never while painting.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BirthDateColumn,
        SexColumn,
        StatusColumn,
        CellColumn,
        PositionColumn,
        AdmittedColumn,
        PhoneColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        GivenNameRole, ///< the given name used for sorting
        SearchKeyRole, ///< folded full name for accent-insensitive search
        SortRole,      ///< a comparable value for the column (dates as QDate)
        StandingRole,  ///< int(Standing)
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    /// `cellNames` maps organisation ids to names for the cell column.
    void setMembers(QList<Member> members, QHash<QUuid, QString> cellNames, QDate day);
    const Member* member(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Member member;
        MemberState state;
        QString cellName;
        QString positions;
        QString searchKey;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
    QDate m_day;
};

} // namespace chibo
