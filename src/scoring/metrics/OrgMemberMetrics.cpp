// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/OrgMemberMetrics.h"

#include "scoring/metrics/MemberFacts.h"
#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

#include <QSet>

namespace chibo {

namespace {

const Discipline& disciplineOf(const MetricData::Attributed& entry)
{
    return *static_cast<const Discipline*>(entry.record);
}

const Violation& violationOf(const MetricData::Attributed& entry)
{
    return *static_cast<const Violation*>(entry.record);
}

bool selfRemedied(const Discipline& discipline)
{
    return discipline.selfDiscovered && discipline.remedied;
}

MetricValue members(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const QList<qsizetype>& below = data.membersBelow(subject.orgId, subject.to);
    for (qsizetype member : below)
        builder.record(QStringLiteral("member"), data.memberAt(member).id);
    return builder.count(below.size());
}

MetricValue fullMembers(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 full = 0;
    for (qsizetype member : data.membersBelow(subject.orgId, subject.to)) {
        if (data.timelineAt(member).stateOn(subject.to).standing != Standing::Full)
            continue;
        ++full;
        builder.record(QStringLiteral("member"), data.memberAt(member).id);
    }
    return builder.count(full);
}

/// Distinct members disciplined in the period with `form` or heavier; `keep` filters further.
template <typename Keep>
MetricValue disciplined(const MetricData& data, const MetricArgs& args, const SubjectRef& subject, Keep keep)
{
    MetricValueBuilder builder;
    QSet<qsizetype> found;
    for (const MetricData::Attributed& entry : data.memberDisciplinesOf(subject.orgId)) {
        const Discipline& discipline = disciplineOf(entry);
        if (!subject.contains(entry.date) || !args.formMatches(discipline.form) || !keep(entry, discipline))
            continue;
        found.insert(entry.member);
        builder.record(QStringLiteral("discipline"), discipline.id);
    }
    return builder.count(found.size());
}

MetricValue membersDisciplined(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return disciplined(data, args, subject,
                       [](const MetricData::Attributed&, const Discipline&) { return true; });
}

MetricValue membersDisciplinedNotSelfRemedied(const MetricData& data, const MetricArgs& args,
                                              const SubjectRef& subject)
{
    return disciplined(data, args, subject,
                       [](const MetricData::Attributed&, const Discipline& d) { return !selfRemedied(d); });
}

/// Members holding a post in this organisation on the decision date.
MetricValue leadersDisciplined(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return disciplined(data, args, subject, [&](const MetricData::Attributed& entry, const Discipline& d) {
        for (const PositionTerm& term : data.memberAt(entry.member).positions) {
            if (term.orgId == subject.orgId && term.covers(d.decisionDate))
                return true;
        }
        return false;
    });
}

/// Committee or organisation disciplines of `orgId` decided in the period; adds them as records.
bool collectiveIn(const MetricData& data, const QUuid& orgId, const SubjectRef& subject,
                  MetricValueBuilder& builder)
{
    bool any = false;
    for (const Discipline* discipline : data.collectiveDisciplinesOf(orgId)) {
        if (!subject.contains(discipline->decisionDate))
            continue;
        any = true;
        builder.record(QStringLiteral("discipline"), discipline->id);
    }
    return any;
}

MetricValue collectiveDisciplined(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    return builder.flag(collectiveIn(data, subject.orgId, subject, builder));
}

/// Direct subordinates existing at the effective end that are classified themselves (party groups
/// are not).
QList<const Organisation*> subordinatesOf(const MetricData& data, const SubjectRef& subject)
{
    QList<const Organisation*> result;
    for (const Organisation* child : data.tree().children(subject.orgId)) {
        if (child->kind == OrgKind::PartyGroup || child->kind == OrgKind::UpperCommittee)
            continue;
        if (!child->establishedOn.isValid() || child->establishedOn <= subject.to)
            result.append(child);
    }
    return result;
}

/// Subordinates whose collective was disciplined or a member of which was, in the period.
qint64 countSubordinatesDisciplined(const MetricData& data, const SubjectRef& subject,
                                    const QList<const Organisation*>& subordinates,
                                    MetricValueBuilder& builder)
{
    qint64 count = 0;
    for (const Organisation* child : subordinates) {
        bool hit = collectiveIn(data, child->id, subject, builder);
        for (const MetricData::Attributed& entry : data.memberDisciplinesOf(child->id)) {
            if (!subject.contains(entry.date))
                continue;
            hit = true;
            builder.record(QStringLiteral("discipline"), disciplineOf(entry).id);
        }
        count += hit ? 1 : 0;
    }
    return count;
}

MetricValue subordinates(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const QList<const Organisation*> list = subordinatesOf(data, subject);
    for (const Organisation* child : list)
        builder.record(QStringLiteral("organisation"), child->id);
    return builder.count(list.size());
}

MetricValue subordinatesDisciplined(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    return builder.count(countSubordinatesDisciplined(data, subject, subordinatesOf(data, subject), builder));
}

MetricValue subordinatesDisciplinedRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const QList<const Organisation*> list = subordinatesOf(data, subject);
    const qint64 hit = countSubordinatesDisciplined(data, subject, list, builder);
    return builder.share(QStringLiteral("disciplined"), hit, QStringLiteral("subordinates"), list.size());
}

/// Violations of the `kind` asked for by members at or below the organisation; distinct members when
/// `distinct`.
MetricValue violations(const MetricData& data, const MetricArgs& args, const SubjectRef& subject,
                       bool distinct)
{
    MetricValueBuilder builder;
    QSet<qsizetype> found;
    qint64 count = 0;
    for (const MetricData::Attributed& entry : data.violationsOf(subject.orgId)) {
        const Violation& violation = violationOf(entry);
        if (!subject.contains(entry.date) || !args.violationKindMatches(violation))
            continue;
        ++count;
        found.insert(entry.member);
        builder.record(QStringLiteral("violation"), violation.id);
    }
    return builder.count(distinct ? found.size() : count);
}

MetricValue violationCount(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return violations(data, args, subject, false);
}

MetricValue membersWithViolations(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return violations(data, args, subject, true);
}

/// Members of the organisation with at least `months` months for which `monthsOf` holds, with the
/// records behind those months.
MetricValue membersWithMonths(const MetricData& data, const MetricArgs& args, const SubjectRef& subject,
                              int (*monthsOf)(const MetricData&, qsizetype, QDate, QDate,
                                              MetricValueBuilder*))
{
    MetricValueBuilder builder;
    const qint64 months = args.number(QStringLiteral("months"), 3);
    qint64 count = 0;
    for (qsizetype member : data.membersBelow(subject.orgId, subject.to)) {
        MetricValueBuilder rows;
        if (monthsOf(data, member, subject.from, subject.to, &rows) < months)
            continue;
        ++count;
        for (const RecordRef& row : rows.missing().records)
            builder.record(row.kind, row.id, row.detail);
    }
    builder.input(QStringLiteral("months"), Rational(months));
    return builder.count(count);
}

MetricValue membersInactive(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return membersWithMonths(data, args, subject, &MemberFacts::monthsInactive);
}

MetricValue membersDuesUnpaid(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return membersWithMonths(data, args, subject, &MemberFacts::monthsDuesUnpaid);
}

MetricValue commendations(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return MetricValueBuilder().countDated(data.commendationsOfOrg(subject.orgId),
                                           QStringLiteral("commendation"), &Commendation::date, subject,
                                           [](const Commendation&) { return true; });
}

} // namespace

void OrgMemberMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"org.members", members},
        {u"org.full_members", fullMembers},
        {u"org.members_disciplined", membersDisciplined},
        {u"org.members_disciplined_not_self_remedied", membersDisciplinedNotSelfRemedied},
        {u"org.collective_disciplined", collectiveDisciplined},
        {u"org.leaders_disciplined", leadersDisciplined},
        {u"org.subordinates", subordinates},
        {u"org.subordinates_disciplined", subordinatesDisciplined},
        {u"org.subordinates_disciplined_rate", subordinatesDisciplinedRate},
        {u"org.violations", violationCount},
        {u"org.members_with_violations", membersWithViolations},
        {u"org.members_inactive", membersInactive},
        {u"org.members_dues_unpaid", membersDuesUnpaid},
        {u"org.commendations", commendations},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
