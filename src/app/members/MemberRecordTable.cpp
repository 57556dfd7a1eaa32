// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberRecordTable.h"

#include "app/members/MemberRecordDelegate.h"
#include "models/MemberRecordModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace chibo {

MemberRecordTable::MemberRecordTable(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("recordsTableView"));
    m_addButton->setObjectName(QStringLiteral("addRowButton"));
    m_removeButton->setObjectName(QStringLiteral("removeRowButton"));
    m_view->setItemDelegate(new MemberRecordDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setVisible(false);

    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &MemberRecordTable::removeSelectedRows);
    connect(m_addButton, &QPushButton::clicked, this, &MemberRecordTable::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &MemberRecordTable::removeSelectedRows);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslate();
    updateButtons();
}

void MemberRecordTable::setModel(MemberRecordModel* model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberRecordTable::updateButtons);
    updateButtons();
}

void MemberRecordTable::setReadOnly(bool readOnly)
{
    if (m_model)
        m_model->setReadOnly(readOnly);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    updateButtons();
}

void MemberRecordTable::fitColumns()
{
    if (!m_model)
        return;
    m_view->resizeColumnsToContents();
    // Room for the editors (a date with its popup button, a combo box) beyond the widest text; the last
    // text column (a note, a violation) takes what is left, numbers stay next to their neighbours.
    int stretch = -1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column) + 24, 90));
        const auto editor = MemberRecordModel::Editor(
            m_model->headerData(column, Qt::Horizontal, MemberRecordModel::EditorRole).toInt());
        if (editor == MemberRecordModel::Editor::Text)
            stretch = column;
    }
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

void MemberRecordTable::addRow()
{
    if (!m_model)
        return;
    const int row = m_model->appendRow();
    if (row < 0)
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
    m_view->edit(first);
}

void MemberRecordTable::removeSelectedRows()
{
    if (!m_model || m_model->isReadOnly())
        return;
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    updateButtons();
}

void MemberRecordTable::updateButtons()
{
    const bool editable = m_model && !m_model->isReadOnly();
    m_addButton->setEnabled(editable);
    m_removeButton->setEnabled(
        editable && m_view->selectionModel() &&
        (m_view->selectionModel()->hasSelection() || m_view->currentIndex().isValid()));
}

void MemberRecordTable::retranslate()
{
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a line and start editing it"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected lines (Del)"));
}

void MemberRecordTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
