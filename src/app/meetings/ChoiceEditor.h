// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

class QComboBox;
class QStyledItemDelegate;
class QWidget;

namespace chibo {

/// The list editor the meeting grids' delegates share: a combo box whose choice is committed and
/// closed as soon as it is made, so one click or Enter records it.
class ChoiceEditor {
public:
    static QComboBox* create(QWidget* parent, const QStyledItemDelegate* delegate);
    /// Selects the item whose data equals `value` (the first item when none does).
    static void select(QComboBox* box, const QVariant& value);
};

} // namespace chibo
