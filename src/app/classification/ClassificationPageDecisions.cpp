// SPDX-License-Identifier: GPL-3.0-or-later
// ClassificationPage's recorded acts — a decision on the selected row, the year's lock — apart from
// ClassificationPage.cpp, which shows and computes the proposals.
#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/classification/ClassificationPage.h"
#include "app/classification/DecisionDialog.h"
#include "models/ClassificationFilterProxy.h"
#include "models/ClassificationTableModel.h"
#include "services/ClassificationService.h"
#include "services/Workspace.h"
#include "services/YearLock.h"
#include "services/YearRecompute.h"
#include "ui_ClassificationPage.h"

#include <QDateTime>

namespace chibo {

void ClassificationPage::decideSelected()
{
    if (!m_ui->decideButton->isEnabled())
        return;
    const QModelIndex current = m_proxy->mapToSource(m_ui->classificationTableView->currentIndex());
    const ClassificationRow* row = m_model->row(current.row());
    const Criteria* rules = row ? rulesOf(row->criteriaId) : nullptr;
    if (!row || !rules)
        return;
    DecisionRequest request{row->subjectName, row->proposedLevel,          row->proposedLabel,
                            row->explanation, row->needsDecision(),        rules->levels,
                            row->finalLevel,  m_context.session().userName};
    auto* dialog = new DecisionDialog(std::move(request), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, criteriaId = row->criteriaId, subjectId = row->subjectId] {
                recordDecision(criteriaId, subjectId, dialog->decidedLevel(), dialog->reason(),
                               dialog->decidedBy());
            });
    dialog->open();
}

bool ClassificationPage::ensureStored()
{
    if (m_stored)
        return true;
    NoProgress noProgress;
    const QDateTime now = QDateTime::currentDateTime();
    const Status stored = YearRecompute::store(*m_context.workspace(), m_context.session(),
                                               m_proposals->classification, now.toUTC(), noProgress);
    if (!stored) {
        m_context.dialogs().showError(this, tr("The decision was not recorded"), stored.error().toString());
        return false;
    }
    m_stored = true;
    m_computedAt = now;
    m_outcome = Outcome::Saved;
    return true;
}

void ClassificationPage::recordDecision(const QString& criteriaId, const QUuid& subjectId,
                                        const QString& level, const QString& reason, const QString& decidedBy)
{
    const ScoreCard* card = cardOf(criteriaId, subjectId);
    Workspace* workspace = m_context.workspace();
    if (!card || !workspace || !m_proposals || !ensureStored())
        return;
    ClassificationDecision decision{QUuid::createUuid(), criteriaId, subjectId, year(),
                                    card->level,         level,      reason,    decidedBy,
                                    m_context.day()};
    const Status recorded =
        ClassificationService::decide(*workspace, m_context.session(), *m_criteria, decision);
    if (!recorded) {
        m_context.dialogs().showError(this, tr("The decision was not recorded"), recorded.error().toString());
        return;
    }
    if (const Status read = YearRecompute::reloadDecisions(*workspace, m_proposals->classification); !read)
        m_problem = read.error().toString();
    const QUuid orgId = card->orgId;
    showRows();
    m_notifying = true;
    m_context.notifyRecordsChanged(orgId);
    m_notifying = false;
}

void ClassificationPage::lockYear()
{
    Workspace* workspace = m_context.workspace();
    const Organisation* scope = m_context.organisation(scopeOrgId());
    if (!workspace || !scope || !m_ui->lockButton->isEnabled())
        return;
    if (!m_context.dialogs().confirm(
            this, tr("Lock the year"),
            tr("Lock the %1 classification of %2 and everything below it? No decision can be recorded "
               "afterwards, and the records of that year can no longer be changed.")
                .arg(year())
                .arg(scope->name)))
        return;
    if (const Status locked = YearLock::lock(*workspace, m_context.session(), scope->id, year()); !locked) {
        m_context.dialogs().showError(this, tr("The year was not locked"), locked.error().toString());
        return;
    }
    readLock();
    m_stored = false;
    updateActions();
    m_notifying = true;
    m_context.notifyRecordsChanged(scope->id);
    m_notifying = false;
}

} // namespace chibo
