// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionWorld.h"

#include "CriteriaBuilder.h"
#include "support/Catch.h"

namespace chibo::test {

namespace {

const QString meetingLevels = QStringLiteral(R"("levels": [
    {"code": "tot", "label": {"vi": "Tốt", "en": "Good"}}, {"code": "kha", "label": {"vi": "Khá", "en": "Fair"}},
    {"code": "dat", "label": {"vi": "Đạt", "en": "Passed"}}, {"code": "kdat", "label": {"vi": "Không đạt", "en": ""}}],
)");

const QString oldMeetingBody = meetingLevels + QStringLiteral(R"("indicators": [
    {"id": "du-hop", "label": {"vi": "Tỷ lệ đảng viên dự họp", "en": ""}, "legal_ref": "HD 12-HD/BTCTW tiêu chí 1",
     "value": {"metric": "meeting.attendance_rate"}}],
  "classification": {"rules": [
    {"id": "tot", "level": "tot", "label": {"vi": "Dự họp từ 85%", "en": ""}, "legal_ref": "HD 12-HD/BTCTW mục 2",
     "when": {"ge": [{"indicator": "du-hop"}, "85%"]}},
    {"id": "kha", "level": "kha", "label": {"vi": "Dự họp từ 70%", "en": ""}, "legal_ref": "HD 12-HD/BTCTW mục 2",
     "when": {"ge": [{"indicator": "du-hop"}, "70%"]}}],
   "otherwise": "kdat", "caps": []}
)");

const QString newMeetingBody = meetingLevels + QStringLiteral(R"("indicators": [
    {"id": "thoi-luong", "label": {"vi": "Thời lượng buổi sinh hoạt", "en": ""}, "legal_ref": "HD 42-HD/BTCTW",
     "value": {"metric": "meeting.duration_minutes"}}],
  "classification": {"rules": [
    {"id": "tot", "level": "tot", "label": {"vi": "Đủ thời lượng và dự họp từ 85%", "en": ""},
     "legal_ref": "HD 42-HD/BTCTW", "when": {"all": [{"ge": [{"indicator": "thoi-luong"}, 90]},
                                                    {"ge": [{"metric": "meeting.attendance_rate"}, "85%"]}]}}],
   "otherwise": "kdat", "caps": []}
)");

const QString modelBody = QStringLiteral(R"("levels": [
    {"code": "dat", "label": {"vi": "Đạt chi bộ kiểu mẫu", "en": ""}},
    {"code": "chua_dat", "label": {"vi": "Chưa đạt", "en": ""}}],
  "indicators": [
    {"id": "hop-kha-tro-len", "label": {"vi": "Số buổi sinh hoạt đạt khá trở lên", "en": ""}, "legal_ref": "Mẫu",
     "value": {"results": {"criteria": ["chat-luong-hop-moi", "chat-luong-hop-cu"], "over": "meetings",
                           "aggregate": "count_at_least", "level": "kha"}}},
    {"id": "ty-le-kha", "label": {"vi": "Tỷ lệ buổi đạt khá trở lên", "en": ""}, "legal_ref": "Mẫu",
     "value": {"results": {"criteria": ["chat-luong-hop-moi", "chat-luong-hop-cu"], "over": "meetings",
                           "aggregate": "share_at_least", "level": "kha"}}}],
  "classification": {"rules": [
    {"id": "kieu-mau", "level": "dat", "label": {"vi": "Chi bộ kiểu mẫu", "en": ""}, "legal_ref": "Mẫu",
     "when": {"all": [{"ge": [{"indicator": "hop-kha-tro-len"}, 3]}, {"ge": [{"indicator": "ty-le-kha"}, "3/4"]}]}}],
   "otherwise": "chua_dat", "caps": []}
)");

const QString memberBody = QStringLiteral(R"("levels": [
    {"code": "htxs", "label": {"vi": "Hoàn thành xuất sắc nhiệm vụ", "en": ""}},
    {"code": "htt", "label": {"vi": "Hoàn thành tốt nhiệm vụ", "en": ""}},
    {"code": "ht", "label": {"vi": "Hoàn thành nhiệm vụ", "en": ""}}],
  "indicators": [
    {"id": "tu-cham-diem", "label": {"vi": "Điểm tự chấm", "en": ""}, "legal_ref": "QĐ 366-QĐ/TW Điều 11",
     "input": {"kind": "points", "max": 100}, "max_points": 100}],
  "classification": {"rules": [
    {"id": "htxs", "level": "htxs", "label": {"vi": "Từ 90 điểm", "en": ""}, "legal_ref": "QĐ 366-QĐ/TW Điều 11",
     "when": {"ge": [{"total": {}}, 90]}},
    {"id": "htt", "level": "htt", "label": {"vi": "Từ 70 điểm", "en": ""}, "legal_ref": "QĐ 366-QĐ/TW Điều 11",
     "when": {"ge": [{"total": {}}, 70]}}],
   "otherwise": "ht", "caps": []},
  "quota": {"id": "htxs-20", "label": {"vi": "HTXS không quá 20% số HTT", "en": ""},
            "legal_ref": "QĐ 124-QĐ/TW", "level": "htxs", "base": ["htt"], "share": "20%"}
)");

} // namespace

CompositionWorld::CompositionWorld()
{
    const QStringList names = {
        QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Thị Bình"),  QStringLiteral("Y Bhim Niê"),
        QStringLiteral("H'Hen Mlô"),     QStringLiteral("Trần Văn Cường"), QStringLiteral("Lê Thị Hoa"),
        QStringLiteral("Phạm Văn Dũng"), QStringLiteral("Nguyễn Thị Mai"), QStringLiteral("Hoàng Văn Đức"),
        QStringLiteral("Võ Thị Lan"),    QStringLiteral("Bùi Văn Hùng")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QUuid cell = i < 5 ? EngineScenario::eaKring() : EngineScenario::tanLap();
        members.append(scenario.addMember(names[i], cell));
        const bool excellent = i == 1 || i == 7;
        scenario.addRating(QStringLiteral("xep-loai-thu"), QStringLiteral("tu-cham-diem"), members.last(),
                           QStringLiteral("2025"), excellent ? QStringLiteral("95") : QStringLiteral("80"));
    }
    const QList<QUuid> eaKring = members.mid(0, 5);
    const QUuid ek = EngineScenario::eaKring();
    meetings = {scenario.addMeeting(QStringLiteral("Sinh hoạt tháng 3"), ek, QDate(2025, 3, 10), QTime(8, 0),
                                    QTime(10, 0), eaKring.mid(0, 4), {eaKring[4]}),
                scenario.addMeeting(QStringLiteral("Sinh hoạt tháng 4"), ek, QDate(2025, 4, 10), QTime(8, 0),
                                    QTime(10, 0), eaKring),
                scenario.addMeeting(QStringLiteral("Sinh hoạt tháng 11"), ek, QDate(2025, 11, 10),
                                    QTime(8, 0), QTime(9, 0), eaKring),
                scenario.addMeeting(QStringLiteral("Sinh hoạt tháng 12"), ek, QDate(2025, 12, 10),
                                    QTime(8, 0), QTime(10, 0), eaKring)};
}

CriteriaSet CompositionWorld::loadedSet()
{
    CriteriaSet::Loaded loaded = loadFiles();
    for (const CriteriaProblem& problem : loaded.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(loaded.problems.isEmpty());
    return loaded.set;
}

CriteriaSet::Loaded CompositionWorld::loadFiles()
{
    const auto source = [](const QString& id, const QString& subject, const QString& from, const QString& to,
                           const QString& body) {
        return CriteriaSource{id + QStringLiteral(".json"), criteriaJson(id, subject, from, to, body)};
    };
    return CriteriaSet::load({
        source(QStringLiteral("chi-bo-kieu-mau-thu"), QStringLiteral("organisation_year"),
               QStringLiteral("2025-01-01"), {}, modelBody),
        source(QStringLiteral("chat-luong-hop-moi"), QStringLiteral("meeting"), QStringLiteral("2025-10-28"),
               {}, newMeetingBody),
        source(QStringLiteral("chat-luong-hop-cu"), QStringLiteral("meeting"), QStringLiteral("2018-07-06"),
               QStringLiteral("2025-10-27"), oldMeetingBody),
        source(QStringLiteral("xep-loai-thu"), QStringLiteral("member_year"), QStringLiteral("2025-01-01"),
               {}, memberBody),
    });
}

} // namespace chibo::test
