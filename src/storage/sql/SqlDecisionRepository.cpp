// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlDecisionRepository.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"
#include "storage/sql/UuidScope.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QStringList Levels{u"htxs"_s, u"htt"_s, u"ht"_s, u"kht"_s};

QString location(const ClassificationDecision& decision)
{
    return SqlErrors::location(u"classification_decisions"_s, SqlValues::uuidText(decision.id));
}

QString nameOf(const ClassificationDecision& decision)
{
    return decision.criteriaId + u' ' + SqlValues::uuidText(decision.subjectId) + u' ' +
           QString::number(decision.year);
}

} // namespace

Status SqlDecisionRepository::check(const ClassificationDecision& decision) const
{
    QString reason;
    if (!Levels.contains(decision.decidedLevel))
        reason = tr("the decided level “%1” is not one of htxs, htt, ht and kht.").arg(decision.decidedLevel);
    else if (decision.reason.trimmed().isEmpty())
        reason = tr("the reason for the decision is required.");
    else if (decision.decidedBy.trimmed().isEmpty())
        reason = tr("the name and title of the person who decided are required.");
    else if (decision.id.isNull() || decision.criteriaId.isEmpty() || decision.subjectId.isNull() ||
             decision.year <= 0 || !decision.decidedOn.isValid())
        reason = tr("its id, criteria, subject, year and date are required.");
    if (reason.isEmpty())
        return {};
    return Error{u"storage.invalid"_s,
                 tr("Could not record the decision %1: %2").arg(nameOf(decision), reason),
                 location(decision)};
}

Status SqlDecisionRepository::record(const ClassificationDecision& decision)
{
    if (Status status = check(decision); !status)
        return status;
    return TransactionScope::run(m_db, [&]() -> Status {
        SqlStatement insert(
            m_db,
            u"INSERT INTO classification_decisions (uuid, criteria_id, subject, year, proposed_level, "
            u"decided_level, reason, decided_by, decided_on, recorded_seq) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"COALESCE(MAX(recorded_seq), 0) + 1 FROM classification_decisions"_s);
        const QVariantList values{SqlValues::uuid(decision.id),
                                  SqlValues::text(decision.criteriaId),
                                  SqlValues::uuid(decision.subjectId),
                                  SqlValues::integer(decision.year),
                                  SqlValues::text(decision.proposedLevel),
                                  SqlValues::text(decision.decidedLevel),
                                  SqlValues::text(decision.reason),
                                  SqlValues::text(decision.decidedBy),
                                  SqlValues::date(decision.decidedOn)};
        if (!insert.exec(values))
            return SqlErrors::failed(m_db.dialect(), insert.error(),
                                     tr("Could not record the decision %1: %2"), nameOf(decision),
                                     location(decision));
        return {};
    });
}

Result<QList<ClassificationDecision>> SqlDecisionRepository::current(int year,
                                                                     const QList<QUuid>& subjectIds) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<ClassificationDecision>> {
        QString where = u"d.year = ? AND d.recorded_seq = (SELECT MAX(l.recorded_seq) FROM "
                        u"classification_decisions l WHERE l.subject = d.subject AND l.year = d.year AND "
                        u"l.criteria_id = d.criteria_id)"_s;
        if (!subjectIds.isEmpty()) {
            if (Status status = UuidScope(m_db).set(subjectIds); !status)
                return status.error();
            where += u" AND d.subject IN (SELECT uuid FROM chibo_scope_uuids)"_s;
        }
        return select(where + u" ORDER BY d.criteria_id, d.subject"_s, {SqlValues::integer(year)});
    });
}

Result<QList<ClassificationDecision>> SqlDecisionRepository::history(const QUuid& subjectId) const
{
    return select(u"d.subject = ? ORDER BY d.recorded_seq"_s, {SqlValues::uuid(subjectId)});
}

Result<QList<ClassificationDecision>> SqlDecisionRepository::select(const QString& where,
                                                                    const QVariantList& values) const
{
    const QString sql =
        u"SELECT d.uuid, d.criteria_id, d.subject, d.year, d.proposed_level, d.decided_level, "
        u"d.reason, d.decided_by, d.decided_on FROM classification_decisions d WHERE "_s +
        where;
    QList<ClassificationDecision> found;
    const auto read = [&](RowReader& row) -> Status {
        ClassificationDecision d{row.uuid(0), row.text(1), row.uuid(2), int(row.integer(3)), row.text(4),
                                 row.text(5), row.text(6), row.text(7), row.date(8)};
        if (!row.ok())
            return row.error(location(d));
        found.append(std::move(d));
        return {};
    };
    if (Status status = SqlSelect::each(m_db, sql, tr("Could not load the decisions: %1"), read, values);
        !status)
        return status.error();
    return found;
}

} // namespace chibo
