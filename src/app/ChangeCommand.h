// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "core/Change.h"
#include "services/RecordEditing.h"
#include "services/RecycleBin.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace chibo {

/// One edit on an undo stack, saved the moment it is made: redo applies the change through
/// RecordEditing, undo applies its inverse. A removal (or an undone creation) puts the record in the
/// recycle bin, and the step back restores that entry, so that the bin never holds a record that
/// exists again and an undone creation can still be found there once the redo is gone.
/// A step the services refuse is reported and the command made obsolete, so the stack never shows an
/// edit the database does not have. Consecutive edits of one field of one record merge when the editor
/// gives them the same merge key (typing in the minutes is one undo step, not one per key).
template <typename T>
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(AppContext& context, const QUuid& orgId, Change<T> change, const QString& text,
                  QString mergeKey = {})
        : QUndoCommand(text)
        , m_context(context)
        , m_orgId(orgId)
        , m_change(std::move(change))
        , m_mergeKey(std::move(mergeKey))
    {}

    void redo() override { run(m_change, /*restoring=*/m_change.isCreation() && !m_binEntry.isNull()); }
    void undo() override { run(m_change.inverse(), /*restoring=*/m_change.isRemoval()); }

    /// All ChangeCommands share one id; whether two merge is decided by their keys.
    int id() const override { return 0x43424f; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeCommand<T>*>(other);
        if (!next || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || !next->m_change.after ||
            !m_change.after)
            return false;
        m_change.after = next->m_change.after;
        return true;
    }

    const Change<T>& change() const { return m_change; }

private:
    void run(const Change<T>& change, bool restoring)
    {
        Workspace* workspace = m_context.workspace();
        Status status = workspace ? Status() : Status(notOpen());
        if (status && restoring) {
            status = RecycleBin::restore(*workspace, m_context.session(), m_binEntry);
            if (status)
                m_binEntry = QUuid();
        } else if (status) {
            Result<QUuid> applied = RecordEditing::apply(*workspace, m_context.session(), change);
            if (applied && !applied->isNull())
                m_binEntry = *applied;
            status = applied ? Status() : Status(applied.error());
        }
        if (!status) {
            setObsolete(true);
            m_context.dialogs().showError(nullptr, QCoreApplication::translate("ChangeCommand", "Not saved"),
                                          status.error().toString());
            return;
        }
        m_context.notifyRecordsChanged(m_orgId);
    }

    static Error notOpen()
    {
        return Error{QStringLiteral("no_database"),
                     QCoreApplication::translate("ChangeCommand", "No database is open."),
                     {}};
    }

    AppContext& m_context;
    QUuid m_orgId;
    Change<T> m_change;
    QString m_mergeKey;
    QUuid m_binEntry; ///< the bin entry of the last removal saved: the step back restores it
};

} // namespace chibo
