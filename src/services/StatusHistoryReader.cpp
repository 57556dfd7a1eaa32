// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/StatusHistoryReader.h"

#include "core/Labels.h"
#include "services/MemberImportChecks.h"
#include "services/MemberRowReader.h"

#include <algorithm>

namespace chibo {

namespace {

/// What tells two members with neither card nor citizen ID apart: the full name (spacing and case
/// ignored, diacritics not: "Ân" is not "An") and the birth date.
QString nameKey(const QString& fullName, QDate birthDate)
{
    return fullName.simplified().toCaseFolded() + u'|' + birthDate.toString(Qt::ISODate);
}

QString dayText(QDate day)
{
    return day.toString(u"dd/MM/yyyy");
}

bool isHeader(const QList<std::optional<StatusHistoryColumn>>& mapping)
{
    return mapping.contains(StatusHistoryColumn::Date) && mapping.contains(StatusHistoryColumn::Event) &&
           (mapping.contains(StatusHistoryColumn::FullName) ||
            mapping.contains(StatusHistoryColumn::CitizenId) ||
            mapping.contains(StatusHistoryColumn::PartyCardNumber));
}

/// The labels of the events the sheet carries, for a message.
QString carriedLabels()
{
    QStringList labels;
    for (int kind = int(StatusEventKind::Admitted); kind <= int(StatusEventKind::Deceased); ++kind)
        labels.append(u'“' + Labels::of(StatusEventKind(kind)) + u'”');
    return labels.join(QStringLiteral(", "));
}

} // namespace

StatusHistoryReader::StatusHistoryReader(const SheetGrid& grid, int headerRow, QDate day,
                                         MemberImportPreview& preview)
    : m_sheetName(grid.sheetName)
    , m_mapping(mappingOf(grid.rows.value(headerRow - 1)))
    , m_day(day)
    , m_preview(preview)
{
    for (const SheetValue& cell : grid.rows.value(headerRow - 1))
        m_headers.append(MemberRowReader::display(cell));
    for (qsizetype index = 0; index < preview.rows.size(); ++index) {
        const Member& member = preview.rows[index].member;
        const QString card = MemberImportChecks::identifierKey(member.partyCardNumber);
        const QString citizenId = MemberImportChecks::identifierKey(member.citizenId);
        if (!card.isEmpty() && !m_byCard.contains(card))
            m_byCard.insert(card, int(index));
        if (!citizenId.isEmpty() && !m_byCitizenId.contains(citizenId))
            m_byCitizenId.insert(citizenId, int(index));
        m_byNameAndDay.insert(nameKey(member.fullName, member.birthDate), int(index));
    }
}

StatusHistoryReader::Mapping StatusHistoryReader::mappingOf(const QList<SheetValue>& cells)
{
    Mapping mapping;
    for (const SheetValue& cell : cells) {
        const auto column = StatusHistorySheet::match(MemberRowReader::display(cell));
        mapping.append(column && !mapping.contains(column) ? column : std::nullopt);
    }
    return mapping;
}

int StatusHistoryReader::headerRowOf(const SheetGrid& grid)
{
    for (qsizetype index = 0; index < grid.rows.size(); ++index) {
        if (isHeader(mappingOf(grid.rows[index])))
            return int(index) + 1;
    }
    return 0;
}

void StatusHistoryReader::read(const SheetGrid& grid, QDate day, MemberImportPreview& preview)
{
    const int headerRow = headerRowOf(grid);
    if (headerRow == 0)
        return;
    preview.historySheet = grid.sheetName;
    StatusHistoryReader reader(grid, headerRow, day, preview);
    for (qsizetype index = headerRow; index < grid.rows.size(); ++index) {
        const QList<SheetValue>& cells = grid.rows[index];
        bool hasValue = false;
        for (qsizetype column = 0; column < reader.m_mapping.size() && !hasValue; ++column)
            hasValue = reader.m_mapping[column] && !MemberRowReader::display(cells.value(column)).isEmpty();
        if (hasValue)
            reader.readRow(int(index) + 1, cells);
    }
}

void StatusHistoryReader::readRow(int rowNumber, const QList<SheetValue>& cells)
{
    QStringList problems;
    const int member = memberOf(rowNumber, cells, problems);
    StatusHistoryRow row{rowNumber, 0, {}};
    readDate(rowNumber, cells, member < 0 ? nullptr : &m_preview.rows[member].member, row.event, problems);
    const bool known = readKind(rowNumber, cells, row.event, problems);
    if (known && member >= 0)
        checkMembersTableDate(rowNumber, m_preview.rows[member].member, row.event, problems);
    row.event.decision = textAt(cells, StatusHistoryColumn::Decision);
    row.event.note = textAt(cells, StatusHistoryColumn::Note);
    if (member < 0) {
        m_preview.problems += problems;
    } else {
        row.memberRow = m_preview.rows[member].row;
        m_preview.rows[member].problems += problems;
    }
    m_preview.history.append(row);
}

int StatusHistoryReader::memberOf(int rowNumber, const QList<SheetValue>& cells, QStringList& problems) const
{
    const struct {
        StatusHistoryColumn column;
        const QHash<QString, int>& members;
    } identifiers[] = {{StatusHistoryColumn::PartyCardNumber, m_byCard},
                       {StatusHistoryColumn::CitizenId, m_byCitizenId}};
    for (const auto& identifier : identifiers) {
        const QString value = textAt(cells, identifier.column);
        if (value.isEmpty())
            continue;
        const int found = identifier.members.value(MemberImportChecks::identifierKey(value), -1);
        if (found < 0) {
            problems.append(place(rowNumber, identifier.column) +
                            tr("no member on the members sheet has “%1”").arg(value));
            return -1;
        }
        const MemberImportRow& member = m_preview.rows[found];
        const QString name = textAt(cells, StatusHistoryColumn::FullName);
        if (!name.isEmpty() && nameKey(name, {}) != nameKey(member.member.fullName, {}))
            problems.append(place(rowNumber, StatusHistoryColumn::FullName) +
                            tr("“%1” belongs to %2 (row %3 of the members sheet), not to “%4”")
                                .arg(value, member.member.fullName, QString::number(member.row), name));
        return found;
    }
    return memberByName(rowNumber, cells, problems);
}

int StatusHistoryReader::memberByName(int rowNumber, const QList<SheetValue>& cells,
                                      QStringList& problems) const
{
    const QString name = textAt(cells, StatusHistoryColumn::FullName).simplified();
    if (name.isEmpty()) {
        problems.append(place(rowNumber, StatusHistoryColumn::FullName) +
                        tr("no member is named: write the party card number, the citizen ID, or the full "
                           "name and the date of birth"));
        return -1;
    }
    const int birthColumn = int(m_mapping.indexOf(StatusHistoryColumn::BirthDate));
    const SheetValue birthCell = birthColumn < 0 ? SheetValue() : cells.value(birthColumn);
    const auto birth = MemberRowReader::dateOf(birthCell);
    if (!birth && !birthCell.isEmpty()) {
        problems.append(place(rowNumber, StatusHistoryColumn::BirthDate) +
                        tr("“%1” is not a date (dd/mm/yyyy)").arg(MemberRowReader::display(birthCell)));
        return -1;
    }
    const QList<int> found = m_byNameAndDay.values(nameKey(name, birth.value_or(QDate())));
    const QString born = birth ? tr("born %1").arg(dayText(*birth)) : tr("without a date of birth");
    if (found.size() == 1)
        return found.constFirst();
    problems.append(place(rowNumber, StatusHistoryColumn::FullName) +
                    (found.isEmpty()
                         ? tr("no member on the members sheet is “%1”, %2").arg(name, born)
                         : tr("%1 members on the members sheet are “%2”, %3; write the party card number "
                              "or the citizen ID")
                               .arg(QString::number(found.size()), name, born)));
    return -1;
}

void StatusHistoryReader::readDate(int rowNumber, const QList<SheetValue>& cells, const Member* member,
                                   StatusEvent& event, QStringList& problems) const
{
    const int column = int(m_mapping.indexOf(StatusHistoryColumn::Date));
    const SheetValue cell = cells.value(column);
    const QString at = place(rowNumber, StatusHistoryColumn::Date);
    const auto date = MemberRowReader::dateOf(cell);
    if (!date) {
        problems.append(at +
                        (cell.isEmpty()
                             ? tr("the date is empty")
                             : tr("“%1” is not a date (dd/mm/yyyy)").arg(MemberRowReader::display(cell))));
        return;
    }
    event.date = *date;
    if (*date > m_day)
        problems.append(at + tr("%1 is in the future (after %2)").arg(dayText(*date), dayText(m_day)));
    const QDate admitted = member ? MemberImport::admittedOn(*member, m_day) : QDate();
    if (admitted.isValid() && *date < admitted)
        problems.append(at + tr("the event (%1) is before the member's admission (%2)")
                                 .arg(dayText(*date), dayText(admitted)));
}

bool StatusHistoryReader::readKind(int rowNumber, const QList<SheetValue>& cells, StatusEvent& event,
                                   QStringList& problems) const
{
    const QString text = textAt(cells, StatusHistoryColumn::Event);
    const QString at = place(rowNumber, StatusHistoryColumn::Event);
    const auto kind = StatusHistorySheet::eventOf(text);
    if (text.isEmpty())
        problems.append(at + tr("the event is empty: write one of %1").arg(carriedLabels()));
    else if (!kind)
        problems.append(at + tr("“%1” is not a status event: write one of %2").arg(text, carriedLabels()));
    if (kind)
        event.kind = *kind;
    return kind.has_value();
}

void StatusHistoryReader::checkMembersTableDate(int rowNumber, const Member& member, const StatusEvent& event,
                                                QStringList& problems) const
{
    if (!StatusHistorySheet::datedByMembersTable(event.kind) || !event.date.isValid())
        return;
    const bool admission = event.kind == StatusEventKind::Admitted;
    const QDate expected = admission ? MemberImport::admittedOn(member, m_day) : member.officialDate;
    if (!expected.isValid())
        problems.append(place(rowNumber, StatusHistoryColumn::Event) +
                        tr("the members sheet gives no official date, so there is no recognition to go with "
                           "this row"));
    else if (event.date != expected)
        problems.append(place(rowNumber, StatusHistoryColumn::Date) +
                        (admission ? tr("the members sheet admits the member on %1, not on %2")
                                   : tr("the members sheet recognises the member on %1, not on %2"))
                            .arg(dayText(expected), dayText(event.date)));
}

QString StatusHistoryReader::textAt(const QList<SheetValue>& cells, StatusHistoryColumn column) const
{
    const qsizetype index = m_mapping.indexOf(column);
    return index < 0 ? QString() : MemberRowReader::display(cells.value(index));
}

QString StatusHistoryReader::place(int rowNumber, StatusHistoryColumn column) const
{
    const int index = int(m_mapping.indexOf(column));
    if (index < 0)
        return tr("sheet “%1”, row %2: ").arg(m_sheetName, QString::number(rowNumber));
    return tr("sheet “%1”, row %2, column %3 (%4): ")
        .arg(m_sheetName, QString::number(rowNumber), SheetGrid::columnName(index), m_headers.value(index));
}

} // namespace chibo
