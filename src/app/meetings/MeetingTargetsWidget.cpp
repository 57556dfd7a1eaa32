// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingTargetsWidget.h"

#include "app/AppContext.h"
#include "app/ChangeCommand.h"
#include "app/Dialogs.h"
#include "app/meetings/TargetDelegate.h"
#include "models/TargetTableModel.h"
#include "ui_MeetingTargetsWidget.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QUndoStack>

#include <algorithm>

namespace chibo {

MeetingTargetsWidget::MeetingTargetsWidget(AppContext& context, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(stack)
    , m_ui(std::make_unique<Ui::MeetingTargetsWidget>())
    , m_own(new TargetTableModel(TargetTableModel::Mode::Own, this))
    , m_carried(new TargetTableModel(TargetTableModel::Mode::Carried, this))
    , m_delegate(new TargetDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->ownTargetsView->setModel(m_own);
    m_ui->carriedTargetsView->setModel(m_carried);
    for (QTableView* view : {m_ui->ownTargetsView, m_ui->carriedTargetsView}) {
        view->setItemDelegate(m_delegate);
        view->horizontalHeader()->setSectionResizeMode(TargetTableModel::TitleColumn, QHeaderView::Stretch);
        view->horizontalHeader()->setHighlightSections(false);
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    }
    // Carried targets are reported on, not redefined: their kind is in the tooltip of the title.
    m_ui->carriedTargetsView->setColumnHidden(TargetTableModel::KindColumn, true);
    for (TargetTableModel* model : {m_own, m_carried})
        connect(model, &TargetTableModel::targetEdited, this, &MeetingTargetsWidget::editTarget);
    connect(m_ui->addTargetButton, &QPushButton::clicked, this, &MeetingTargetsWidget::addTarget);
    connect(m_ui->removeTargetButton, &QPushButton::clicked, this, &MeetingTargetsWidget::removeTarget);
    connect(m_ui->ownTargetsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeetingTargetsWidget::updateButtons);
    connect(m_own, &QAbstractItemModel::modelReset, this, &MeetingTargetsWidget::updateButtons);
    updateButtons();
    fitColumns();
}

MeetingTargetsWidget::~MeetingTargetsWidget() = default;

void MeetingTargetsWidget::setMembers(const QList<QPair<QUuid, QString>>& members)
{
    QHash<QUuid, QString> names;
    for (const auto& [id, name] : members)
        names.insert(id, name);
    m_own->setOwnerNames(names);
    m_carried->setOwnerNames(names);
    m_delegate->setOwners(members);
}

void MeetingTargetsWidget::setTargets(const Meeting& meeting, QList<Target> own, QList<Target> carried)
{
    m_meetingId = meeting.id;
    m_orgId = meeting.orgId;
    m_date = meeting.date;
    const bool reshaped = own.size() != m_own->rowCount() || carried.size() != m_carried->rowCount();
    m_own->setTargets(std::move(own));
    m_carried->setTargets(std::move(carried));
    if (reshaped)
        fitColumns();
}

void MeetingTargetsWidget::clear()
{
    m_meetingId = QUuid();
    m_own->setTargets({});
    m_carried->setTargets({});
}

void MeetingTargetsWidget::addTarget()
{
    if (!m_editable || m_meetingId.isNull())
        return;
    const std::optional<QString> title =
        m_context.dialogs().askText(this, tr("New target"), tr("What is to be achieved or done?"));
    if (!title || title->trimmed().isEmpty())
        return;
    Target target;
    target.id = QUuid::createUuid();
    target.orgId = m_orgId;
    target.meetingId = m_meetingId;
    target.title = title->trimmed();
    target.dueMonth = YearMonth::of(m_date).addMonths(1);
    target.planned = 1;
    m_stack.push(new ChangeCommand<Target>(m_context, m_orgId, Change<Target>{std::nullopt, target},
                                           tr("Add the target “%1”").arg(target.title)));
    const int row = m_own->rowOf(target.id);
    if (row >= 0)
        m_ui->ownTargetsView->setCurrentIndex(m_own->index(row, TargetTableModel::PlannedColumn));
}

void MeetingTargetsWidget::removeTarget()
{
    const Target* current = m_own->target(m_ui->ownTargetsView->currentIndex().row());
    if (!m_editable || !current)
        return;
    const Target target = *current;
    const QString question =
        tr("Remove the target “%1”? It can be restored from the recycle bin.").arg(target.title);
    if (!m_context.dialogs().confirm(this, tr("Remove target"), question))
        return;
    m_stack.push(new ChangeCommand<Target>(m_context, m_orgId, Change<Target>{target, std::nullopt},
                                           tr("Remove the target “%1”").arg(target.title)));
}

void MeetingTargetsWidget::editTarget(const Target& before, const Target& after)
{
    if (m_editable)
        m_stack.push(new ChangeCommand<Target>(m_context, after.orgId, Change<Target>{before, after},
                                               tr("Edit the target “%1”").arg(after.title)));
}

void MeetingTargetsWidget::setEditable(bool editable)
{
    m_editable = editable;
    m_own->setEditable(editable);
    m_carried->setEditable(editable);
    updateButtons();
}

void MeetingTargetsWidget::updateButtons()
{
    m_ui->addTargetButton->setEnabled(m_editable);
    m_ui->removeTargetButton->setEnabled(m_editable && m_ui->ownTargetsView->currentIndex().isValid());
}

/// Columns as wide as their contents up to a limit; the title takes the rest (long kinds are elided).
void MeetingTargetsWidget::fitColumns()
{
    constexpr int widest = 130;
    for (QTableView* view : {m_ui->ownTargetsView, m_ui->carriedTargetsView}) {
        for (int column = TargetTableModel::KindColumn; column < TargetTableModel::ColumnCount; ++column) {
            view->resizeColumnToContents(column);
            view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
        }
    }
}

void MeetingTargetsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_own->retranslate();
        m_carried->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
