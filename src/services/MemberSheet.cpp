// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberSheet.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "services/MemberFields.h"
#include "services/StatusHistorySheet.h"
#include "services/Workspace.h"

#include <algorithm>

namespace chibo {

namespace {

SheetValue text(const QString& value)
{
    return value.isEmpty() ? SheetValue() : SheetValue::ofText(value);
}

SheetValue date(QDate value)
{
    return value.isValid() ? SheetValue::ofDate(value) : SheetValue();
}

SheetValue fieldValue(const Member& member, MemberField field)
{
    switch (field) {
    case MemberField::FullName: return text(member.fullName);
    case MemberField::GivenName: return text(member.givenName);
    case MemberField::Sex: return text(Labels::of(member.sex));
    case MemberField::BirthDate: return date(member.birthDate);
    case MemberField::Ethnicity: return text(member.ethnicity);
    case MemberField::Religion: return text(member.religion);
    case MemberField::Hometown: return text(member.hometown);
    case MemberField::CitizenId: return text(member.citizenId);
    case MemberField::Phone: return text(member.phone);
    case MemberField::PartyCardNumber: return text(member.partyCardNumber);
    case MemberField::AdmissionDecisionDate: return date(member.admissionDecisionDate);
    case MemberField::CeremonyDate: return date(member.ceremonyDate);
    case MemberField::OfficialDate: return date(member.officialDate);
    case MemberField::WorksInPoliticalSystem: return text(MemberSheet::yesNo(member.worksInPoliticalSystem));
    case MemberField::Note: return text(member.note);
    }
    return {};
}

} // namespace

QStringList MemberSheet::header()
{
    QStringList names;
    for (const MemberField field : MemberFields::all())
        names.append(MemberFields::label(field));
    names << tr("Cell") << tr("Status");
    return names;
}

QString MemberSheet::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QList<const Member*> MemberSheet::ordered(const QList<Member>& members)
{
    QList<const Member*> ordered;
    ordered.reserve(members.size());
    for (const Member& member : members)
        ordered.append(&member);
    const PersonNameOrder order;
    std::stable_sort(ordered.begin(), ordered.end(), [&order](const Member* a, const Member* b) {
        return order.compare(a->sortGivenName(), a->fullName, b->sortGivenName(), b->fullName) < 0;
    });
    return ordered;
}

SheetTable MemberSheet::table(const QList<Member>& members, const OrgTree& tree, QDate asOf)
{
    const QList<const Member*> ordered = MemberSheet::ordered(members);
    SheetTable sheet{tr("Members"), header(), {}, {}};
    sheet.rows.reserve(ordered.size());
    for (const Member* member : ordered) {
        QList<SheetValue> row;
        for (const MemberField field : MemberFields::all())
            row.append(fieldValue(*member, field));
        const MemberTimeline timeline(*member);
        const Organisation* cell = tree.find(timeline.cellOfRecordOn(asOf));
        row.append(text(cell ? cell->name : QString()));
        row.append(text(Labels::of(timeline.stateOn(asOf))));
        sheet.rows.append(std::move(row));
    }
    return sheet;
}

Result<SheetTable> MemberSheet::ofOrganisation(const Workspace& workspace, const QUuid& rootId, QDate asOf)
{
    auto workbook = workbookOf(workspace, rootId, asOf);
    if (!workbook)
        return workbook.error();
    return workbook->takeFirst();
}

Result<QList<SheetTable>> MemberSheet::workbookOf(const Workspace& workspace, const QUuid& rootId, QDate asOf)
{
    const auto data = workspace.storage().loadSubtree(rootId);
    if (!data)
        return data.error();
    const OrgTree tree(data->organisations);
    const Organisation* root = tree.find(rootId);
    if (!root)
        return Error{QStringLiteral("export.unknown-organisation"),
                     tr("There is no organisation with id %1.").arg(rootId.toString(QUuid::WithoutBraces)),
                     {}};
    SheetTable members = table(data->members, tree, asOf);
    members.caption = tr("%1 — members on %2").arg(root->name, asOf.toString(u"dd/MM/yyyy"));
    SheetTable history = StatusHistorySheet::table(ordered(data->members));
    history.caption = tr("%1 — status history of the members").arg(root->name);
    return QList<SheetTable>{std::move(members), std::move(history)};
}

} // namespace chibo
