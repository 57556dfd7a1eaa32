// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberRecordDelegate.h"

#include "models/MemberRecordModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

namespace chibo {

namespace {

using Editor = MemberRecordModel::Editor;

Editor editorOf(const QModelIndex& index)
{
    return Editor(index.data(MemberRecordModel::EditorRole).toInt());
}

QDateEdit* dateEditor(QWidget* parent, Editor editor)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(MemberRecordDelegate::noDate());
    edit->setDisplayFormat(editor == Editor::Month ? QStringLiteral("MM/yyyy")
                                                   : QStringLiteral("dd/MM/yyyy"));
    if (editor == Editor::OptionalDate)
        edit->setSpecialValueText(MemberRecordDelegate::tr("open"));
    return edit;
}

} // namespace

QDate MemberRecordDelegate::noDate()
{
    return QDate(1900, 1, 1);
}

QWidget* MemberRecordDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    switch (const Editor editor = editorOf(index)) {
    case Editor::Date:
    case Editor::OptionalDate:
    case Editor::Month: return dateEditor(parent, editor);
    case Editor::Choice:
    case Editor::Organisation: {
        auto* combo = new QComboBox(parent);
        for (const QVariant& choice : index.data(MemberRecordModel::ChoicesRole).toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(1).toString(), pair.value(0));
        }
        return combo;
    }
    case Editor::Number: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 999'999'999);
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case Editor::Text:
    case Editor::Check: break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MemberRecordDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate day = value.toDate();
        if (day.isValid())
            edit->setDate(day);
        else
            edit->setDate(editorOf(index) == Editor::OptionalDate ? noDate() : QDate::currentDate());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(value));
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(int(value.toLongLong()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void MemberRecordDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        QDate day = edit->date();
        if (editorOf(index) == Editor::Month)
            day = QDate(day.year(), day.month(), 1);
        else if (editorOf(index) == Editor::OptionalDate && day == noDate())
            day = QDate();
        model->setData(index, day);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        model->setData(index, qlonglong(spin->value()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace chibo
