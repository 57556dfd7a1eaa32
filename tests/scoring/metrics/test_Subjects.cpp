// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneWorld.h"
#include "MetricsTestKit.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

QList<QUuid> idsOf(const QList<SubjectRef>& subjects)
{
    QList<QUuid> ids;
    for (const SubjectRef& subject : subjects)
        ids.append(subject.id);
    return ids;
}

QStringList periodsOf(const QList<SubjectRef>& subjects, const QUuid& org)
{
    QStringList periods;
    for (const SubjectRef& subject : subjects) {
        if (subject.orgId == org)
            periods.append(subject.period);
    }
    return periods;
}

} // namespace

TEST_CASE("organisation subjects leave out upper committees and party groups, in tree order")
{
    const Dataset data = CommuneWorld::build();
    const MetricIndex index(anInput(data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 6, 15)));
    const QList<SubjectRef> years = index.subjects(SubjectKind::OrganisationYear);
    CHECK(idsOf(years) == QList<QUuid>{CommuneWorld::xa(), CommuneWorld::eaKring(), CommuneWorld::thon1(),
                                       CommuneWorld::thon3()});
    CHECK(years.first().period == QStringLiteral("2025"));
    CHECK(years.first().from == QDate(2025, 1, 1));
    CHECK(years.first().to == QDate(2025, 6, 15));

    const QList<SubjectRef> months = index.subjects(SubjectKind::OrganisationMonth);
    CHECK(periodsOf(months, CommuneWorld::eaKring()) ==
          QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02"), QStringLiteral("2025-03"),
                      QStringLiteral("2025-04"), QStringLiteral("2025-05"), QStringLiteral("2025-06")});
    CHECK(periodsOf(months, CommuneWorld::thon1()) ==
          QStringList{QStringLiteral("2025-03"), QStringLiteral("2025-04"), QStringLiteral("2025-05"),
                      QStringLiteral("2025-06")});
    CHECK(periodsOf(months, CommuneWorld::xa()).isEmpty());
    CHECK(periodsOf(months, CommuneWorld::toDang()).isEmpty());
    CHECK(months.size() == 16);

    const MetricIndex march(anInput(data, CommuneWorld::eaKring(), 2025, 3, QDate(2025, 6, 15)));
    const QList<SubjectRef> one = march.subjects(SubjectKind::OrganisationMonth);
    REQUIRE(one.size() == 1);
    CHECK(one.first().period == QStringLiteral("2025-03"));
    CHECK(one.first().to == QDate(2025, 3, 31));
    CHECK(march.grassrootsOf(CommuneWorld::toDang()) == CommuneWorld::xa());
}

TEST_CASE("member subjects are the members on the effective end at their official cell")
{
    const Dataset data = CommuneWorld::build();
    const MetricIndex index(anInput(data, CommuneWorld::xa(), 2025, 0, QDate(2025, 6, 15)));
    const QList<SubjectRef> members = index.subjects(SubjectKind::MemberYear);
    CHECK(members.size() == 11);
    // Transferred out on 1 April: not a subject.
    CHECK(subjectOf(members, CommuneWorld::id(QStringLiteral("Phạm Văn Giang"))).id.isNull());
    // Exempt: still a subject; the criteria's eligibility rules decide.
    CHECK(subjectOf(members, CommuneWorld::id(QStringLiteral("Lý Văn Phúc"))).orgId == CommuneWorld::thon3());
    // Moved to Ea Kring on 1 June: its subject there.
    const SubjectRef khanh = subjectOf(members, CommuneWorld::id(QStringLiteral("Ngô Văn Khánh")));
    CHECK(khanh.orgId == CommuneWorld::eaKring());
    CHECK(khanh.period == QStringLiteral("2025"));
    // By cell in tree order, then id.
    for (qsizetype i = 1; i < members.size(); ++i) {
        const bool sameCell = members[i - 1].orgId == members[i].orgId;
        CHECK((!sameCell || members[i - 1].id < members[i].id));
    }
    CHECK(members.first().orgId == CommuneWorld::eaKring());
    CHECK(members.last().orgId == CommuneWorld::thon3());
    // Read on 31 March, Giang is still a member of thôn 3 and Khánh is at thôn 1.
    const MetricIndex march(anInput(data, CommuneWorld::xa(), 2025, 0, QDate(2025, 3, 31)));
    const QList<SubjectRef> earlier = march.subjects(SubjectKind::MemberYear);
    CHECK(subjectOf(earlier, CommuneWorld::id(QStringLiteral("Phạm Văn Giang"))).orgId ==
          CommuneWorld::thon3());
    CHECK(subjectOf(earlier, CommuneWorld::id(QStringLiteral("Ngô Văn Khánh"))).orgId ==
          CommuneWorld::thon1());
}

TEST_CASE("meeting subjects are held meetings of cells in scope by date")
{
    Dataset data = CommuneWorld::build();
    Meeting draft = aMeeting(QStringLiteral("Dự thảo tháng 6"), CommuneWorld::eaKring(), QDate(2025, 6, 5));
    draft.state = MeetingState::Draft;
    data.meetings.append(draft);
    const MetricIndex index(anInput(data, CommuneWorld::xa(), 2025, 0, QDate(2025, 6, 15)));
    const QList<SubjectRef> meetings = index.subjects(SubjectKind::Meeting);
    CHECK(meetings.size() == 6);
    CHECK(subjectOf(meetings, draft.id).id.isNull());
    CHECK(meetings[4].id == CommuneWorld::id(QStringLiteral("Thôn 1 tháng 4")));
    CHECK(meetings[4].period == QStringLiteral("2025-04-12"));
    CHECK(meetings[4].orgId == CommuneWorld::thon1());
    const MetricIndex thon1(anInput(data, CommuneWorld::thon1(), 2025, 4, QDate(2025, 6, 15)));
    CHECK(thon1.subjects(SubjectKind::Meeting).size() == 1);
    CHECK(index.meeting(draft.id) != nullptr);
    CHECK(index.member(CommuneWorld::id(QStringLiteral("Trần Thị Dung")))->fullName ==
          QStringLiteral("Trần Thị Dung"));
}

TEST_CASE("related subjects: meetings, months, members and subordinates of an organisation")
{
    const Dataset data = CommuneWorld::build();
    const MetricIndex index(anInput(data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 6, 15)));
    const QList<SubjectRef> years = index.subjects(SubjectKind::OrganisationYear);
    const SubjectRef eaKring = subjectOf(years, CommuneWorld::eaKring());
    const SubjectRef xa = subjectOf(years, CommuneWorld::xa());
    CHECK(index.related(eaKring, ResultsQuery::Over::Meetings).size() == 5);
    const QList<SubjectRef> months = index.related(eaKring, ResultsQuery::Over::Months);
    CHECK(months.size() == 6);
    CHECK(months.first().kind == SubjectKind::OrganisationMonth);
    CHECK(months == [&] {
        QList<SubjectRef> own;
        for (const SubjectRef& s : index.subjects(SubjectKind::OrganisationMonth)) {
            if (s.orgId == CommuneWorld::eaKring())
                own.append(s);
        }
        return own;
    }());
    CHECK(index.related(eaKring, ResultsQuery::Over::Members).size() == 6);
    CHECK(index.related(xa, ResultsQuery::Over::Members) == index.subjects(SubjectKind::MemberYear));
    CHECK(idsOf(index.related(xa, ResultsQuery::Over::Subordinates)) ==
          QList<QUuid>{CommuneWorld::eaKring(), CommuneWorld::thon1(), CommuneWorld::thon3()});
    CHECK(index.related(eaKring, ResultsQuery::Over::Subordinates).isEmpty());
    const SubjectRef april = subjectOf(index.subjects(SubjectKind::OrganisationMonth),
                                       CommuneWorld::eaKring(), QStringLiteral("2025-04"));
    CHECK(idsOf(index.related(april, ResultsQuery::Over::Meetings)) ==
          QList<QUuid>{CommuneWorld::id(QStringLiteral("Ea Kring tháng 4"))});
}
