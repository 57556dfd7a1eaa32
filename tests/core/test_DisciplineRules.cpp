// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DisciplineRules.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::idFor;

namespace {

const QUuid cell = idFor(QStringLiteral("Chi bộ thôn 3"));

Discipline memberDiscipline(const Member& member, DisciplineForm form, QDate date)
{
    Discipline d;
    d.id = idFor(member.fullName + u"/kl");
    d.subject = DisciplineSubject::Member;
    d.memberId = member.id;
    d.form = form;
    d.decisionDate = date;
    return d;
}

} // namespace

TEST_CASE("a probationary member can only be reprimanded or warned")
{
    const Member quang = aMember(QStringLiteral("Trần Văn Quang"), cell, QDate(2025, 3, 1));
    const QDate date(2025, 9, 1);
    CHECK(DisciplineRules::allowedForms(memberDiscipline(quang, DisciplineForm::Reprimand, date), &quang) ==
          QList<DisciplineForm>{DisciplineForm::Reprimand, DisciplineForm::Warning});
    CHECK(DisciplineRules::check(memberDiscipline(quang, DisciplineForm::Warning, date), &quang).ok());
    const Status expel =
        DisciplineRules::check(memberDiscipline(quang, DisciplineForm::Expulsion, date), &quang);
    REQUIRE_FALSE(expel.ok());
    CHECK(expel.error().code == QStringLiteral("discipline.form-not-allowed"));
    CHECK(expel.error().message.contains(QStringLiteral("Trần Văn Quang")));
    CHECK(expel.error().message.contains(QStringLiteral("01/09/2025")));
}

TEST_CASE("removal from post needs a post on the decision date")
{
    Member son = aMember(QStringLiteral("Nguyễn Hữu Sơn"), cell, QDate(2005, 5, 5), QDate(2026, 1, 1));
    CHECK_FALSE(DisciplineRules::check(
                    memberDiscipline(son, DisciplineForm::RemovalFromPost, QDate(2025, 4, 1)), &son)
                    .ok());
    son.positions.append({idFor(QStringLiteral("son/bt")), cell, Position::Secretary, QDate(2020, 7, 1), {}});
    CHECK(DisciplineRules::check(memberDiscipline(son, DisciplineForm::RemovalFromPost, QDate(2025, 4, 1)),
                                 &son)
              .ok());
    CHECK(DisciplineRules::check(memberDiscipline(son, DisciplineForm::Expulsion, QDate(2025, 4, 1)), &son)
              .ok());
}

TEST_CASE("organisations get reprimand, warning or dissolution, never expulsion")
{
    Discipline d;
    d.subject = DisciplineSubject::Organisation;
    d.orgId = cell;
    d.decisionDate = QDate(2025, 10, 1);
    d.form = DisciplineForm::Dissolution;
    CHECK(DisciplineRules::check(d, nullptr).ok());
    d.form = DisciplineForm::Expulsion;
    CHECK(DisciplineRules::check(d, nullptr).error().code == QStringLiteral("discipline.form-not-allowed"));
    d.subject = DisciplineSubject::Committee;
    d.form = DisciplineForm::RemovalFromPost;
    CHECK_FALSE(DisciplineRules::check(d, nullptr).ok());
}

TEST_CASE("someone who is not a member on the date cannot be disciplined")
{
    const Member tam = aMember(QStringLiteral("Võ Văn Tâm"), cell, QDate(2025, 8, 1));
    const Status early =
        DisciplineRules::check(memberDiscipline(tam, DisciplineForm::Reprimand, QDate(2025, 7, 1)), &tam);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == QStringLiteral("discipline.not-a-member"));
    Discipline orphan = memberDiscipline(tam, DisciplineForm::Reprimand, QDate(2025, 9, 1));
    CHECK(DisciplineRules::check(orphan, nullptr).error().code ==
          QStringLiteral("discipline.unknown-member"));
}
