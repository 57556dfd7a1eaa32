// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/AttendanceDelegate.h"

#include "app/meetings/ChoiceEditor.h"
#include "core/Labels.h"
#include "models/AttendanceTableModel.h"

#include <QComboBox>

namespace chibo {

AttendanceDelegate::AttendanceDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* AttendanceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    switch (index.column()) {
    case AttendanceTableModel::StatusColumn: {
        QComboBox* box = ChoiceEditor::create(parent, this);
        for (const AttendanceStatus status :
             {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
              AttendanceStatus::AbsentExcused, AttendanceStatus::AbsentUnexcused})
            box->addItem(Labels::of(status), int(status));
        return box;
    }
    case AttendanceTableModel::ReasonColumn: {
        QComboBox* box = ChoiceEditor::create(parent, this);
        box->addItem(tr("No reason given"), int(AbsenceReason::None));
        for (const AbsenceReason reason :
             {AbsenceReason::Sick, AbsenceReason::Work, AbsenceReason::Travel, AbsenceReason::Family,
              AbsenceReason::Maternity, AbsenceReason::Other})
            box->addItem(Labels::of(reason), int(reason));
        return box;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void AttendanceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor))
        ChoiceEditor::select(box, index.data(Qt::EditRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void AttendanceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace chibo
