// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/MemberState.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace chibo {

/// Members as they stand on one day: status, cell, positions, party age. Read-only. Derived values
/// (state, cell, positions, the folded search key and the Vietnamese name order) are computed once when
/// the members or the day change, never while painting or sorting.
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
        PartyAgeColumn,
        PhoneColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        GivenNameRole, ///< the given name used for sorting
        SearchKeyRole, ///< folded full name for accent-insensitive search
        SortRole,      ///< a comparable value for the column (dates as QDate, the name as its rank)
        StandingRole,  ///< int(Standing)
        ExemptRole,    ///< bool: exempt from work and party activities on the day
        SuspendedRole, ///< bool: suspended on the day
        CellIdRole,    ///< QUuid of the cell of record on the day
        NameRankRole,  ///< int: position in Vietnamese name order (given name, then full name)
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    /// `cellNames` maps organisation ids to names for the cell column.
    void setMembers(QList<Member> members, QHash<QUuid, QString> cellNames, QDate day);
    const Member* member(int row) const;
    /// The row of the member with this id, -1 when not listed.
    int rowOf(const QUuid& id) const;
    /// Recomputes the translated texts (status, positions, headers) after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Member member;
        MemberState state;
        QUuid cellId;
        QString cellName;
        QList<Position> positionList;
        QString positions;
        QString status;
        QString searchKey;
        int partyAge = -1; ///< full years since the admission decision; -1 when not a member
        int nameRank = 0;
    };
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    void translateRow(Row& row) const;
    void rankNames();

    QList<Row> m_rows;
    QHash<QUuid, int> m_rowById;
    QDate m_day;
};

} // namespace chibo
