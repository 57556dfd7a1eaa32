// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RecordReader.h"

#include "storage/DatasetOrder.h"
#include "storage/sql/SqlSelect.h"

namespace chibo {

namespace {

const QString SelectTargets = QStringLiteral(
    "SELECT t.uuid, o.uuid, mt.uuid, t.plan_year, t.title, t.kind, ow.uuid, t.due_month, t.planned, "
    "t.actual, "
    "t.unit, t.status, t.note FROM targets t JOIN organisations o ON o.id = t.org_id "
    "LEFT JOIN meetings mt ON mt.id = t.meeting_id LEFT JOIN members ow ON ow.id = t.owner_member_id "
    "WHERE ");
const QString InScopeOrganisations = QStringLiteral("t.org_id IN (SELECT id FROM chibo_scope_orgs)");
// One query for assignments and their follow-ups: an assignment's rows are consecutive (ORDER BY a.id).
const QString SelectAssignments = QStringLiteral(
    "SELECT a.id, a.uuid, m.uuid, o.uuid, a.task, a.area, a.households, a.from_date, a.to_date, f.uuid, "
    "f.follow_up_date, f.note FROM assignments a JOIN members m ON m.id = a.member_id "
    "LEFT JOIN organisations o ON o.id = a.org_id LEFT JOIN follow_ups f ON f.assignment_id = a.id "
    "WHERE a.member_id IN (SELECT id FROM chibo_scope_members) ORDER BY a.id, f.position");
const QString SelectDisciplines = QStringLiteral(
    "SELECT d.uuid, d.subject, m.uuid, o.uuid, d.form, d.decision_date, d.issuer, d.decision, d.violation, "
    "d.self_discovered, d.remedied FROM disciplines d LEFT JOIN members m ON m.id = d.member_id "
    "LEFT JOIN organisations o ON o.id = d.org_id WHERE d.member_id IN (SELECT id FROM chibo_scope_members) "
    "OR (d.member_id IS NULL AND d.org_id IN (SELECT id FROM chibo_scope_orgs))");
const QString SelectLeaves = QStringLiteral(
    "SELECT l.uuid, m.uuid, l.kind, l.from_date, l.to_date, l.note FROM leaves l "
    "JOIN members m ON m.id = l.member_id WHERE l.member_id IN (SELECT id FROM chibo_scope_members)");
const QString SelectDues = QStringLiteral(
    "SELECT m.uuid, d.month, d.state, d.amount FROM dues d JOIN members m ON m.id = d.member_id "
    "WHERE d.member_id IN (SELECT id FROM chibo_scope_members)");
const QString SelectViolations = QStringLiteral(
    "SELECT v.uuid, m.uuid, v.violation_date, v.kind, v.note FROM violations v "
    "JOIN members m ON m.id = v.member_id WHERE v.member_id IN (SELECT id FROM chibo_scope_members)");
const QString SelectCommendations = QStringLiteral(
    "SELECT c.uuid, m.uuid, o.uuid, c.commendation_date, c.title, c.issuer, c.decision FROM commendations c "
    "LEFT JOIN members m ON m.id = c.member_id LEFT JOIN organisations o ON o.id = c.org_id "
    "WHERE c.member_id IN (SELECT id FROM chibo_scope_members) "
    "OR (c.member_id IS NULL AND c.org_id IN (SELECT id FROM chibo_scope_orgs))");

/// Reads one record per row with `read(RowReader&) -> T`, then sorts canonically.
template <typename T, typename Read>
Result<QList<T>> readAll(const Database& db, const QString& sql, const QString& failFormat,
                         const QString& table, const QVariantList& values, Read read)
{
    QList<T> records;
    const auto each = [&](RowReader& row) -> Status {
        T record = read(row);
        if (!row.ok())
            return row.error(table + u'/' + row.text(0));
        records.append(std::move(record));
        return {};
    };
    const Status status = SqlSelect::each(db, sql, failFormat, each, values);
    if (!status)
        return status.error();
    DatasetOrder::sort(records);
    return records;
}

} // namespace

Result<QList<Target>> RecordReader::targets() const
{
    return targetsWhere(InScopeOrganisations, {});
}

Result<QList<Target>> RecordReader::targetsWhere(const QString& condition, const QVariantList& values) const
{
    return readAll<Target>(m_db, SelectTargets + condition, tr("Could not load the targets: %1"),
                           QStringLiteral("targets"), values, [](RowReader& row) {
                               Target t;
                               t.id = row.uuid(0);
                               t.orgId = row.uuid(1);
                               t.meetingId = row.uuid(2);
                               t.planYear = int(row.integer(3));
                               t.title = row.text(4);
                               t.kind = row.code<TargetKind>(5);
                               t.ownerMemberId = row.uuid(6);
                               t.dueMonth = row.month(7);
                               t.planned = row.integer(8);
                               t.actual = row.integer(9);
                               t.unit = row.text(10);
                               t.status = row.code<TargetStatus>(11);
                               t.note = row.text(12);
                               return t;
                           });
}

Result<QList<Assignment>> RecordReader::assignments() const
{
    QList<Assignment> assignments;
    qint64 currentId = -1;
    const Status status = SqlSelect::each(
        m_db, SelectAssignments, tr("Could not load the assignments: %1"), [&](RowReader& row) -> Status {
            if (row.integer(0) != currentId) {
                currentId = row.integer(0);
                Assignment a;
                a.id = row.uuid(1);
                a.memberId = row.uuid(2);
                a.orgId = row.uuid(3);
                a.task = row.text(4);
                a.area = row.text(5);
                a.households = int(row.integer(6));
                a.from = row.date(7);
                a.to = row.date(8);
                assignments.append(std::move(a));
            }
            if (!row.isNull(9))
                assignments.last().followUps.append(FollowUp{row.date(10), row.text(11)});
            if (!row.ok())
                return row.error(u"assignments/" + row.text(1));
            return {};
        });
    if (!status)
        return status.error();
    DatasetOrder::sort(assignments);
    return assignments;
}

Result<QList<Discipline>> RecordReader::disciplines() const
{
    return readAll<Discipline>(m_db, SelectDisciplines, tr("Could not load the disciplines: %1"),
                               QStringLiteral("disciplines"), {}, [](RowReader& row) {
                                   Discipline d;
                                   d.id = row.uuid(0);
                                   d.subject = row.code<DisciplineSubject>(1);
                                   d.memberId = row.uuid(2);
                                   d.orgId = row.uuid(3);
                                   d.form = row.code<DisciplineForm>(4);
                                   d.decisionDate = row.date(5);
                                   d.issuer = row.text(6);
                                   d.decision = row.text(7);
                                   d.violation = row.text(8);
                                   d.selfDiscovered = row.flag(9);
                                   d.remedied = row.flag(10);
                                   return d;
                               });
}

Result<QList<Leave>> RecordReader::leaves() const
{
    return readAll<Leave>(m_db, SelectLeaves, tr("Could not load the leave records: %1"),
                          QStringLiteral("leaves"), {}, [](RowReader& row) {
                              return Leave{row.uuid(0), row.uuid(1), row.code<LeaveKind>(2),
                                           row.date(3), row.date(4), row.text(5)};
                          });
}

Result<QList<DuesRecord>> RecordReader::dues() const
{
    return readAll<DuesRecord>(
        m_db, SelectDues, tr("Could not load the dues: %1"), QStringLiteral("dues"), {}, [](RowReader& row) {
            return DuesRecord{row.uuid(0), row.month(1), row.code<DuesState>(2), row.integer(3)};
        });
}

Result<QList<Violation>> RecordReader::violations() const
{
    return readAll<Violation>(
        m_db, SelectViolations, tr("Could not load the violations: %1"), QStringLiteral("violations"), {},
        [](RowReader& row) {
            return Violation{row.uuid(0), row.uuid(1), row.date(2), row.code<ViolationKind>(3), row.text(4)};
        });
}

Result<QList<Commendation>> RecordReader::commendations() const
{
    return readAll<Commendation>(m_db, SelectCommendations, tr("Could not load the commendations: %1"),
                                 QStringLiteral("commendations"), {}, [](RowReader& row) {
                                     return Commendation{row.uuid(0), row.uuid(1), row.uuid(2), row.date(3),
                                                         row.text(4), row.text(5), row.text(6)};
                                 });
}

} // namespace chibo
