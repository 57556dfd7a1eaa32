// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace chibo {

/// Editors of the attendance grid: a list of statuses, a list of absence reasons (translated names),
/// and a line for the note. A choice in a list is committed at once.
class AttendanceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit AttendanceDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace chibo
