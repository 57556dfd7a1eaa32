// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/MemberTableContent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace chibo {

/// Members as they stand on one day: status, cell, positions, party age. Read-only. Derived values
/// (state, cell, positions, the folded search key and the Vietnamese name order) are computed once when
/// the members or the day change (MemberTableContent, possibly on another thread), never while painting
/// or sorting. Rows are kept in Vietnamese name order: a row's index is its name rank.
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
    void setMembers(QList<Member> members, const QHash<QUuid, QString>& cellNames, QDate day);
    /// Shows rows built beforehand (possibly on another thread): one reset, nothing recomputed.
    void setContent(MemberTableContent content);
    /// The member's own fields (the histories the row was derived from are not kept).
    const Member* member(int row) const;
    /// What the table derived for a row, for a proxy that sorts or filters without QVariants.
    const MemberTableRow& entry(int row) const { return m_content.rows[row]; }
    /// The row of the member with this id, -1 when not listed.
    int rowOf(const QUuid& id) const;
    /// Recomputes the translated texts (status, positions, headers) after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    MemberTableContent m_content;
};

} // namespace chibo
