// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditSheet.h"

#include "sheets/CsvWriter.h"
#include "sheets/XlsxWriter.h"

#include <array>
#include <utility>

namespace chibo {

namespace {

template <std::size_t N>
QString lookup(const std::array<std::pair<const char16_t*, QString>, N>& labels, const QString& code)
{
    for (const auto& [key, label] : labels) {
        if (code == QStringView(key))
            return label;
    }
    return code;
}

/// A spreadsheet cell holds at most 32,767 characters; a longer record (a criteria file) is cut, said so.
SheetValue recordText(const QByteArray& json)
{
    constexpr qsizetype CellLimit = 32000;
    QString text = QString::fromUtf8(json);
    if (text.size() > CellLimit)
        text = text.left(CellLimit) + AuditSheet::tr(" … (cut: %1 characters in all)").arg(text.size());
    return SheetValue::ofText(text);
}

} // namespace

QString AuditSheet::actionLabel(const QString& action)
{
    const std::array<std::pair<const char16_t*, QString>, 12> labels{{
        {u"create", tr("Created")},
        {u"update", tr("Changed")},
        {u"delete", tr("Removed")},
        {u"restore", tr("Restored from the recycle bin")},
        {u"lock", tr("Locked the year")},
        {u"unlock", tr("Reopened the year")},
        {u"decision", tr("Decided")},
        {u"classify", tr("Stored proposals")},
        {u"import", tr("Imported")},
        {u"number", tr("Numbered a document")},
        {u"password", tr("Changed the password")},
        {u"restore-backup", tr("Restored from a backup")},
    }};
    return lookup(labels, action);
}

QString AuditSheet::kindLabel(const QString& kind)
{
    const std::array<std::pair<const char16_t*, QString>, 17> labels{{
        {u"member", tr("Member")},
        {u"meeting", tr("Meeting")},
        {u"target", tr("Target")},
        {u"assignment", tr("Assignment")},
        {u"discipline", tr("Discipline")},
        {u"leave", tr("Leave")},
        {u"dues", tr("Dues")},
        {u"rating", tr("Rating")},
        {u"year", tr("Year")},
        {u"classification", tr("Classification")},
        {u"dataset", tr("Dataset")},
        {u"members", tr("Member list")},
        {u"criteria", tr("Criteria file")},
        {u"document", tr("Document")},
        {u"organisation", tr("Organisation")},
        {u"account", tr("Account")},
        {u"database", tr("Database")},
    }};
    return lookup(labels, kind);
}

QString AuditSheet::timeText(const AuditEntry& entry)
{
    return entry.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss");
}

QStringList AuditSheet::header()
{
    return {tr("No."),          tr("Time"),    tr("Account"), tr("Action"), tr("Kind"), tr("Record"),
            tr("Organisation"), tr("Summary"), tr("Before"),  tr("After"),  tr("Hash")};
}

SheetTable AuditSheet::table(const QList<AuditEntry>& entries)
{
    SheetTable table{tr("Audit trail"), header(), {}, {}};
    table.rows.reserve(entries.size());
    const auto uuidText = [](const QUuid& id) {
        return SheetValue::ofText(id.isNull() ? QString() : id.toString(QUuid::WithoutBraces));
    };
    for (const AuditEntry& entry : entries) {
        table.rows.append({SheetValue::ofInteger(entry.sequence), SheetValue::ofText(timeText(entry)),
                           SheetValue::ofText(entry.userName), SheetValue::ofText(actionLabel(entry.action)),
                           SheetValue::ofText(kindLabel(entry.subjectKind)), uuidText(entry.subjectId),
                           uuidText(entry.orgId), SheetValue::ofText(entry.summary), recordText(entry.before),
                           recordText(entry.after), SheetValue::ofText(QString::fromLatin1(entry.hash))});
    }
    return table;
}

Status AuditSheet::write(const QString& path, const QList<AuditEntry>& entries)
{
    const SheetTable sheet = table(entries);
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return XlsxWriter::write(path, {sheet});
    return CsvWriter::write(path, sheet);
}

} // namespace chibo
