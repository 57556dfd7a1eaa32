// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/members/MemberRecords.h"
#include "core/Diagnostic.h"
#include "models/MemberRecordListModel.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

class QDateEdit;

namespace Ui {
class MemberDialog;
}

namespace chibo {

class AppContext;
class MemberRecordTable;

/// A member's record to add or edit: personal data, the dated status, cell and position histories,
/// discipline, leave, dues and assignments, each history a small table. Inline messages above the tabs
/// say what is inconsistent as it is typed; problems that prevent saving disable OK. The dialog saves
/// nothing itself: the page takes original() and edited() when it is accepted. Opened window-modal with
/// open(); read-only (fields locked, OK hidden) when the session may not write the member's cell.
class MemberDialog : public QDialog {
    Q_OBJECT

public:
    /// `records` as loaded, or a new member's defaults when `isNew`; `defaultCell` is where new
    /// registrations, positions and assignments start.
    MemberDialog(AppContext& context, MemberRecords records, bool isNew, const QUuid& defaultCell,
                 QWidget* parent = nullptr);
    ~MemberDialog() override;

    bool isNew() const { return !m_original; }
    bool isReadOnly() const { return m_readOnly; }
    /// What was loaded; none for a new member.
    const std::optional<MemberRecords>& original() const { return m_original; }
    /// The record as the fields and tables show it now.
    MemberRecords edited() const;
    /// The cell the member attends on the day as edited (else the default cell): the organisation
    /// whose permission applies and whose pages hear about the save.
    QUuid cellId() const;
    /// The messages shown now: problems that prevent saving first, then warnings.
    const Diagnostics& findings() const { return m_findings; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setupTables();
    void setupRowFactories();
    void setupOptionalDate(QDateEdit* edit);
    void connectEdits();
    void showPersonal(const Member& member);
    Member personal() const;
    void lockFields();
    void updateChecks();
    void showFindings(const Diagnostics& findings);
    void retranslate();
    void fillSexChoices();

    AppContext& m_context;
    const std::unique_ptr<Ui::MemberDialog> m_ui;
    std::optional<MemberRecords> m_original;
    MemberRecords m_start; ///< what the dialog opened with (the defaults for a new member)
    QUuid m_defaultCell;
    bool m_readOnly = false;
    Diagnostics m_findings;
    MemberRecordListModel<StatusEvent>* m_statusEvents;
    MemberRecordListModel<CellMembership>* m_memberships;
    MemberRecordListModel<PositionTerm>* m_positions;
    MemberRecordListModel<Discipline>* m_disciplines;
    MemberRecordListModel<Leave>* m_leaves;
    MemberRecordListModel<DuesRecord>* m_dues;
    MemberRecordListModel<Assignment>* m_assignments;
};

} // namespace chibo
