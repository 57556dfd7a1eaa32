// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberImportChecks.h"

#include "services/MemberRowReader.h"

#include <QHash>

namespace chibo {

namespace {

/// The two identifiers a member is known by outside ChiBo, each unique to one person.
struct Identifier {
    MemberField field;
    QString Member::*value;
};

const Identifier identifiers[] = {{MemberField::CitizenId, &Member::citizenId},
                                  {MemberField::PartyCardNumber, &Member::partyCardNumber}};

QString placeOf(const MemberRowReader& reader, const MemberImportRow& row, MemberField field)
{
    const int column = reader.columnOf(field);
    return column < 0 ? MemberImportChecks::tr("row %1").arg(row.row) : reader.place(row.row, column);
}

} // namespace

QString MemberImportChecks::identifierKey(const QString& identifier)
{
    QString key = identifier;
    key.remove(u' ');
    return key.toCaseFolded();
}

void MemberImportChecks::markDuplicatesInFile(MemberImportPreview& preview)
{
    const MemberRowReader reader(preview.headers, preview.mapping, {});
    for (const Identifier& identifier : identifiers) {
        QHash<QString, int> firstRow;
        for (MemberImportRow& row : preview.rows) {
            const QString value = row.member.*identifier.value;
            const QString key = identifierKey(value);
            if (key.isEmpty())
                continue;
            if (const auto earlier = firstRow.constFind(key); earlier != firstRow.cend())
                row.problems.append(placeOf(reader, row, identifier.field) + QStringLiteral(": ") +
                                    tr("“%1” is also on row %2").arg(value).arg(*earlier));
            else
                firstRow.insert(key, row.row);
        }
    }
}

QStringList MemberImportChecks::duplicatesOf(const MemberImportPreview& preview, const QList<Member>& stored)
{
    const MemberRowReader reader(preview.headers, preview.mapping, {});
    QStringList problems;
    for (const Identifier& identifier : identifiers) {
        QHash<QString, const Member*> owners;
        for (const Member& member : stored) {
            const QString key = identifierKey(member.*identifier.value);
            if (!key.isEmpty())
                owners.insert(key, &member);
        }
        for (const MemberImportRow& row : preview.rows) {
            const QString value = row.member.*identifier.value;
            const Member* owner = owners.value(identifierKey(value));
            if (!value.isEmpty() && owner)
                problems.append(placeOf(reader, row, identifier.field) + QStringLiteral(": ") +
                                tr("“%1” already belongs to %2 in the database").arg(value, owner->fullName));
        }
    }
    return problems;
}

} // namespace chibo
