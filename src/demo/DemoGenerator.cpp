// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "demo/AsOfClipper.h"
#include "demo/AssignmentBuilder.h"
#include "demo/CaseRecords.h"
#include "demo/CommendationBuilder.h"
#include "demo/DemoContext.h"
#include "demo/DuesBuilder.h"
#include "demo/MeetingBuilder.h"
#include "demo/MemberFactory.h"
#include "demo/MemberStories.h"
#include "demo/OrgLayout.h"
#include "demo/PositionBuilder.h"
#include "demo/RatingBuilder.h"
#include "demo/TargetBuilder.h"

namespace chibo {

Dataset DemoGenerator::generate(const Options& options)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : DemoContext::periodEnd();
    DemoContext context(options.seed, asOf);
    buildOrganisations(context);
    buildMembers(context);
    context.indexMembers(); // the member list is final from here on
    buildRecords(context);
    return context.data();
}

void DemoGenerator::buildOrganisations(DemoContext& context)
{
    QList<Organisation>& organisations = context.data().organisations;
    for (const OrgLayout::Unit& unit : OrgLayout::units())
        organisations.append(OrgLayout::organisation(unit, context.ids()));
    const AsOfClipper clipper(context.asOf(), organisations);
    for (Organisation& org : organisations)
        clipper.clip(org);
}

void DemoGenerator::buildMembers(DemoContext& context)
{
    QList<Member> members;
    MemberFactory factory(context);
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        for (int slot = 0; slot < unit.memberSlots; ++slot)
            members.append(factory.build(unit, slot));
    }
    MemberStories(context).apply(members);
    PositionBuilder(context, members).build();
    const AsOfClipper clipper(context.asOf(), context.data().organisations);
    QList<Member>& kept = context.data().members;
    for (Member& member : members) {
        if (clipper.clip(member))
            kept.append(std::move(member));
    }
}

void DemoGenerator::buildRecords(DemoContext& context)
{
    Dataset& data = context.data();
    const CaseRecords cases(context);
    data.leaves = cases.leaves();
    data.violations = cases.violations();
    data.disciplines = cases.disciplines();
    data.meetings = MeetingBuilder(context).build(); // reads the leaves
    data.targets = TargetBuilder(context).build(data.meetings);
    data.assignments = AssignmentBuilder(context).build();
    data.dues = DuesBuilder(context).build();
    data.commendations = CommendationBuilder(context).build();
    data.ratings = RatingBuilder(context).build(); // reads the members and meetings
}

} // namespace chibo
