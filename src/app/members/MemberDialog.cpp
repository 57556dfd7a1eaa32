// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberDialog.h"

#include "app/AppContext.h"
#include "app/members/InlineMessage.h"
#include "app/members/MemberRecordChecks.h"
#include "app/members/MemberRecordDelegate.h"
#include "app/members/MemberRecordTable.h"
#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "models/MemberHistoryModels.h"
#include "ui_MemberDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSet>

namespace chibo {

namespace {

using OrgChoices = QList<std::pair<QUuid, QString>>;

/// The organisations a table offers, by name; a name used twice also shows the organisation above.
OrgChoices organisationChoices(const AppContext& context, bool cellsOnly)
{
    QHash<QString, int> uses;
    for (const Organisation& org : context.organisations())
        ++uses[org.name];
    OrgChoices choices;
    for (const Organisation& org : context.organisations()) {
        if (cellsOnly && !org.isCell())
            continue;
        const Organisation* parent = context.organisation(org.parentId);
        const QString label =
            uses.value(org.name) > 1 && parent
                ? MemberDialog::tr("%1 (%2)", "organisation (its parent)").arg(org.name, parent->name)
                : org.name;
        choices.append({org.id, label});
    }
    return choices;
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == MemberRecordDelegate::noDate() ? QDate() : edit->date();
}

void showOptionalDate(QDateEdit* edit, QDate day)
{
    edit->setDate(day.isValid() ? day : MemberRecordDelegate::noDate());
}

/// The kind of status event that usually follows the ones recorded.
StatusEventKind nextEventKind(const QList<StatusEvent>& events)
{
    if (events.isEmpty())
        return StatusEventKind::Admitted;
    if (events.size() == 1 && events.first().kind == StatusEventKind::Admitted)
        return StatusEventKind::Recognised;
    return StatusEventKind::ExemptionStarted;
}

} // namespace

MemberDialog::MemberDialog(AppContext& context, MemberRecords records, bool isNew, const QUuid& defaultCell,
                           QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_start(std::move(records))
    , m_defaultCell(defaultCell)
    , m_statusEvents(MemberHistoryModels::statusEvents(this))
    , m_memberships(MemberHistoryModels::memberships(this))
    , m_positions(MemberHistoryModels::positions(this))
    , m_disciplines(MemberHistoryModels::disciplines(this))
    , m_leaves(MemberHistoryModels::leaves(this))
    , m_dues(MemberHistoryModels::dues(this))
    , m_assignments(MemberHistoryModels::assignments(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("memberDialog"));
    if (!isNew)
        m_original = m_start;
    for (QDateEdit* edit : {m_ui->birthDateEdit, m_ui->admissionDecisionDateEdit, m_ui->ceremonyDateEdit,
                            m_ui->officialDateEdit})
        setupOptionalDate(edit);
    fillSexChoices();
    setupTables();
    setupRowFactories();
    showPersonal(m_start.member);
    m_readOnly = m_context.isReadOnlyFor(cellId());
    if (m_readOnly)
        lockFields();
    connectEdits();
    retranslate();
    updateChecks();
    m_ui->fullNameLineEdit->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setupOptionalDate(QDateEdit* edit)
{
    edit->setMinimumDate(MemberRecordDelegate::noDate());
    edit->setSpecialValueText(QStringLiteral("—"));
}

void MemberDialog::setupTables()
{
    const OrgChoices cells = organisationChoices(m_context, true);
    const OrgChoices all = organisationChoices(m_context, false);
    m_memberships->setOrganisations(cells);
    m_positions->setOrganisations(all);
    m_assignments->setOrganisations(all);
    m_statusEvents->setRecords(m_start.member.statusEvents);
    m_memberships->setRecords(m_start.member.memberships);
    m_positions->setRecords(m_start.member.positions);
    m_disciplines->setRecords(m_start.disciplines);
    m_leaves->setRecords(m_start.leaves);
    m_dues->setRecords(m_start.dues);
    m_assignments->setRecords(m_start.assignments);
    const std::pair<MemberRecordTable*, MemberRecordModel*> tables[] = {
        {m_ui->statusEventsTable, m_statusEvents},
        {m_ui->membershipsTable, m_memberships},
        {m_ui->positionsTable, m_positions},
        {m_ui->disciplinesTable, m_disciplines},
        {m_ui->leavesTable, m_leaves},
        {m_ui->duesTable, m_dues},
        {m_ui->assignmentsTable, m_assignments}};
    for (const auto& [table, model] : tables) {
        table->setModel(model);
        table->fitColumns();
        connect(model, &QAbstractItemModel::dataChanged, this, &MemberDialog::updateChecks);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MemberDialog::updateChecks);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MemberDialog::updateChecks);
    }
}

void MemberDialog::setupRowFactories()
{
    const QDate day = m_context.day();
    const QUuid memberId = m_start.member.id;
    const auto cell = [this] {
        return cellId();
    };
    m_statusEvents->setRowFactory([this, day] {
        return StatusEvent{QUuid::createUuid(), day, nextEventKind(m_statusEvents->records()), {}, {}};
    });
    m_memberships->setRowFactory([cell, day] {
        return CellMembership{QUuid::createUuid(), cell(), day, {}, CellMembership::Kind::Official};
    });
    m_positions->setRowFactory([cell, day] {
        return PositionTerm{QUuid::createUuid(), cell(), Position::CommitteeMember, day, {}};
    });
    m_disciplines->setRowFactory([memberId, day] {
        Discipline discipline;
        discipline.id = QUuid::createUuid();
        discipline.memberId = memberId;
        discipline.decisionDate = day;
        return discipline;
    });
    m_leaves->setRowFactory(
        [memberId, day] { return Leave{QUuid::createUuid(), memberId, LeaveKind::Sick, day, day, {}}; });
    // The month after the latest one entered, at the same amount: dues are entered month by month.
    m_dues->setRowFactory([this, memberId, day] {
        DuesRecord next{memberId, YearMonth::of(day), DuesState::Paid, 0};
        for (const DuesRecord& dues : m_dues->records()) {
            if (dues.month.isValid() && dues.month.addMonths(1) > next.month) {
                next.month = dues.month.addMonths(1);
                next.amount = dues.amount;
            }
        }
        return next;
    });
    m_assignments->setRowFactory([memberId, cell, day] {
        Assignment assignment;
        assignment.id = QUuid::createUuid();
        assignment.memberId = memberId;
        assignment.orgId = cell();
        assignment.from = day;
        return assignment;
    });
}

void MemberDialog::fillSexChoices()
{
    const int current = m_ui->sexComboBox->currentIndex();
    m_ui->sexComboBox->clear();
    m_ui->sexComboBox->addItem(Labels::of(Sex::Male), int(Sex::Male));
    m_ui->sexComboBox->addItem(Labels::of(Sex::Female), int(Sex::Female));
    m_ui->sexComboBox->setCurrentIndex(current);
}

void MemberDialog::showPersonal(const Member& m)
{
    m_ui->fullNameLineEdit->setText(m.fullName);
    m_ui->givenNameLineEdit->setText(m.givenName);
    showOptionalDate(m_ui->birthDateEdit, m.birthDate);
    m_ui->sexComboBox->setCurrentIndex(m_ui->sexComboBox->findData(int(m.sex)));
    m_ui->ethnicityLineEdit->setText(m.ethnicity);
    m_ui->religionLineEdit->setText(m.religion);
    m_ui->hometownLineEdit->setText(m.hometown);
    m_ui->citizenIdLineEdit->setText(m.citizenId);
    m_ui->phoneLineEdit->setText(m.phone);
    m_ui->partyCardLineEdit->setText(m.partyCardNumber);
    showOptionalDate(m_ui->admissionDecisionDateEdit, m.admissionDecisionDate);
    showOptionalDate(m_ui->ceremonyDateEdit, m.ceremonyDate);
    showOptionalDate(m_ui->officialDateEdit, m.officialDate);
    m_ui->worksInPoliticalSystemCheckBox->setChecked(m.worksInPoliticalSystem);
    m_ui->notePlainTextEdit->setPlainText(m.note);
}

Member MemberDialog::personal() const
{
    Member m = m_start.member;
    m.fullName = m_ui->fullNameLineEdit->text().simplified();
    m.givenName = m_ui->givenNameLineEdit->text().simplified();
    m.birthDate = optionalDate(m_ui->birthDateEdit);
    m.sex = Sex(m_ui->sexComboBox->currentData().toInt());
    m.ethnicity = m_ui->ethnicityLineEdit->text().trimmed();
    m.religion = m_ui->religionLineEdit->text().trimmed();
    m.hometown = m_ui->hometownLineEdit->text().trimmed();
    m.citizenId = m_ui->citizenIdLineEdit->text().trimmed();
    m.phone = m_ui->phoneLineEdit->text().trimmed();
    m.partyCardNumber = m_ui->partyCardLineEdit->text().trimmed();
    m.admissionDecisionDate = optionalDate(m_ui->admissionDecisionDateEdit);
    m.ceremonyDate = optionalDate(m_ui->ceremonyDateEdit);
    m.officialDate = optionalDate(m_ui->officialDateEdit);
    m.worksInPoliticalSystem = m_ui->worksInPoliticalSystemCheckBox->isChecked();
    m.note = m_ui->notePlainTextEdit->toPlainText().trimmed();
    m.statusEvents = m_statusEvents->records();
    m.memberships = m_memberships->records();
    m.positions = m_positions->records();
    return m;
}

MemberRecords MemberDialog::edited() const
{
    MemberRecords records;
    records.member = personal();
    records.disciplines = m_disciplines->records();
    records.leaves = m_leaves->records();
    records.dues = m_dues->records();
    records.assignments = m_assignments->records();
    return records;
}

QUuid MemberDialog::cellId() const
{
    const Member& member = m_original ? m_original->member : m_start.member;
    Member current = member;
    current.memberships = m_memberships->records();
    const QUuid cell = MemberTimeline(current).cellOfRecordOn(m_context.day());
    return cell.isNull() ? m_defaultCell : cell;
}

void MemberDialog::connectEdits()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (m_ui->personalTab->isAncestorOf(edit))
            connect(edit, &QLineEdit::textEdited, this, &MemberDialog::updateChecks);
    }
    for (QDateEdit* edit : {m_ui->birthDateEdit, m_ui->admissionDecisionDateEdit, m_ui->ceremonyDateEdit,
                            m_ui->officialDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &MemberDialog::updateChecks);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
}

void MemberDialog::lockFields()
{
    for (QLineEdit* edit : m_ui->personalTab->findChildren<QLineEdit*>())
        edit->setReadOnly(true);
    for (QDateEdit* edit : m_ui->personalTab->findChildren<QDateEdit*>())
        edit->setReadOnly(true);
    m_ui->notePlainTextEdit->setReadOnly(true);
    m_ui->sexComboBox->setEnabled(false);
    m_ui->worksInPoliticalSystemCheckBox->setEnabled(false);
    for (MemberRecordTable* table : findChildren<MemberRecordTable*>())
        table->setReadOnly(true);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
}

void MemberDialog::updateChecks()
{
    const MemberRecords records = edited();
    Diagnostics findings = m_readOnly ? Diagnostics() : MemberRecordChecks::blocking(records);
    const bool blocked = !findings.isEmpty();
    findings.append(MemberRecordChecks::warnings(records, m_context.day()));
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!blocked);
    const MemberState state = MemberTimeline(records.member).stateOn(m_context.day());
    const Organisation* cell = m_context.organisation(cellId());
    m_ui->stateLabel->setText(tr("On %1: %2, %3")
                                  .arg(m_context.day().toString(u"dd/MM/yyyy"), Labels::of(state),
                                       cell ? cell->name : tr("no cell")));
    if (findings != m_findings)
        showFindings(findings);
}

void MemberDialog::showFindings(const Diagnostics& findings)
{
    m_findings = findings;
    for (InlineMessage* message : m_ui->checksWidget->findChildren<InlineMessage*>())
        delete message;
    for (const Diagnostic& finding : findings) {
        auto* message = new InlineMessage(finding, m_ui->checksWidget);
        message->setObjectName(QStringLiteral("recordMessage"));
        m_ui->checksLayout->addWidget(message);
    }
    m_ui->checksWidget->setVisible(!findings.isEmpty());
}

void MemberDialog::accept()
{
    if (m_readOnly) {
        reject();
        return;
    }
    updateChecks();
    if (!MemberRecordChecks::blocking(edited()).isEmpty())
        return;
    QDialog::accept();
}

void MemberDialog::retranslate()
{
    const QString name = m_ui->fullNameLineEdit->text().simplified();
    if (isNew())
        setWindowTitle(tr("Add member"));
    else if (m_readOnly)
        setWindowTitle(tr("Member: %1 (read only)").arg(name));
    else
        setWindowTitle(tr("Edit member: %1").arg(name));
}

void MemberDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillSexChoices();
        retranslate();
        m_findings.clear(); // messages are translated when made: make them again
        updateChecks();
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
