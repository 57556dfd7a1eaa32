// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/TargetDelegate.h"

#include "app/meetings/ChoiceEditor.h"
#include "core/Labels.h"
#include "models/TargetTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace chibo {

TargetDelegate::TargetDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void TargetDelegate::setOwners(QList<QPair<QUuid, QString>> owners)
{
    m_owners = std::move(owners);
}

QWidget* TargetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    switch (index.column()) {
    case TargetTableModel::KindColumn: {
        QComboBox* box = ChoiceEditor::create(parent, this);
        for (const TargetKind kind : {TargetKind::Task, TargetKind::Admission, TargetKind::AwarenessClass})
            box->addItem(Labels::of(kind), int(kind));
        return box;
    }
    case TargetTableModel::StatusColumn: {
        QComboBox* box = ChoiceEditor::create(parent, this);
        for (const TargetStatus status : {TargetStatus::Open, TargetStatus::Done, TargetStatus::Exceeded,
                                          TargetStatus::Missed, TargetStatus::Cancelled})
            box->addItem(Labels::of(status), int(status));
        return box;
    }
    case TargetTableModel::OwnerColumn: {
        QComboBox* box = ChoiceEditor::create(parent, this);
        box->addItem(tr("The whole cell"), QUuid());
        for (const auto& [id, name] : m_owners)
            box->addItem(name, id);
        return box;
    }
    case TargetTableModel::DueColumn: {
        auto* edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("MM/yyyy"));
        edit->setFrame(false);
        return edit;
    }
    case TargetTableModel::PlannedColumn:
    case TargetTableModel::ActualColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9][0-9.,\\s]{0,24}")), edit));
        return edit;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TargetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        ChoiceEditor::select(box, index.data(Qt::EditRole));
    } else if (auto* month = qobject_cast<QDateEdit*>(editor)) {
        const QDate due = index.data(Qt::EditRole).toDate();
        month->setDate(due.isValid() ? due : QDate::currentDate());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor);
               line && index.data(Qt::EditRole).userType() == QMetaType::LongLong) {
        line->setText(QString::number(index.data(Qt::EditRole).toLongLong()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void TargetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData());
    else if (auto* month = qobject_cast<QDateEdit*>(editor))
        model->setData(index, month->date());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace chibo
