// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaLibrary.h"
#include "services/MeetingAssessment.h"
#include "services/ScoringSnapshot.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>

using namespace chibo;
using chibo::test::aMember;
using chibo::test::anOrganisation;
using chibo::test::idFor;

namespace {

const CriteriaSet& shipped()
{
    static const CriteriaSet set = [] {
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        REQUIRE(loaded->problems.isEmpty());
        return loaded->set;
    }();
    return set;
}

const QStringList& names()
{
    static const QStringList list{
        QStringLiteral("Nguyễn Văn An"),   QStringLiteral("Đặng Thị Bình"), QStringLiteral("Y Bhim Niê"),
        QStringLiteral("H'Lan Êban"),      QStringLiteral("Lê Văn Cường"),  QStringLiteral("Phạm Thị Dung"),
        QStringLiteral("Trần Quốc Hùng"),  QStringLiteral("Võ Thị Lan"),    QStringLiteral("Y Sơn Mlô"),
        QStringLiteral("Hoàng Văn Thắng"),
    };
    return list;
}

/// "Chi bộ buôn Ea Kring" under the commune committee, ten full members, and one held meeting in
/// September 2025 (so that the next meeting has a previous one).
struct EaKring {
    Organisation commune = anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    Organisation cell =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id);
    Organisation agency =
        anOrganisation(QStringLiteral("Chi bộ Cơ quan xã"), OrgKind::SubordinateCell, commune.id);
    Dataset data;

    EaKring()
    {
        commune.locality = QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk");
        cell.locality = commune.locality;
        cell.cellType = CellType::Residential;
        agency.locality = commune.locality;
        agency.cellType = CellType::Agency;
        data.organisations = {commune, cell, agency};
        for (const QString& name : names())
            data.members.append(aMember(name, cell.id, QDate(2010, 3, 2), QDate(2025, 12, 31)));
        data.members.append(
            aMember(QStringLiteral("Đinh Văn Quý"), agency.id, QDate(2012, 5, 19), QDate(2025, 12, 31)));
        data.meetings.append(
            meeting(QStringLiteral("họp tháng 9"), QDate(2025, 9, 10), MeetingState::Locked));
    }

    /// A regular meeting of the cell that meets every measurable HD 12 criterion: everyone present,
    /// 120 minutes, minutes written.
    Meeting meeting(const QString& key, QDate date, MeetingState state = MeetingState::Draft) const
    {
        Meeting m;
        m.id = idFor(key);
        m.orgId = cell.id;
        m.date = date;
        m.start = QTime(19, 0);
        m.end = QTime(21, 0);
        m.place = QStringLiteral("Nhà văn hóa buôn Ea Kring");
        m.minutes =
            QStringLiteral("Đồng chí Nguyễn Văn An khai mạc; chi bộ thảo luận kế hoạch thu hoạch cà phê.");
        m.speakersCount = 6;
        m.state = state;
        m.documentsPostedOn = date.addDays(-2);
        for (const QString& name : names())
            m.attendance.append({idFor(name), AttendanceStatus::Present, AbsenceReason::None, {}});
        return m;
    }

    MeetingAssessment assessment() const
    {
        auto snapshot = ScoringSnapshot::of(data, cell.id);
        REQUIRE(snapshot.ok());
        auto opened = MeetingAssessment::of(*snapshot, cell.id);
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
};

Rating yes(const QString& criteriaId, const QString& indicatorId, const QUuid& meetingId)
{
    return Rating{idFor(indicatorId + meetingId.toString()),
                  criteriaId,
                  indicatorId,
                  meetingId,
                  {},
                  QStringLiteral("yes"),
                  {},
                  QStringLiteral("Nguyễn Văn An"),
                  QDate(2025, 10, 20)};
}

const IndicatorResult& indicator(const ScoreCard& card, const QString& id)
{
    const auto found = std::find_if(card.indicators.cbegin(), card.indicators.cend(),
                                    [&](const IndicatorResult& item) { return item.id == id; });
    REQUIRE(found != card.indicators.cend());
    return *found;
}

} // namespace

TEST_CASE("a meeting is assessed by HD 12 until 27/10/2025 and by HD 42 from 28/10/2025")
{
    const EaKring ea;
    const Criteria* before = MeetingAssessment::fileFor(shipped(), ea.cell, QDate(2025, 10, 27));
    const Criteria* after = MeetingAssessment::fileFor(shipped(), ea.cell, QDate(2025, 10, 28));
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before->id == QStringLiteral("chat-luong-sinh-hoat-hd12"));
    CHECK(after->id == QStringLiteral("chat-luong-sinh-hoat-hd42"));
    CHECK(MeetingAssessment::fileFor(shipped(), ea.cell, QDate(2018, 7, 5)) == nullptr);
    CHECK(MeetingAssessment::fileFor(shipped(), ea.commune, QDate(2026, 3, 5))->id ==
          QStringLiteral("chat-luong-sinh-hoat-hd42"));

    // The An Phú and Bình Thuận scoring forms are examples: offered after the rules in force, never chosen.
    const QList<const Criteria*> files =
        MeetingAssessment::applicableFiles(shipped(), ea.cell, QDate(2025, 11, 12));
    QStringList ids;
    for (const Criteria* file : files)
        ids.append(file->id);
    CHECK(ids == QStringList{QStringLiteral("chat-luong-sinh-hoat-hd42"),
                             QStringLiteral("cham-diem-sinh-hoat-an-phu"),
                             QStringLiteral("cham-diem-sinh-hoat-binh-thuan")});
    // An upper committee holds no cell meetings: no file admits it.
    const Organisation province =
        anOrganisation(QStringLiteral("Đảng bộ tỉnh Đắk Lắk"), OrgKind::UpperCommittee);
    CHECK(MeetingAssessment::applicableFiles(shipped(), province, QDate(2025, 11, 12)).isEmpty());
}

TEST_CASE("a locality's own file for village cells wins over HD 42 where it applies, by cell type")
{
    QFile hd42(QStringLiteral(":/criteria/chat-luong-sinh-hoat-hd42.json"));
    REQUIRE(hd42.open(QIODevice::ReadOnly));
    QByteArray local = hd42.readAll();
    local.replace("\"id\": \"chat-luong-sinh-hoat-hd42\"", "\"id\": \"sinh-hoat-buon-ea-sin\"");
    local.replace("\"cell_types\": []", "\"cell_types\": [\"residential\"]");
    local.replace("\"locality\": \"\"", "\"locality\": \"Ea Sin\"");
    QList<CriteriaSource> sources = CriteriaLibrary::shippedSources();
    sources.append({QStringLiteral("sinh-hoat-buon-ea-sin.json"), local});
    const CriteriaSet::Loaded loaded = CriteriaSet::load(sources);
    REQUIRE(loaded.problems.isEmpty());

    const EaKring ea;
    CHECK(MeetingAssessment::fileFor(loaded.set, ea.cell, QDate(2026, 2, 4))->id ==
          QStringLiteral("sinh-hoat-buon-ea-sin"));
    CHECK(MeetingAssessment::fileFor(loaded.set, ea.agency, QDate(2026, 2, 4))->id ==
          QStringLiteral("chat-luong-sinh-hoat-hd42"));
    Organisation elsewhere = ea.cell;
    elsewhere.locality = QStringLiteral("phường An Phú, TP Hồ Chí Minh");
    CHECK(MeetingAssessment::fileFor(loaded.set, elsewhere, QDate(2026, 2, 4))->id ==
          QStringLiteral("chat-luong-sinh-hoat-hd42"));
}

TEST_CASE("an unsaved draft is evaluated with its attendance and the values entered for it")
{
    const EaKring ea;
    const MeetingAssessment assessment = ea.assessment();
    const QString hd12 = QStringLiteral("chat-luong-sinh-hoat-hd12");
    Meeting draft = ea.meeting(QStringLiteral("họp tháng 10"), QDate(2025, 10, 8));
    const QList<Rating> ratings{yes(hd12, QStringLiteral("chuan-bi"), draft.id),
                                yes(hd12, QStringLiteral("nguyen-tac-to-chuc"), draft.id)};

    auto card = assessment.evaluate(shipped(), draft, ratings);
    REQUIRE(card.ok());
    CHECK(card->criteriaId == hd12);
    CHECK(card->subjectId == draft.id);
    CHECK(card->rated);
    CHECK(indicator(*card, QStringLiteral("ty-le-du-hop")).value == ScoreValue::of(Rational(1)));
    CHECK(indicator(*card, QStringLiteral("ty-le-du-hop")).outcome == IndicatorOutcome::Pass);
    CHECK(indicator(*card, QStringLiteral("chuan-bi")).outcome == IndicatorOutcome::Pass);
    CHECK(card->level == QStringLiteral("tot"));

    // Two members absent without reason: 8 of 10 is not above 85 %, and the level is no longer Good.
    draft.attendance[1].status = AttendanceStatus::AbsentUnexcused;
    draft.attendance[2].status = AttendanceStatus::AbsentUnexcused;
    card = assessment.evaluate(shipped(), draft, ratings);
    REQUIRE(card.ok());
    CHECK(indicator(*card, QStringLiteral("ty-le-du-hop")).value == ScoreValue::of(Rational(4, 5)));
    CHECK(indicator(*card, QStringLiteral("ty-le-du-hop")).outcome == IndicatorOutcome::Fail);
    CHECK(indicator(*card, QStringLiteral("vang-khong-ly-do")).value == ScoreValue::of(Rational(2)));
    CHECK(card->level.isEmpty());
    CHECK(card->needsDecision());

    // Without the secretary's entries the manual items are missing, and the card says so.
    draft.attendance[1].status = AttendanceStatus::Present;
    draft.attendance[2].status = AttendanceStatus::Present;
    card = assessment.evaluate(shipped(), draft, {});
    REQUIRE(card.ok());
    CHECK(indicator(*card, QStringLiteral("chuan-bi")).outcome == IndicatorOutcome::Missing);
    CHECK(card->level != QStringLiteral("tot"));

    // The preview changed nothing the assessment holds: the draft is not among the year's cards.
    const auto year = assessment.evaluateYear(shipped(), 2025);
    REQUIRE(year.ok());
    CHECK(year->size() == 1);
    CHECK(year->contains(idFor(QStringLiteral("họp tháng 9"))));
    CHECK(assessment.records().meetings.size() == 1);
}

TEST_CASE("saved edits reach the assessment without reading the records again")
{
    const EaKring ea;
    MeetingAssessment assessment = ea.assessment();
    CHECK(assessment.records().members.size() == names().size()); // the agency's member is left out

    // November 2025 falls under HD 42: documents posted one day ahead at least, and 90 minutes.
    Meeting held = ea.meeting(QStringLiteral("họp tháng 11"), QDate(2025, 11, 12), MeetingState::Held);
    held.end = QTime(20, 15); // 75 minutes
    assessment.setMeeting(held);
    const QString hd42 = QStringLiteral("chat-luong-sinh-hoat-hd42");
    assessment.setRatings(held.id, {yes(hd42, QStringLiteral("chuan-bi"), held.id)});
    auto year = assessment.evaluateYear(shipped(), 2025);
    REQUIRE(year.ok());
    REQUIRE(year->contains(held.id));
    const ScoreCard& november = year->value(held.id);
    CHECK(november.criteriaId == hd42);
    CHECK(indicator(november, QStringLiteral("thoi-luong-thieu")).value == ScoreValue::of(Rational(15)));
    CHECK(indicator(november, QStringLiteral("chuan-bi")).outcome == IndicatorOutcome::Pass);
    CHECK(indicator(november, QStringLiteral("nguyen-tac-to-chuc")).outcome == IndicatorOutcome::Missing);
    CHECK(year->value(idFor(QStringLiteral("họp tháng 9"))).criteriaId ==
          QStringLiteral("chat-luong-sinh-hoat-hd12"));

    assessment.removeMeeting(held.id);
    year = assessment.evaluateYear(shipped(), 2025);
    REQUIRE(year.ok());
    CHECK_FALSE(year->contains(held.id));
}

TEST_CASE("a resolution's targets marked done count for the next meeting")
{
    EaKring ea;
    const QUuid september = idFor(QStringLiteral("họp tháng 9"));
    Target coffee{idFor(QStringLiteral("thu hoạch")),
                  ea.cell.id,
                  september,
                  0,
                  QStringLiteral("Vận động 20 hộ thu hoạch cà phê chín"),
                  TargetKind::Task,
                  idFor(names()[0]),
                  YearMonth(2025, 9),
                  20,
                  0,
                  QStringLiteral("hộ"),
                  TargetStatus::Open,
                  {}};
    Target candidates = coffee;
    candidates.id = idFor(QStringLiteral("lớp nhận thức"));
    candidates.title = QStringLiteral("Giới thiệu 2 quần chúng đi học lớp nhận thức về Đảng");
    candidates.kind = TargetKind::AwarenessClass;
    ea.data.targets = {coffee, candidates};
    MeetingAssessment assessment = ea.assessment();
    const Meeting october = ea.meeting(QStringLiteral("họp tháng 10"), QDate(2025, 10, 8));

    auto card = assessment.evaluate(shipped(), october, {});
    REQUIRE(card.ok());
    CHECK(indicator(*card, QStringLiteral("thuc-hien-nghi-quyet")).value == ScoreValue::of(Rational(0)));

    coffee.status = TargetStatus::Done;
    coffee.actual = 22;
    assessment.setTargets({coffee, candidates});
    card = assessment.evaluate(shipped(), october, {});
    REQUIRE(card.ok());
    CHECK(indicator(*card, QStringLiteral("thuc-hien-nghi-quyet")).value == ScoreValue::of(Rational(1, 2)));
}

TEST_CASE("a thematic meeting is not rated by the regular-meeting criteria, and errors name the cause")
{
    const EaKring ea;
    const MeetingAssessment assessment = ea.assessment();
    Meeting thematic = ea.meeting(QStringLiteral("chuyên đề"), QDate(2025, 6, 18));
    thematic.kind = MeetingKind::Thematic;
    thematic.topic = QStringLiteral("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    const auto card = assessment.evaluate(shipped(), thematic, {});
    REQUIRE(card.ok());
    CHECK_FALSE(card->rated);

    Meeting old = ea.meeting(QStringLiteral("họp 2017"), QDate(2017, 5, 10));
    const auto none = assessment.evaluate(shipped(), old, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == QStringLiteral("assessment.no-criteria"));

    Meeting other = ea.meeting(QStringLiteral("họp cơ quan"), QDate(2025, 6, 18));
    other.orgId = ea.agency.id;
    CHECK(assessment.evaluate(shipped(), other, {}).error().code == QStringLiteral("assessment.other-cell"));

    auto snapshot = ScoringSnapshot::of(ea.data, ea.commune.id);
    REQUIRE(snapshot.ok());
    CHECK(MeetingAssessment::of(*snapshot, ea.commune.id).error().code ==
          QStringLiteral("assessment.unknown-cell"));
}
