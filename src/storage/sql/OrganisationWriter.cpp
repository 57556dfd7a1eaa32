// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/OrganisationWriter.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

OrganisationWriter::OrganisationWriter(const Database& db, IdResolver& ids)
    : m_db(db)
    , m_ids(ids)
    , m_insert(db,
               QStringLiteral("INSERT INTO organisations (uuid, parent_id, name, kind, cell_type, locality, "
                              "short_name, established_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
    , m_update(db,
               QStringLiteral("UPDATE organisations SET parent_id = ?, name = ?, kind = ?, cell_type = ?, "
                              "locality = ?, short_name = ?, established_on = ? WHERE uuid = ? RETURNING id"))
    , m_deleteTerms(db, QStringLiteral("DELETE FROM org_terms WHERE org_id = ?"))
    , m_insertTerm(db,
                   QStringLiteral("INSERT INTO org_terms (uuid, org_id, position, from_date, to_date, label) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"))
{}

Status OrganisationWriter::insert(const Organisation& org)
{
    Result<QVariantList> row = values(org);
    if (!row)
        return failed(row.error(), org);
    if (!m_insert.exec(QVariantList{SqlValues::uuid(org.id)} + *row))
        return failed(m_insert.error(), org);
    const std::optional<qint64> id = m_insert.returnedId();
    if (!id)
        return failed(m_insert.error(), org);
    m_ids.remember(IdResolver::Kind::Organisation, org.id, *id);
    return writeTerms(*id, org);
}

Status OrganisationWriter::update(const Organisation& org)
{
    Result<QVariantList> row = values(org);
    if (!row)
        return failed(row.error(), org);
    if (!m_update.exec(*row + QVariantList{SqlValues::uuid(org.id)}))
        return failed(m_update.error(), org);
    const std::optional<qint64> id = m_update.returnedId();
    if (!id) {
        return SqlErrors::notFound(
            tr("Could not save organisation %1: %2"), org.name,
            SqlErrors::location(QStringLiteral("organisations"), SqlValues::uuidText(org.id)));
    }
    if (!m_deleteTerms.exec({SqlValues::id(*id)}))
        return failed(m_deleteTerms.error(), org);
    return writeTerms(*id, org);
}

Result<QVariantList> OrganisationWriter::values(const Organisation& org)
{
    const Result<QVariant> parent = m_ids.optional(IdResolver::Kind::Organisation, org.parentId);
    if (!parent)
        return parent.error();
    return QVariantList{*parent,
                        SqlValues::text(org.name),
                        SqlValues::code(org.kind),
                        SqlValues::code(org.cellType),
                        SqlValues::text(org.locality),
                        SqlValues::text(org.shortName),
                        SqlValues::date(org.establishedOn)};
}

Status OrganisationWriter::writeTerms(qint64 orgId, const Organisation& org)
{
    for (qsizetype i = 0; i < org.terms.size(); ++i) {
        const OrgTerm& term = org.terms[i];
        if (!m_insertTerm.exec({SqlValues::uuid(term.id), SqlValues::id(orgId), SqlValues::integer(i),
                                SqlValues::date(term.from), SqlValues::date(term.to),
                                SqlValues::text(term.label)}))
            return failed(m_insertTerm.error(), org);
    }
    return {};
}

Error OrganisationWriter::failed(const QSqlError& error, const Organisation& org) const
{
    return SqlErrors::failed(
        m_db.dialect(), error, tr("Could not save organisation %1: %2"), org.name,
        SqlErrors::location(QStringLiteral("organisations"), SqlValues::uuidText(org.id)));
}

Error OrganisationWriter::failed(const Error& cause, const Organisation& org) const
{
    return SqlErrors::wrap(cause, tr("Could not save organisation %1: %2"), org.name,
                           SqlErrors::location(QStringLiteral("organisations"), SqlValues::uuidText(org.id)));
}

} // namespace chibo
