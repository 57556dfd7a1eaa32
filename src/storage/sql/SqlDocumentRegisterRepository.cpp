// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlDocumentRegisterRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const IssuedDocument& entry)
{
    return QString::number(entry.number) + u'-' + entry.typeCode + u' ' + SqlValues::uuidText(entry.orgId);
}

QString location(const IssuedDocument& entry)
{
    return SqlErrors::location(u"issued_documents"_s, SqlValues::uuidText(entry.id));
}

bool isComplete(const IssuedDocument& entry)
{
    return !entry.id.isNull() && !entry.orgId.isNull() && !entry.typeCode.trimmed().isEmpty() &&
           entry.termFrom.isValid() && entry.number >= 1 && entry.issuedOn.isValid() &&
           entry.recordedAt.isValid() && !entry.recordedBy.trimmed().isEmpty();
}

} // namespace

Status SqlDocumentRegisterRepository::record(const IssuedDocument& entry)
{
    const QString format = tr("Could not record the document %1: %2");
    if (!isComplete(entry))
        return Error{u"storage.invalid"_s,
                     format.arg(nameOf(entry), tr("its id, organisation, type, term, number, date, time of "
                                                  "recording and the person who records it are required.")),
                     location(entry)};
    return TransactionScope::run(m_db, [&]() -> Status {
        IdResolver ids(m_db);
        const Result<qint64> org = ids.require(IdResolver::Kind::Organisation, entry.orgId);
        if (!org)
            return SqlErrors::wrap(org.error(), format, nameOf(entry), location(entry));
        SqlStatement insert(m_db,
                            u"INSERT INTO issued_documents (uuid, org_id, type_code, term_from, number, "
                            u"subject, title, issued_on, recorded_at, recorded_by) "
                            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QVariantList values{SqlValues::uuid(entry.id),
                                  SqlValues::id(*org),
                                  SqlValues::text(entry.typeCode),
                                  SqlValues::date(entry.termFrom),
                                  SqlValues::integer(entry.number),
                                  SqlValues::text(entry.subject),
                                  SqlValues::text(entry.title),
                                  SqlValues::date(entry.issuedOn),
                                  SqlValues::dateTime(entry.recordedAt),
                                  SqlValues::text(entry.recordedBy)};
        if (!insert.exec(values))
            return SqlErrors::failed(m_db.dialect(), insert.error(), format, nameOf(entry), location(entry));
        return {};
    });
}

Result<QList<IssuedDocument>> SqlDocumentRegisterRepository::ofOrganisation(const QUuid& orgId) const
{
    const QString sql = u"SELECT d.uuid, o.uuid, d.type_code, d.term_from, d.number, d.subject, d.title, "
                        u"d.issued_on, d.recorded_at, d.recorded_by FROM issued_documents d "
                        u"JOIN organisations o ON o.id = d.org_id WHERE o.uuid = ? "
                        u"ORDER BY d.term_from, d.type_code, d.number"_s;
    QList<IssuedDocument> found;
    const auto read = [&](RowReader& row) -> Status {
        IssuedDocument entry{row.uuid(0), row.uuid(1), row.text(2), row.date(3),     int(row.integer(4)),
                             row.text(5), row.text(6), row.date(7), row.dateTime(8), row.text(9)};
        if (!row.ok())
            return row.error(location(entry));
        found.append(std::move(entry));
        return {};
    };
    if (Status status = SqlSelect::each(m_db, sql, tr("Could not read the register of documents: %1"), read,
                                        {SqlValues::uuid(orgId)});
        !status)
        return status.error();
    return found;
}

} // namespace chibo
