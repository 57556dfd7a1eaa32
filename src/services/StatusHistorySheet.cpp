// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/StatusHistorySheet.h"

#include "core/EnumCodes.h"
#include "core/Labels.h"
#include "core/VietnameseText.h"
#include "services/FoldedKeys.h"
#include "services/MemberFields.h"

#include <algorithm>

namespace chibo {

namespace {

/// The member field a member column of the history is, if it is one.
std::optional<MemberField> memberFieldOf(StatusHistoryColumn column)
{
    switch (column) {
    case StatusHistoryColumn::FullName: return MemberField::FullName;
    case StatusHistoryColumn::BirthDate: return MemberField::BirthDate;
    case StatusHistoryColumn::CitizenId: return MemberField::CitizenId;
    case StatusHistoryColumn::PartyCardNumber: return MemberField::PartyCardNumber;
    case StatusHistoryColumn::Note: return MemberField::Note;
    default: return std::nullopt;
    }
}

const StatusEventKind allKinds[] = {StatusEventKind::Admitted,
                                    StatusEventKind::Recognised,
                                    StatusEventKind::ExemptionStarted,
                                    StatusEventKind::ExemptionEnded,
                                    StatusEventKind::Suspended,
                                    StatusEventKind::SuspensionLifted,
                                    StatusEventKind::TransferredInOfficial,
                                    StatusEventKind::TransferredOutOfficial,
                                    StatusEventKind::TransferredInTemporary,
                                    StatusEventKind::TransferredOutTemporary,
                                    StatusEventKind::ReturnedFromTemporary,
                                    StatusEventKind::Removed,
                                    StatusEventKind::Expelled,
                                    StatusEventKind::Resigned,
                                    StatusEventKind::Deceased};

SheetValue text(const QString& value)
{
    return value.isEmpty() ? SheetValue() : SheetValue::ofText(value);
}

SheetValue date(QDate value)
{
    return value.isValid() ? SheetValue::ofDate(value) : SheetValue();
}

} // namespace

QList<StatusHistoryColumn> StatusHistorySheet::columns()
{
    return {StatusHistoryColumn::FullName,  StatusHistoryColumn::BirthDate,
            StatusHistoryColumn::CitizenId, StatusHistoryColumn::PartyCardNumber,
            StatusHistoryColumn::Date,      StatusHistoryColumn::Event,
            StatusHistoryColumn::Decision,  StatusHistoryColumn::Note};
}

QString StatusHistorySheet::title()
{
    return tr("Status history");
}

QString StatusHistorySheet::label(StatusHistoryColumn column)
{
    if (const auto field = memberFieldOf(column))
        return MemberFields::label(*field);
    switch (column) {
    case StatusHistoryColumn::Date: return tr("Date");
    case StatusHistoryColumn::Event: return tr("Event");
    case StatusHistoryColumn::Decision: return tr("Decision");
    default: return {};
    }
}

QStringList StatusHistorySheet::header()
{
    QStringList names;
    for (const StatusHistoryColumn column : columns())
        names.append(label(column));
    return names;
}

// Matching data, not text shown to people: the headers of the event columns in both languages.
QStringList StatusHistorySheet::knownHeaders(StatusHistoryColumn column)
{
    switch (column) {
    case StatusHistoryColumn::Date:
        return VietnameseText::list({"Date", "Event date", "Ngày", "Ngày tháng", "Ngày biến động"});
    case StatusHistoryColumn::Event:
        return VietnameseText::list(
            {"Event", "Status event", "Change", "Sự kiện", "Biến động", "Nội dung biến động"});
    case StatusHistoryColumn::Decision:
        return VietnameseText::list({"Decision", "Decision number", "Quyết định", "Số quyết định", "Số QĐ"});
    default: return {};
    }
}

std::optional<StatusHistoryColumn> StatusHistorySheet::match(const QString& header)
{
    const QString key = MemberFields::headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto field = MemberFields::match(header)) {
        for (const StatusHistoryColumn column : columns()) {
            if (memberFieldOf(column) == field)
                return column;
        }
        return std::nullopt;
    }
    const QList<StatusHistoryColumn> eventColumns{StatusHistoryColumn::Date, StatusHistoryColumn::Event,
                                                  StatusHistoryColumn::Decision};
    QStringList labels;
    for (const StatusHistoryColumn column : eventColumns)
        labels.append(label(column));
    thread_local FoldedKeys<StatusHistoryColumn> keys;
    keys.refresh(eventColumns, labels, MemberFields::headerKey, knownHeaders);
    return keys.find(key);
}

bool StatusHistorySheet::datedByMembersTable(StatusEventKind kind)
{
    return kind == StatusEventKind::Admitted || kind == StatusEventKind::Recognised;
}

// Matching data: the English labels (Labels' source texts) and the Vietnamese names of the events.
QStringList StatusHistorySheet::knownNames(StatusEventKind kind)
{
    switch (kind) {
    case StatusEventKind::Admitted:
        return VietnameseText::list({"Admitted (probationary)", "Kết nạp", "Kết nạp đảng viên"});
    case StatusEventKind::Recognised:
        return VietnameseText::list({"Recognised as full member", "Công nhận đảng viên chính thức"});
    case StatusEventKind::ExemptionStarted:
        return VietnameseText::list(
            {"Exempted from Party work and activities", "Miễn công tác và sinh hoạt đảng"});
    case StatusEventKind::ExemptionEnded:
        return VietnameseText::list({"Exemption ended", "Thôi miễn công tác và sinh hoạt đảng"});
    case StatusEventKind::Suspended:
        return VietnameseText::list({"Party activities suspended", "Đình chỉ sinh hoạt đảng"});
    case StatusEventKind::SuspensionLifted:
        return VietnameseText::list({"Suspension lifted", "Hết đình chỉ sinh hoạt đảng"});
    case StatusEventKind::TransferredInOfficial:
        return VietnameseText::list({"Transferred in (official)", "Chuyển sinh hoạt chính thức đến"});
    case StatusEventKind::TransferredOutOfficial:
        return VietnameseText::list({"Transferred out (official)", "Chuyển sinh hoạt chính thức đi"});
    case StatusEventKind::TransferredInTemporary:
        return VietnameseText::list({"Transferred in (temporary)", "Chuyển sinh hoạt tạm thời đến"});
    case StatusEventKind::TransferredOutTemporary:
        return VietnameseText::list({"Transferred out (temporary)", "Chuyển sinh hoạt tạm thời đi"});
    case StatusEventKind::ReturnedFromTemporary:
        return VietnameseText::list({"Returned from temporary transfer", "Trở về sau sinh hoạt tạm thời"});
    case StatusEventKind::Removed: return VietnameseText::list({"Removed from the rolls", "Xóa tên"});
    case StatusEventKind::Expelled: return VietnameseText::list({"Expelled", "Khai trừ"});
    case StatusEventKind::Resigned:
        return VietnameseText::list({"Left the Party at own request", "Xin ra khỏi Đảng"});
    case StatusEventKind::Deceased: return VietnameseText::list({"Deceased", "Từ trần", "Qua đời"});
    }
    return {};
}

std::optional<StatusEventKind> StatusHistorySheet::eventOf(const QString& text)
{
    const QString key = MemberFields::headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    const QList<StatusEventKind> kinds(std::begin(allKinds), std::end(allKinds));
    QStringList labels;
    for (const StatusEventKind kind : kinds)
        labels.append(Labels::of(kind));
    thread_local FoldedKeys<StatusEventKind> keys;
    keys.refresh(kinds, labels, MemberFields::headerKey,
                 [](StatusEventKind kind) { return knownNames(kind) << codeOf(kind); });
    return keys.find(key);
}

SheetTable StatusHistorySheet::table(const QList<const Member*>& members)
{
    SheetTable sheet{title(), header(), {}, {}};
    for (const Member* member : members) {
        QList<StatusEvent> events = member->statusEvents;
        std::stable_sort(events.begin(), events.end(),
                         [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
        for (const StatusEvent& event : std::as_const(events)) {
            sheet.rows.append({text(member->fullName), date(member->birthDate), text(member->citizenId),
                               text(member->partyCardNumber), date(event.date), text(Labels::of(event.kind)),
                               text(event.decision), text(event.note)});
        }
    }
    return sheet;
}

} // namespace chibo
