// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlResultRepository.h"

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

const QStringList SubjectKinds{u"meeting"_s, u"member_year"_s, u"organisation_month"_s,
                               u"organisation_year"_s};

QString nameOf(const StoredResult& result)
{
    return result.criteriaId + u' ' + SqlValues::uuidText(result.subjectId) + u' ' + result.period;
}

QString location(const StoredResult& result)
{
    return u"score_results/" + result.criteriaId + u'/' + SqlValues::uuidText(result.subjectId) + u'/' +
           result.period;
}

} // namespace

Status SqlResultRepository::replaceResults(const QString& criteriaId, const QStringList& periods,
                                           const QList<QUuid>& orgIds, const QList<StoredResult>& results)
{
    qsizetype index = 0;
    return replaceResultsFrom(criteriaId, periods, orgIds, [&]() -> std::optional<StoredResult> {
        if (index == results.size())
            return std::nullopt;
        return results.at(index++);
    });
}

Status SqlResultRepository::replaceResultsFrom(const QString& criteriaId, const QStringList& periods,
                                               const QList<QUuid>& orgIds, const ResultSource& next)
{
    return TransactionScope::run(m_db, [&] { return replace(criteriaId, periods, orgIds, next); });
}

Status SqlResultRepository::check(const QString& criteriaId, const StoredResult& result) const
{
    QString reason;
    if (result.criteriaId != criteriaId)
        reason = tr("it belongs to the criteria “%1”, not to “%2” being replaced.")
                     .arg(result.criteriaId, criteriaId);
    else if (!SubjectKinds.contains(result.subjectKind))
        reason = tr("its subject kind “%1” is unknown.").arg(result.subjectKind);
    else if (result.subjectId.isNull() || result.orgId.isNull() || !result.computedAt.isValid())
        reason = tr("its subject, organisation and time of computation are required.");
    if (reason.isEmpty())
        return {};
    return Error{u"storage.invalid"_s, tr("Could not save the result %1: %2").arg(nameOf(result), reason),
                 location(result)};
}

Status SqlResultRepository::replace(const QString& criteriaId, const QStringList& periods,
                                    const QList<QUuid>& orgIds, const ResultSource& next)
{
    // A result that fails its check stops the replacement; the caller's savepoint undoes what was written.
    if (Status status = UuidScope(m_db).set(orgIds); !status)
        return status;
    SqlStatement remove(m_db, u"DELETE FROM score_results WHERE criteria_id = ? AND period = ? "
                              u"AND org IN (SELECT uuid FROM chibo_scope_uuids)"_s);
    for (const QString& period : periods) {
        if (!remove.exec({SqlValues::text(criteriaId), SqlValues::text(period)}))
            return SqlErrors::failed(m_db.dialect(), remove.error(),
                                     tr("Could not replace the results of %1: %2"), criteriaId);
    }
    SqlStatement insert(m_db,
                        u"INSERT INTO score_results (criteria_id, criteria_version, content_hash, "
                        u"subject_kind, subject, org, period, level, total, needs_decision, result_json, "
                        u"computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        SqlStatement::Binding::Native); // a province stores 100,000 cards of about 10 KB
    while (const std::optional<StoredResult> row = next()) {
        const StoredResult& r = *row;
        if (Status status = check(criteriaId, r); !status)
            return status;
        const QVariantList values{SqlValues::text(r.criteriaId),  SqlValues::text(r.criteriaVersion),
                                  SqlValues::text(r.contentHash), SqlValues::text(r.subjectKind),
                                  SqlValues::uuid(r.subjectId),   SqlValues::uuid(r.orgId),
                                  SqlValues::text(r.period),      SqlValues::text(r.level),
                                  SqlValues::text(r.total),       SqlValues::flag(r.needsDecision),
                                  SqlValues::text(r.resultJson),  SqlValues::dateTime(r.computedAt)};
        if (!insert.exec(values))
            return SqlErrors::failed(m_db.dialect(), insert.error(), tr("Could not save the result %1: %2"),
                                     nameOf(r), location(r));
    }
    return {};
}

Result<QList<StoredResult>> SqlResultRepository::results(const QString& criteriaId, const QString& period,
                                                         const QList<QUuid>& orgIds) const
{
    return query(criteriaId, period, orgIds, {});
}

Result<std::optional<StoredResult>>
SqlResultRepository::resultFor(const QString& criteriaId, const QUuid& subjectId, const QString& period) const
{
    auto found = query(criteriaId, period, {}, subjectId);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional<StoredResult>(found->constFirst());
}

Result<QList<StoredResult>> SqlResultRepository::query(const QString& criteriaId, const QString& period,
                                                       const QList<QUuid>& orgIds,
                                                       const QUuid& subjectId) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<StoredResult>> {
        // The filters change the statement's shape, never its values: those are bound.
        QString sql =
            u"SELECT criteria_id, criteria_version, content_hash, subject_kind, subject, org, period, "
            u"level, total, needs_decision, result_json, computed_at FROM score_results "
            u"WHERE criteria_id = ?"_s;
        QVariantList values{SqlValues::text(criteriaId)};
        if (!period.isEmpty()) {
            sql += u" AND period = ?"_s;
            values.append(SqlValues::text(period));
        }
        if (!subjectId.isNull()) {
            sql += u" AND subject = ?"_s;
            values.append(SqlValues::uuid(subjectId));
        }
        if (!orgIds.isEmpty()) {
            if (Status status = UuidScope(m_db).set(orgIds); !status)
                return status.error();
            sql += u" AND org IN (SELECT uuid FROM chibo_scope_uuids)"_s;
        }
        sql += u" ORDER BY subject_kind, period, subject"_s;
        QList<StoredResult> found;
        const auto read = [&](RowReader& row) -> Status {
            StoredResult r{row.text(0), row.text(1), row.text(2),  row.text(3),
                           row.uuid(4), row.uuid(5), row.text(6),  row.text(7),
                           row.text(8), row.flag(9), row.text(10), row.dateTime(11)};
            if (!row.ok())
                return row.error(location(r));
            found.append(std::move(r));
            return {};
        };
        if (Status status = SqlSelect::each(m_db, sql, tr("Could not load the results: %1"), read, values);
            !status)
            return status.error();
        return found;
    });
}

} // namespace chibo
