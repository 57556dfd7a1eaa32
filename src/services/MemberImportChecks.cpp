// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberImportChecks.h"

#include "core/Labels.h"
#include "core/VietnameseText.h"
#include "services/MemberRowReader.h"
#include "services/MemberSheet.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

/// The two identifiers a member is known by outside ChiBo, each unique to one person.
struct Identifier {
    MemberField field;
    QString Member::*value;
};

const Identifier identifiers[] = {{MemberField::CitizenId, &Member::citizenId},
                                  {MemberField::PartyCardNumber, &Member::partyCardNumber}};

/// The key a person is recognised by without an identifier: the folded full name and the date of birth;
/// empty when either is missing (two rows without a birth date may well be two people).
QString personKey(const Member& member)
{
    const QString name = VietnameseText::fold(member.fullName.simplified());
    if (name.isEmpty() || !member.birthDate.isValid())
        return {};
    return name + u'|' + member.birthDate.toString(Qt::ISODate);
}

QString bornOn(const Member& member)
{
    return MemberImportChecks::tr("%1, born %2,")
        .arg(member.fullName.simplified(), member.birthDate.toString(u"dd/MM/yyyy"));
}

QString placeOf(const MemberRowReader& reader, const MemberImportRow& row, MemberField field)
{
    const int column = reader.columnOf(field);
    return column < 0 ? MemberImportChecks::tr("row %1").arg(row.row) : reader.place(row.row, column);
}

/// Whether `text` is one of `names`, compared as headers are (MemberFields::headerKey).
bool isOneOf(const QString& text, const QStringList& names)
{
    const QString key = MemberFields::headerKey(text);
    return std::any_of(names.begin(), names.end(),
                       [&key](const QString& name) { return MemberFields::headerKey(name) == key; });
}

/// The column that gives the members' status, -1 when none: a column not read as a field whose header
/// is MemberSheet's or one of the usual ones. (Matching data, not text shown to people.)
int statusColumnOf(const MemberImportPreview& preview)
{
    const QStringList headers =
        VietnameseText::list({"Status", "Tình trạng", "Trạng thái", "Tình trạng đảng viên"})
        << MemberSheet::header().constLast();
    for (qsizetype column = 0; column < preview.headers.size(); ++column) {
        if (!preview.mapping.value(column) && isOneOf(preview.headers[column], headers))
            return int(column);
    }
    return -1;
}

/// The statuses the member columns re-create, probationary or full member, in the current language,
/// English or Vietnamese, by their keys (MemberFields::headerKey).
QSet<QString> ordinaryStatusKeys()
{
    const QStringList ordinary =
        VietnameseText::list({"Full member", "Probationary member", "Đảng viên chính thức", "Đảng viên dự bị",
                              "Chính thức", "Dự bị"})
        << Labels::of(MemberState{Standing::Full, {}, false, false, false})
        << Labels::of(MemberState{Standing::Probationary, {}, false, false, false});
    QSet<QString> keys;
    for (const QString& status : ordinary)
        keys.insert(MemberFields::headerKey(status));
    return keys;
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
    QHash<QString, int> firstRowOfPerson;
    for (MemberImportRow& row : preview.rows) {
        const QString key = personKey(row.member);
        if (key.isEmpty())
            continue;
        if (const auto earlier = firstRowOfPerson.constFind(key); earlier != firstRowOfPerson.cend())
            row.problems.append(placeOf(reader, row, MemberField::FullName) + QStringLiteral(": ") +
                                tr("%1 is also on row %2").arg(bornOn(row.member)).arg(*earlier));
        else
            firstRowOfPerson.insert(key, row.row);
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
    QSet<QString> storedPeople;
    for (const Member& member : stored)
        storedPeople.insert(personKey(member));
    storedPeople.remove(QString());
    for (const MemberImportRow& row : preview.rows) {
        if (storedPeople.contains(personKey(row.member)))
            problems.append(placeOf(reader, row, MemberField::FullName) + QStringLiteral(": ") +
                            tr("%1 is already in the database").arg(bornOn(row.member)));
    }
    return problems;
}

void MemberImportChecks::warnAboutStatuses(const SheetGrid& grid, MemberImportPreview& preview)
{
    const int column = statusColumnOf(preview);
    if (column < 0)
        return;
    QSet<int> withHistory;
    for (const StatusHistoryRow& event : std::as_const(preview.history))
        withHistory.insert(event.memberRow);
    const MemberRowReader reader(preview.headers, preview.mapping, {});
    const QSet<QString> ordinaryKeys = ordinaryStatusKeys();
    QHash<QString, bool> ordinaryByText; // a file has a handful of statuses, each key folded once
    for (MemberImportRow& row : preview.rows) {
        const QString status = MemberRowReader::display(grid.cell(row.row - 1, column));
        if (status.isEmpty() || withHistory.contains(row.row))
            continue;
        auto ordinary = ordinaryByText.constFind(status);
        if (ordinary == ordinaryByText.cend())
            ordinary = ordinaryByText.insert(status, ordinaryKeys.contains(MemberFields::headerKey(status)));
        if (*ordinary)
            continue;
        row.warnings.append(reader.place(row.row, column) + QStringLiteral(": ") +
                            tr("the status “%1” cannot be re-created without its date; import the workbook "
                               "with its status history, or record it after import")
                                .arg(status));
    }
}

} // namespace chibo
