// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaLibrary.h"
#include "services/MeetingQualityForms.h"
#include "services/ScorecardRules.h"
#include "services/ScorecardTally.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::anOrganisation;

namespace {

CriteriaSet shippedCriteria()
{
    auto loaded = CriteriaLibrary::load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->problems.isEmpty());
    return loaded->set;
}

QStringList idsFor(const CriteriaSet& criteria, const Organisation& org, int year, int month = 0)
{
    return ScorecardRules::idsOf(ScorecardRules::applicable(criteria, org, year, month));
}

QStringList idsOf(const MeetingQualityForms& forms)
{
    QStringList ids;
    for (const Criteria* file : forms.files)
        ids.append(file->id);
    return ids;
}

/// A meeting card of `form` with one indicator per outcome given.
ScoreCard meetingCard(const Criteria& form, const QUuid& cellId, const QString& day,
                      const QList<IndicatorOutcome>& outcomes)
{
    ScoreCard card;
    card.criteriaId = form.id;
    card.subjectKind = SubjectKind::Meeting;
    card.subjectId = QUuid::createUuid();
    card.orgId = cellId;
    card.period = day;
    for (const IndicatorOutcome outcome : outcomes) {
        IndicatorResult item;
        item.outcome = outcome;
        card.indicators.append(item);
    }
    return card;
}

} // namespace

TEST_CASE("a cell's files: QĐ 124 classifies 2024, QĐ 366 classifies 2025, meeting files by their dates")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    Organisation eaKring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id);
    eaKring.cellType = CellType::Residential;

    const QStringList in2024 = idsFor(criteria, eaKring, 2024);
    CHECK(in2024.contains(QStringLiteral("xep-loai-to-chuc-qd124")));
    CHECK_FALSE(in2024.contains(QStringLiteral("xep-loai-to-chuc-qd366")));
    CHECK(in2024.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK_FALSE(in2024.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK_FALSE(in2024.contains(QStringLiteral("cham-diem-sinh-hoat-an-phu")));

    const QStringList in2025 = idsFor(criteria, eaKring, 2025);
    CHECK(in2025.contains(QStringLiteral("xep-loai-to-chuc-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-to-chuc-qd124")));
    // HD 12 judges the meetings up to 27/10/2025, HD 42 those from 28/10/2025.
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    for (const QString& id : {QStringLiteral("chi-bo-bon-tot"), QStringLiteral("chi-bo-3-khong"),
                              QStringLiteral("chi-bo-kieu-mau-vi-du"), QStringLiteral("lich-sinh-hoat"),
                              QStringLiteral("lich-sinh-hoat-thang")})
        CHECK(in2025.contains(id));
    // Member files judge members, not the cell; the committee's own model is not a cell's.
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("dang-bo-co-so-bon-tot")));

    const QStringList march2025 = idsFor(criteria, eaKring, 2025, 3);
    CHECK(march2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK_FALSE(march2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    const QStringList november2025 = idsFor(criteria, eaKring, 2025, 11);
    CHECK_FALSE(november2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(november2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
}

TEST_CASE("applies_to decides: the Trà Vinh model is for residential cells only, the committee has its own")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    Organisation buon =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Sin"), OrgKind::SubordinateCell, commune.id);
    buon.cellType = CellType::Residential;
    Organisation school =
        anOrganisation(QStringLiteral("Chi bộ Trường THCS Ea Sin"), OrgKind::SubordinateCell, commune.id);
    school.cellType = CellType::School;

    CHECK(idsFor(criteria, buon, 2025).contains(QStringLiteral("chat-luong-sinh-hoat-nam-tra-vinh")));
    CHECK_FALSE(idsFor(criteria, school, 2025).contains(QStringLiteral("chat-luong-sinh-hoat-nam-tra-vinh")));
    const QStringList forCommune = idsFor(criteria, commune, 2025);
    CHECK(forCommune.contains(QStringLiteral("dang-bo-co-so-bon-tot")));
    CHECK_FALSE(forCommune.contains(QStringLiteral("chi-bo-bon-tot")));
    CHECK_FALSE(forCommune.contains(QStringLiteral("lich-sinh-hoat-thang"))); // months are the cells'
}

TEST_CASE("the files come year models first, rules before examples, and each id once")
{
    const CriteriaSet criteria = shippedCriteria();
    Organisation eaKring = anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell);
    const QList<const Criteria*> files = ScorecardRules::applicable(criteria, eaKring, 2025);
    REQUIRE_FALSE(files.isEmpty());
    int lastOrder = -1;
    for (const Criteria* file : files) {
        const int order = file->subject == SubjectKind::OrganisationYear    ? 0
                          : file->subject == SubjectKind::OrganisationMonth ? 1
                                                                            : 2;
        CHECK(order >= lastOrder);
        lastOrder = order;
    }
    const QStringList ids = ScorecardRules::idsOf(files);
    CHECK(ids.size() == files.size());
    CHECK(ids.indexOf(QStringLiteral("chi-bo-bon-tot")) <
          ids.indexOf(QStringLiteral("chi-bo-kieu-mau-vi-du")));
}

TEST_CASE("the cell model is the file the committee's own model reads, and it has four numbered criteria")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    const Criteria* model = ScorecardRules::cellModel(criteria, commune, 2025);
    REQUIRE(model);
    CHECK(model->id == QStringLiteral("chi-bo-bon-tot"));
    QStringList sections;
    for (const Indicator& indicator : model->indicators) {
        const QString section = ScorecardRules::sectionOf(indicator.label.vi);
        if (!sections.contains(section))
            sections.append(section);
    }
    CHECK(sections ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(ScorecardRules::cellModel(criteria, commune, 2022) == nullptr); // bốn tốt starts in 2023
}

TEST_CASE("sections come from numbered labels")
{
    CHECK(ScorecardRules::sectionOf(QStringLiteral("2. Tỷ lệ buổi sinh hoạt thường kỳ xếp từ Khá")) ==
          QStringLiteral("2"));
    CHECK(ScorecardRules::sectionOf(QStringLiteral("B11. \"Sản phẩm\" cụ thể của chi bộ (8, nhập)")) ==
          QStringLiteral("B"));
    CHECK(ScorecardRules::sectionOf(QStringLiteral("Đảng viên mắc tệ nạn xã hội")).isEmpty());
    CHECK(ScorecardRules::withoutSection(QStringLiteral("2. Số tháng không sinh hoạt thường kỳ")) ==
          QStringLiteral("Số tháng không sinh hoạt thường kỳ"));
}

TEST_CASE("the shipped forms rate meetings by HD 12 and HD 42 bands, the points templates do not count")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation eaKring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell);
    const MeetingQualityForms in2025 =
        MeetingQualityForms::of(ScorecardRules::applicable(criteria, eaKring, 2025));
    CHECK_FALSE(in2025.byPoints);
    CHECK(idsOf(in2025).contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(idsOf(in2025).contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK_FALSE(idsOf(in2025).contains(QStringLiteral("cham-diem-sinh-hoat-an-phu"))); // an example
    for (const Criteria* form : in2025.files)
        CHECK_FALSE(form->example);
    const MeetingQualityForms in2024 =
        MeetingQualityForms::of(ScorecardRules::applicable(criteria, eaKring, 2024));
    CHECK(idsOf(in2024).contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK_FALSE(idsOf(in2024).contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
}

TEST_CASE("a committee's own points form, once installed, is the measure instead of the bands")
{
    const CriteriaSet criteria = shippedCriteria();
    const Criteria* template_ =
        criteria.find(QStringLiteral("cham-diem-sinh-hoat-an-phu"), QDate(2025, 12, 31));
    const Criteria* bands = criteria.find(QStringLiteral("chat-luong-sinh-hoat-hd42"), QDate(2025, 12, 31));
    REQUIRE(template_);
    REQUIRE(bands);
    Criteria adopted = *template_;
    adopted.example = false;
    const MeetingQualityForms forms = MeetingQualityForms::of({bands, template_, &adopted});
    CHECK(forms.byPoints);
    REQUIRE(forms.files.size() == 1);
    CHECK(forms.files.constFirst() == &adopted);
    CHECK(MeetingQualityForms::of({template_}).isEmpty());
}

TEST_CASE("by bands the meeting score is the share of the criteria met, as the meeting list counts them")
{
    using O = IndicatorOutcome;
    const CriteriaSet criteria = shippedCriteria();
    const Criteria* hd42 = criteria.find(QStringLiteral("chat-luong-sinh-hoat-hd42"), QDate(2026, 12, 31));
    REQUIRE(hd42);
    const MeetingQualityForms forms{{hd42}, false};
    const QUuid cell = QUuid::createUuid();
    ScoreRun run;
    run.cards = {meetingCard(*hd42, cell, QStringLiteral("2026-03-05"), {O::Pass, O::Pass, O::Fail, O::Info}),
                 meetingCard(*hd42, cell, QStringLiteral("2026-03-19"), {O::Pass, O::NotApplicable}),
                 meetingCard(*hd42, cell, QStringLiteral("2026-04-02"), {O::Pass, O::Pass}),
                 meetingCard(*hd42, cell, QStringLiteral("2026-05-07"), {O::Info}),
                 meetingCard(*hd42, cell, QStringLiteral("2025-12-04"), {O::Fail})};
    QHash<QUuid, QList<ScorecardTally>> tallies;
    ScorecardTally::addMeetingScores(tallies, run, forms, 2026);
    const QList<ScorecardTally>& months = tallies.value(cell);
    REQUIRE(months.size() == 12);
    CHECK(months.at(2).meetingScore().number == Rational(3, 4));
    CHECK(months.at(3).meetingScore().number == Rational(1));
    CHECK(months.at(4).meetingScore().isMissing()); // nothing judged
    const ScorecardTally year = ScorecardTally::yearOf(tallies, cell);
    CHECK(year.criteriaJudged == 6);
    CHECK(year.meetingScore().number == Rational(5, 6));
    CHECK(MeetingQualityForms::criteriaMet(run.cards.constFirst()).met == 2);
}
