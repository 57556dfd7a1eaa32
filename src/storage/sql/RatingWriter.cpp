// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RatingWriter.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QString InsertSql = u"INSERT INTO ratings (criteria_id, indicator_id, subject, period, value, note, "
                          u"entered_by, entered_on, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QString location(const Rating& rating)
{
    return SqlErrors::location(u"ratings"_s, SqlValues::uuidText(rating.id));
}

QString nameOf(const Rating& rating)
{
    return rating.criteriaId + u'/' + rating.indicatorId;
}

} // namespace

RatingWriter::RatingWriter(const Database& db, IdResolver& ids)
    : m_db(db)
    , m_ids(ids)
    , m_insert(db, InsertSql)
    , m_upsert(db, InsertSql + u" ON CONFLICT (criteria_id, indicator_id, subject, period) DO UPDATE SET "
                               u"value = excluded.value, note = excluded.note, "
                               u"entered_by = excluded.entered_by, entered_on = excluded.entered_on"_s)
    , m_findSubject(db, u"SELECT 'meeting' FROM meetings WHERE uuid = ? UNION ALL "
                        u"SELECT 'member' FROM members WHERE uuid = ? UNION ALL "
                        u"SELECT 'organisation' FROM organisations WHERE uuid = ?"_s)
{}

Status RatingWriter::insert(const Rating& rating)
{
    return write(m_insert, rating);
}

Status RatingWriter::upsert(const Rating& rating)
{
    return write(m_upsert, rating);
}

Status RatingWriter::write(SqlStatement& statement, const Rating& rating)
{
    if (Status status = check(rating); !status)
        return status;
    const QVariantList values{SqlValues::text(rating.criteriaId), SqlValues::text(rating.indicatorId),
                              SqlValues::uuid(rating.subjectId),  SqlValues::text(rating.period),
                              SqlValues::text(rating.value),      SqlValues::text(rating.note),
                              SqlValues::text(rating.enteredBy),  SqlValues::date(rating.enteredOn),
                              SqlValues::uuid(rating.id)};
    if (!statement.exec(values))
        return SqlErrors::failed(m_db.dialect(), statement.error(), tr("Could not save the rating %1: %2"),
                                 nameOf(rating), location(rating));
    return {};
}

Error RatingWriter::invalid(const Rating& rating, const QString& reason) const
{
    return Error{u"storage.invalid"_s, tr("Could not save the rating %1: %2").arg(nameOf(rating), reason),
                 location(rating)};
}

Status RatingWriter::check(const Rating& rating)
{
    if (rating.id.isNull() || rating.criteriaId.isEmpty() || rating.indicatorId.isEmpty() ||
        rating.value.isEmpty() || rating.enteredBy.trimmed().isEmpty())
        return invalid(rating, tr("its id, criteria, indicator, value and author are required."));
    const Result<std::optional<SubjectKind>> kind = subjectKind(rating.subjectId);
    if (!kind)
        return kind.error();
    if (!*kind)
        return Error{u"storage.missing-reference"_s,
                     tr("Could not save the rating %1: its subject %2 is no member, organisation or meeting "
                        "in the database.")
                         .arg(nameOf(rating), SqlValues::uuidText(rating.subjectId)),
                     location(rating)};
    if (**kind == SubjectKind::Meeting && !rating.period.isEmpty())
        return invalid(rating, tr("a meeting is its own period, so the period must be empty."));
    if (**kind == SubjectKind::Other && rating.period.isEmpty())
        return invalid(rating, tr("a member or an organisation is rated for a year or a month, so the "
                                  "period is required."));
    return {};
}

Result<std::optional<RatingWriter::SubjectKind>> RatingWriter::subjectKind(const QUuid& subject)
{
    using Kind = IdResolver::Kind;
    if (subject.isNull())
        return std::optional<SubjectKind>();
    // A bulk insert has just written the subjects: no query for them.
    if (m_ids.isKnown(Kind::Meeting, subject))
        return std::optional<SubjectKind>(SubjectKind::Meeting);
    if (m_ids.isKnown(Kind::Member, subject) || m_ids.isKnown(Kind::Organisation, subject))
        return std::optional<SubjectKind>(SubjectKind::Other);
    const QVariant id = SqlValues::uuid(subject);
    if (!m_findSubject.exec({id, id, id}))
        return SqlErrors::failed(m_db.dialect(), m_findSubject.error(),
                                 tr("Could not look up the record %1: %2"), SqlValues::uuidText(subject));
    std::optional<SubjectKind> kind;
    if (m_findSubject.next())
        kind = m_findSubject.value(0).toString() == u"meeting" ? SubjectKind::Meeting : SubjectKind::Other;
    m_findSubject.finish();
    return kind;
}

} // namespace chibo
