// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/ChoiceEditor.h"

#include <QComboBox>
#include <QStyledItemDelegate>

namespace chibo {

QComboBox* ChoiceEditor::create(QWidget* parent, const QStyledItemDelegate* delegate)
{
    auto* box = new QComboBox(parent);
    box->setFrame(false);
    // Delegates create editors from const functions; committing is still theirs to signal.
    auto* owner = const_cast<QStyledItemDelegate*>(delegate);
    QObject::connect(box, &QComboBox::activated, owner, [owner, box] {
        Q_EMIT owner->commitData(box);
        Q_EMIT owner->closeEditor(box);
    });
    return box;
}

void ChoiceEditor::select(QComboBox* box, const QVariant& value)
{
    const int found = box->findData(value);
    box->setCurrentIndex(found >= 0 ? found : 0);
}

} // namespace chibo
