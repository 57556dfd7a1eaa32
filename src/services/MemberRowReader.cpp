// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberRowReader.h"

#include "core/Labels.h"
#include "core/VietnameseText.h"
#include "services/MemberSheet.h"
#include "sheets/SheetGrid.h"

#include <algorithm>

namespace chibo {

namespace {

/// A citizen ID (CCCD) has 12 digits, the first three the province's code (001 …); a number cell drops
/// the leading zeros, which this puts back.
constexpr int citizenIdDigits = 12;
/// A Vietnamese phone number has 10 digits starting with 0; a number cell drops the 0.
constexpr int phoneDigits = 10;

/// `words` folded, as the cells they are compared with are.
QStringList foldedAll(const QStringList& words)
{
    QStringList folded;
    for (const QString& word : words)
        folded.append(VietnameseText::fold(word));
    return folded;
}

/// An identifier as text without spaces. From a number cell, leading zeros are put back: up to `digits`
/// for a citizen ID, the one 0 of a phone number.
QString identifierText(const SheetValue& value, int digits, bool singleLeadingZero)
{
    if (value.kind != SheetValue::Kind::Integer)
        return MemberRowReader::display(value).remove(u' ');
    const QString number = QString::number(value.integer);
    if (singleLeadingZero && number.size() != digits - 1)
        return number;
    return number.rightJustified(digits, u'0');
}

QString* textField(Member& member, MemberField field)
{
    switch (field) {
    case MemberField::GivenName: return &member.givenName;
    case MemberField::Ethnicity: return &member.ethnicity;
    case MemberField::Religion: return &member.religion;
    case MemberField::Hometown: return &member.hometown;
    case MemberField::PartyCardNumber: return &member.partyCardNumber;
    case MemberField::Note: return &member.note;
    default: return nullptr;
    }
}

QDate* dateField(Member& member, MemberField field)
{
    switch (field) {
    case MemberField::BirthDate: return &member.birthDate;
    case MemberField::AdmissionDecisionDate: return &member.admissionDecisionDate;
    case MemberField::CeremonyDate: return &member.ceremonyDate;
    case MemberField::OfficialDate: return &member.officialDate;
    default: return nullptr;
    }
}

QString dayText(QDate day)
{
    return day.toString(u"dd/MM/yyyy");
}

/// Reads the digits of `text` from `at` up to the next non-digit: at least `fewest`, at most `most`.
std::optional<int> digitsAt(QStringView text, qsizetype& at, int fewest, int most)
{
    int value = 0;
    int count = 0;
    while (at < text.size() && count < most && text[at] >= u'0' && text[at] <= u'9') {
        value = value * 10 + (text[at].unicode() - u'0');
        ++at;
        ++count;
    }
    if (count < fewest)
        return std::nullopt;
    return value;
}

/// A valid date written d/M/yyyy with ASCII digits (one or two for the day and month, four for the year),
/// which QDate::fromString(text, "d/M/yyyy") reads the same, without building its parser for every cell;
/// nullopt for anything else, which then goes the general way.
std::optional<QDate> slashedDate(QStringView text)
{
    qsizetype at = 0;
    const auto day = digitsAt(text, at, 1, 2);
    if (!day || at >= text.size() || text[at++] != u'/')
        return std::nullopt;
    const auto month = digitsAt(text, at, 1, 2);
    if (!month || at >= text.size() || text[at++] != u'/')
        return std::nullopt;
    const auto year = digitsAt(text, at, 4, 4);
    if (!year || at != text.size())
        return std::nullopt;
    const QDate date(*year, *month, *day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

MemberRowReader::MemberRowReader(QStringList headers, QList<std::optional<MemberField>> mapping, QDate day)
    : m_headers(std::move(headers))
    , m_mapping(std::move(mapping))
    , m_day(day)
    , m_male(foldedAll(
          {QStringLiteral("nam"), QStringLiteral("male"), QStringLiteral("m"), Labels::of(Sex::Male)}))
    , m_female(foldedAll(
          {QStringLiteral("nu"), QStringLiteral("female"), QStringLiteral("f"), Labels::of(Sex::Female)}))
    , m_yes(foldedAll({QStringLiteral("co"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("x"),
                       QStringLiteral("1"), QStringLiteral("true"), MemberSheet::yesNo(true)}))
    , m_no(foldedAll({QStringLiteral("khong"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                      QStringLiteral("false"), MemberSheet::yesNo(false)}))
{}

std::optional<Sex> MemberRowReader::sexOf(const QString& text) const
{
    const QString folded = VietnameseText::fold(text.trimmed());
    if (m_male.contains(folded))
        return Sex::Male;
    if (m_female.contains(folded))
        return Sex::Female;
    return std::nullopt;
}

std::optional<bool> MemberRowReader::yesNoOf(const QString& text) const
{
    const QString folded = VietnameseText::fold(text.trimmed());
    if (m_yes.contains(folded))
        return true;
    if (folded.isEmpty() || m_no.contains(folded))
        return false;
    return std::nullopt;
}

std::optional<QDate> MemberRowReader::dateOf(const SheetValue& value)
{
    if (value.kind == SheetValue::Kind::Date && value.date.isValid())
        return value.date;
    if (value.kind != SheetValue::Kind::Text)
        return std::nullopt;
    const QString text = value.text.trimmed();
    if (const auto date = slashedDate(text))
        return date;
    // "d/M/yyyy" also reads dd/MM/yyyy: one-digit formats accept two digits.
    for (const QString& format : {QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

bool MemberRowReader::isBlank(const QList<SheetValue>& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const SheetValue& v) { return display(v).isEmpty(); });
}

QString MemberRowReader::display(const SheetValue& value)
{
    switch (value.kind) {
    case SheetValue::Kind::Empty: return {};
    case SheetValue::Kind::Text: return value.text.trimmed();
    case SheetValue::Kind::Integer: return QString::number(value.integer);
    case SheetValue::Kind::Share: return value.share.toPercent() + u'%';
    case SheetValue::Kind::Date: return value.date.isValid() ? dayText(value.date) : QString();
    }
    return {};
}

int MemberRowReader::columnOf(MemberField field) const
{
    for (qsizetype column = 0; column < m_mapping.size(); ++column) {
        if (m_mapping[column] == field)
            return int(column);
    }
    return -1;
}

QString MemberRowReader::place(int rowNumber, int column) const
{
    return tr("row %1, column %2 (%3)")
        .arg(QString::number(rowNumber), SheetGrid::columnName(column), m_headers.value(column));
}

void MemberRowReader::problemAt(MemberImportRow& row, MemberField field, const QString& message) const
{
    const int column = columnOf(field);
    row.problems.append(column < 0 ? tr("row %1: %2").arg(QString::number(row.row), message)
                                   : place(row.row, column) + QStringLiteral(": ") + message);
}

void MemberRowReader::readField(MemberField field, const SheetValue& value, Member& member,
                                QString& problem) const
{
    const QString text = display(value);
    if (QDate* date = dateField(member, field)) {
        const auto read = dateOf(value);
        if (read)
            *date = *read;
        else if (!text.isEmpty())
            problem = tr("“%1” is not a date (dd/mm/yyyy)").arg(text);
        return;
    }
    if (QString* plain = textField(member, field)) {
        *plain = text;
        return;
    }
    switch (field) {
    case MemberField::FullName: member.fullName = text.simplified(); break;
    case MemberField::CitizenId: member.citizenId = identifierText(value, citizenIdDigits, false); break;
    case MemberField::Phone: member.phone = identifierText(value, phoneDigits, true); break;
    case MemberField::Sex:
        if (const auto sex = sexOf(text))
            member.sex = *sex;
        else if (!text.isEmpty())
            problem = tr("“%1” is not a sex: write Nam (male) or Nữ (female)").arg(text);
        break;
    case MemberField::WorksInPoliticalSystem:
        if (const auto yes = yesNoOf(text))
            member.worksInPoliticalSystem = *yes;
        else
            problem = tr("“%1” is neither yes nor no: write Có or Không").arg(text);
        break;
    default: break;
    }
}

MemberImportRow MemberRowReader::read(int rowNumber, const QList<SheetValue>& cells) const
{
    MemberImportRow row{rowNumber, {}, {}, {}};
    for (qsizetype column = 0; column < m_mapping.size(); ++column) {
        if (!m_mapping[column])
            continue;
        QString problem;
        readField(*m_mapping[column], cells.value(column), row.member, problem);
        if (!problem.isEmpty())
            row.problems.append(place(rowNumber, int(column)) + QStringLiteral(": ") + problem);
    }
    checkRequired(row, cells);
    checkDates(row);
    return row;
}

void MemberRowReader::checkRequired(MemberImportRow& row, const QList<SheetValue>& cells) const
{
    if (row.member.fullName.isEmpty())
        problemAt(row, MemberField::FullName, tr("the full name is empty"));
    const int sexColumn = columnOf(MemberField::Sex);
    if (sexColumn >= 0 && display(cells.value(sexColumn)).isEmpty())
        problemAt(row, MemberField::Sex, tr("the sex is empty: write Nam (male) or Nữ (female)"));
}

void MemberRowReader::checkDates(MemberImportRow& row) const
{
    const Member& m = row.member;
    for (const MemberField field : {MemberField::BirthDate, MemberField::AdmissionDecisionDate,
                                    MemberField::CeremonyDate, MemberField::OfficialDate}) {
        const QDate date = *dateField(row.member, field);
        if (date.isValid() && date > m_day)
            problemAt(row, field, tr("%1 is in the future (after %2)").arg(dayText(date), dayText(m_day)));
    }
    if (m.ceremonyDate.isValid() && m.admissionDecisionDate.isValid() &&
        m.ceremonyDate < m.admissionDecisionDate)
        problemAt(row, MemberField::CeremonyDate,
                  tr("the admission ceremony (%1) is before the admission decision (%2)")
                      .arg(dayText(m.ceremonyDate), dayText(m.admissionDecisionDate)));
    if (!m.officialDate.isValid())
        return;
    if (m.ceremonyDate.isValid() && m.officialDate < m.ceremonyDate)
        problemAt(row, MemberField::OfficialDate,
                  tr("the official member date (%1) is before the admission ceremony (%2)")
                      .arg(dayText(m.officialDate), dayText(m.ceremonyDate)));
    else if (!m.ceremonyDate.isValid() && m.admissionDecisionDate.isValid() &&
             m.officialDate < m.admissionDecisionDate)
        problemAt(row, MemberField::OfficialDate,
                  tr("the official member date (%1) is before the admission decision (%2)")
                      .arg(dayText(m.officialDate), dayText(m.admissionDecisionDate)));
    else if (!m.ceremonyDate.isValid() && !m.admissionDecisionDate.isValid())
        problemAt(row, MemberField::OfficialDate,
                  tr("an official member date needs the admission ceremony or decision date"));
}

} // namespace chibo
