// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>
#include <QUuid>

namespace chibo {

/// Editors of a targets table: lists for kind, status and the responsible member, a month for the due
/// date (MM/yyyy), digits only for planned and achieved values, a line for title and unit.
class TargetDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit TargetDelegate(QObject* parent = nullptr);

    /// The members who may be responsible, in display order.
    void setOwners(QList<QPair<QUuid, QString>> owners);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<QPair<QUuid, QString>> m_owners;
};

} // namespace chibo
