// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace chibo {

/// Edits the cells of a MemberRecordModel the way the column says (EditorRole): dates in a QDateEdit
/// showing dd/MM/yyyy (an open end shown as "open"), months as MM/yyyy, choices and organisations in a
/// combo box of their translated names, numbers in a spin box, text in a line edit.
class MemberRecordDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// The earliest date a date editor offers; in an optional date it stands for "no date".
    static QDate noDate();
};

} // namespace chibo
