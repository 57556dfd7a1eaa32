// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace chibo {

/// The targets of a meeting's resolution, or the open targets it carries forward. Like the attendance
/// grid it shows what is stored: setData() emits targetEdited() with the edited copy, and the caller
/// saves it and calls setTargets() with what the database holds.
class TargetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        OwnerColumn,
        DueColumn,
        PlannedColumn,
        ActualColumn,
        UnitColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    /// Own: the meeting sets these targets, every column is editable. Carried: targets of earlier
    /// resolutions, of which only the result (actual and status) is reported here.
    enum class Mode { Own, Carried };

    explicit TargetTableModel(Mode mode, QObject* parent = nullptr);

    /// Replaces the rows; when the same targets come back in the same order they are updated in place,
    /// so views keep their current cell.
    void setTargets(QList<Target> targets);
    /// Names of the members who may own a target (the cell's members), for the owner column.
    void setOwnerNames(QHash<QUuid, QString> names);
    void setEditable(bool editable);
    /// The language changed: headers and texts are asked for again.
    void retranslate();

    const Target* target(int row) const;
    int rowOf(const QUuid& id) const;
    Mode mode() const { return m_mode; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Edit values: title and unit text; kind and status as int; owner as a QUuid (null: the cell);
    /// due month as a QDate in that month; planned and actual as whole numbers ≥ 0.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void targetEdited(const chibo::Target& before, const chibo::Target& after);

private:
    QVariant display(const Target& target, int column) const;
    QVariant edit(const Target& target, int column) const;
    bool isColumnEditable(int column) const;
    static bool apply(Target& target, int column, const QVariant& value);

    Mode m_mode;
    QList<Target> m_targets;
    QHash<QUuid, QString> m_ownerNames;
    bool m_editable = false;
};

} // namespace chibo
