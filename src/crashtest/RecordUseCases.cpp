// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/RecordUseCases.h"

#include "core/Dataset.h"
#include "crashtest/StateReader.h"
#include "services/MemberImport.h"
#include "services/RecordEditing.h"
#include "services/RecycleBin.h"
#include "services/TrashPayload.h"
#include "services/Workspace.h"

#include <algorithm>
#include <utility>

namespace chibo {

namespace {

/// The prefixes of the citizen IDs (CCCD) the harness gives its members: no province has these codes, so
/// the demo's members never carry them.
const QString CreatedPrefix = QStringLiteral("098");
const QString ImportedPrefix = QStringLiteral("097");
constexpr int MaxImported = 9;

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QUuid slotId(const QString& kind, int slot, const QString& part = {})
{
    static const QUuid harness(QStringLiteral("6d0b7c2e-2c41-4f4e-9f53-0c7a1f0e5a11"));
    return QUuid::createUuidV5(harness, QStringLiteral("%1/%2%3").arg(kind).arg(slot).arg(part));
}

Status statusOf(const Result<QUuid>& saved)
{
    return saved ? Status{} : Status{saved.error()};
}

template <typename T>
struct Kind;

template <>
struct Kind<Meeting> {
    static QString name() { return QStringLiteral("meeting"); }
    static QString key(const QUuid& id) { return StateReader::meetingKey(id); }
    static Result<std::optional<Meeting>> find(const Storage& s, const QUuid& id)
    {
        return s.meetings().find(id);
    }
    static QList<Meeting> of(const Dataset& d) { return d.meetings; }
};

template <>
struct Kind<Target> {
    static QString name() { return QStringLiteral("target"); }
    static QString key(const QUuid& id) { return StateReader::targetKey(id); }
    static Result<std::optional<Target>> find(const Storage& s, const QUuid& id)
    {
        return s.records().findTarget(id);
    }
    static QList<Target> of(const Dataset& d) { return d.targets; }
};

template <>
struct Kind<Member> {
    static QString name() { return QStringLiteral("member"); }
    static QString key(const QUuid& id) { return StateReader::memberKey(id); }
    static Result<std::optional<Member>> find(const Storage& s, const QUuid& id)
    {
        return s.members().find(id);
    }
    static QList<Member> of(const Dataset& d) { return d.members; }
};

enum class SlotState { Free, Present, Binned };

SlotState stateOf(StateReader& state, const QString& key, const QUuid& id)
{
    if (state.read(key) != StateReader::absent())
        return SlotState::Present;
    return state.read(StateReader::binKey(id)) == u"0" ? SlotState::Free : SlotState::Binned;
}

SlotState neededFor(const QString& action)
{
    if (action == u"create")
        return SlotState::Free;
    return action == u"restore" ? SlotState::Binned : SlotState::Present;
}

QList<Member> imported(StateReader& state)
{
    QList<Member> found;
    for (const Member& member : state.members()) {
        if (member.citizenId.startsWith(ImportedPrefix))
            found.append(member);
    }
    std::sort(found.begin(), found.end(), [](const Member& a, const Member& b) { return a.id < b.id; });
    return found;
}

const QStringList SlotMemberNames{text("Nguyễn Thị Hạnh"), text("Trần Văn Dũng"),    text("H'Linh Niê"),
                                  text("Y Phôn Ksơr"),     text("Lê Thị Thu Trang"), text("Phạm Minh Tuấn"),
                                  text("Hoàng Văn Lợi"),   text("Đỗ Thị Mai"),       text("Bùi Quang Vinh")};

/// A person no other imported row has been, in this database, in any iteration: the import refuses a
/// name and birth date already stored, so they derive injectively from `serial` (unique per row) for
/// fewer than 1.2 M rows. The births (1950–1982) are all before the slot members' (1985 on).
std::pair<QString, QDate> importedPerson(qint64 serial, bool woman)
{
    static const QStringList surnames{text("Nguyễn"), text("Trần"), text("Lê"), text("Phạm"), text("Hoàng"),
                                      text("Huỳnh"),  text("Phan"), text("Vũ"), text("Võ"),   text("Đặng")};
    static const QStringList women{text("Thị Hạnh"),      text("Thị Mai"),        text("Thị Thu Trang"),
                                   text("Thị Lan"),       text("Thị Hồng Nhung"), text("Thị Ngọc Ánh"),
                                   text("Thị Bích Thủy"), text("Thị Hương"),      text("Thị Thanh Tâm"),
                                   text("Thị Kim Oanh")};
    static const QStringList men{
        text("Văn Dũng"), text("Minh Tuấn"), text("Văn Lợi"),   text("Quang Vinh"),  text("Đức Thắng"),
        text("Văn Hùng"), text("Hữu Nghĩa"), text("Thanh Sơn"), text("Xuân Trường"), text("Công Danh")};
    const QStringList& given = woman ? women : men;
    const qint64 name = serial % 100;
    const QString fullName = surnames.at(name / 10) + u' ' + given.at(name % 10);
    return {fullName, QDate(1950, 1, 1).addDays((serial / 100) % 12000)};
}

} // namespace

RecordUseCases::RecordUseCases(Workspace& workspace, const Session& session, const HarnessScope& scope,
                               std::mt19937_64& random, int iteration)
    : m_workspace(workspace)
    , m_session(session)
    , m_scope(scope)
    , m_random(random)
    , m_iteration(iteration)
{}

template <>
Meeting RecordUseCases::changed<Meeting>(Meeting meeting)
{
    static const QList<AttendanceStatus> statuses{
        AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
        AttendanceStatus::AbsentExcused, AttendanceStatus::AbsentUnexcused};
    for (Attendance& row : meeting.attendance) {
        if (pick(3) != 0)
            continue;
        row.status = statuses.at(pick(int(statuses.size())));
        row.reason =
            row.status == AttendanceStatus::AbsentExcused ? AbsenceReason::Work : AbsenceReason::None;
        row.note = row.status == AttendanceStatus::AbsentExcused ? text("Đi làm rẫy xa") : QString();
    }
    meeting.speakersCount = 1 + pick(9);
    meeting.minutes =
        text("Đồng chí bí thư quán triệt chuyên đề; %1 ý kiến phát biểu.").arg(meeting.speakersCount);
    meeting.conclusion = text("Chi bộ thống nhất giao nhiệm vụ cho từng đảng viên (lần %1).").arg(pick(1000));
    return meeting;
}

template <>
Meeting RecordUseCases::created<Meeting>(int slot, StateReader& state)
{
    Meeting meeting;
    meeting.id = slotId(Kind<Meeting>::name(), slot);
    meeting.orgId = m_scope.editCell;
    meeting.date = QDate(m_scope.day.year(), 1 + slot, 10 + slot);
    meeting.start = QTime(19, 30);
    meeting.end = QTime(21, 30);
    meeting.kind = MeetingKind::Thematic;
    meeting.place = text("Nhà văn hóa buôn");
    meeting.topic = text("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    meeting.agenda = {text("Thông báo tình hình thời sự"), text("Sinh hoạt chuyên đề"),
                      text("Kiểm điểm việc thực hiện nghị quyết tháng trước")};
    meeting.documentsPostedOn = meeting.date.addDays(-5);
    QList<Member> attending;
    for (const Member& member : state.members()) {
        const bool harness =
            member.citizenId.startsWith(CreatedPrefix) || member.citizenId.startsWith(ImportedPrefix);
        const bool registered =
            std::any_of(member.memberships.cbegin(), member.memberships.cend(),
                        [&](const auto& m) { return m.orgId == m_scope.editCell && m.covers(meeting.date); });
        if (!harness && registered)
            attending.append(member);
    }
    std::sort(attending.begin(), attending.end(),
              [](const Member& a, const Member& b) { return a.id < b.id; });
    for (const Member& member : attending)
        meeting.attendance.append({member.id, AttendanceStatus::Present, AbsenceReason::None, {}});
    if (!attending.isEmpty())
        meeting.chairId = attending.constFirst().id;
    if (attending.size() > 1)
        meeting.minuteTakerId = attending.at(1).id;
    return changed(meeting);
}

template <>
Target RecordUseCases::changed<Target>(Target target)
{
    target.actual = pick(int(target.planned) + 4);
    target.status = target.actual < target.planned
                        ? TargetStatus::Open
                        : (target.actual == target.planned ? TargetStatus::Done : TargetStatus::Exceeded);
    target.note = text("Cập nhật kết quả lần %1").arg(pick(1000));
    return target;
}

template <>
Target RecordUseCases::created<Target>(int slot, StateReader&)
{
    static const QStringList titles{text("Vận động hộ gia đình giữ gìn vệ sinh môi trường"),
                                    text("Trồng cây xanh trên các tuyến đường của buôn"),
                                    text("Vận động con em đến trường đúng độ tuổi"),
                                    text("Hỗ trợ hộ nghèo làm nhà"),
                                    text("Kết nạp đoàn viên thanh niên"),
                                    text("Xây dựng mô hình tưới tiết kiệm cho cà phê")};
    Target target;
    target.id = slotId(Kind<Target>::name(), slot);
    target.orgId = m_scope.editCell;
    target.planYear = m_scope.day.year();
    target.title = titles.at(slot % titles.size());
    target.dueMonth = YearMonth(m_scope.day.year(), 12);
    target.planned = 10 + 5 * slot;
    target.unit = text("hộ");
    return target;
}

template <>
Member RecordUseCases::changed<Member>(Member member)
{
    static const QStringList hometowns{text("xã Ea Sin, huyện Krông Búk, tỉnh Đắk Lắk"),
                                       text("xã Cư Né, huyện Krông Búk, tỉnh Đắk Lắk"),
                                       text("xã Nghĩa Hưng, huyện Nghĩa Hưng, tỉnh Nam Định")};
    member.phone = QStringLiteral("09%1").arg(pick(100000000), 8, 10, QLatin1Char('0'));
    member.hometown = hometowns.at(pick(int(hometowns.size())));
    member.worksInPoliticalSystem = pick(2) == 1;
    member.note = text("Ghi chú cập nhật lần %1").arg(pick(1000));
    return member;
}

template <>
Member RecordUseCases::created<Member>(int slot, StateReader&)
{
    const QString kind = Kind<Member>::name();
    Member member;
    member.id = slotId(kind, slot);
    member.fullName = SlotMemberNames.at(slot % SlotMemberNames.size());
    member.sex = slot % 2 == 0 ? Sex::Female : Sex::Male;
    member.birthDate = QDate(1985 + slot, 3, 12);
    member.ethnicity = slot % 3 == 0 ? text("Ê Đê") : QStringLiteral("Kinh");
    member.citizenId = CreatedPrefix + QStringLiteral("%1").arg(slot, 9, 10, QLatin1Char('0'));
    member.ceremonyDate = QDate(m_scope.day.year(), 2, 3 + slot);
    member.admissionDecisionDate = member.ceremonyDate.addDays(-20);
    member.statusEvents.append({slotId(kind, slot, QStringLiteral("/admitted")),
                                member.ceremonyDate,
                                StatusEventKind::Admitted,
                                {},
                                {}});
    member.memberships.append({slotId(kind, slot, QStringLiteral("/cell")),
                               m_scope.editCell,
                               member.ceremonyDate,
                               {},
                               CellMembership::Kind::Official});
    return changed(member);
}

QStringList RecordUseCases::available(StateReader& state) const
{
    QStringList names;
    const auto slots = [&](const QString& kind, const auto& keyOf) {
        QList<SlotState> found;
        for (int slot = 0; slot < Slots; ++slot)
            found.append(stateOf(state, keyOf(slotId(kind, slot)), slotId(kind, slot)));
        if (found.contains(SlotState::Free))
            names.append(kind + u".create");
        if (found.contains(SlotState::Present))
            names += {kind + u".update", kind + u".remove"};
        if (found.contains(SlotState::Binned))
            names.append(kind + u".restore");
    };
    slots(Kind<Meeting>::name(), Kind<Meeting>::key);
    slots(Kind<Target>::name(), Kind<Target>::key);
    slots(Kind<Member>::name(), Kind<Member>::key);
    const qsizetype importedCount = imported(state).size();
    if (importedCount < MaxImported && m_imports < 99)
        names.append(QStringLiteral("members.import"));
    if (importedCount > 0)
        names.append(QStringLiteral("member.remove-imported"));
    return names;
}

Result<PlannedUseCase> RecordUseCases::plan(const QString& name, StateReader& state)
{
    const QString kind = name.section(u'.', 0, 0);
    const QString action = name.section(u'.', 1);
    if (name == u"members.import")
        return planImport(++m_imports);
    if (name == u"member.remove-imported")
        return planImportedRemoval(state);
    if (kind == Kind<Meeting>::name())
        return planSlot<Meeting>(action, state);
    if (kind == Kind<Target>::name())
        return planSlot<Target>(action, state);
    return planSlot<Member>(action, state);
}

template <typename T>
Result<PlannedUseCase> RecordUseCases::planSlot(const QString& action, StateReader& state)
{
    QList<int> slots;
    for (int slot = 0; slot < Slots; ++slot) {
        const QUuid id = slotId(Kind<T>::name(), slot);
        if (stateOf(state, Kind<T>::key(id), id) == neededFor(action))
            slots.append(slot);
    }
    if (slots.isEmpty())
        return Error{QStringLiteral("crashtest.plan"), u"no slot for " + Kind<T>::name() + u'.' + action, {}};
    const int slot = slots.at(pick(int(slots.size())));
    const QUuid id = slotId(Kind<T>::name(), slot);
    const QString key = Kind<T>::key(id);
    const QString bin = StateReader::binKey(id);
    PlannedUseCase planned{Kind<T>::name() + u'.' + action, {}, {}, {}};
    Workspace& workspace = m_workspace;
    const Session& session = m_session;
    if (action == u"create") {
        const T after = created<T>(slot, state);
        planned.keys = {{key, StateReader::absent(), StateReader::of(after)}};
        planned.run = [&workspace, &session, after] {
            return statusOf(RecordEditing::apply(workspace, session, Change<T>{std::nullopt, after}));
        };
        return planned;
    }
    if (action == u"restore") {
        auto entry = restored<T>(id);
        if (!entry)
            return entry.error();
        planned.keys = {{key, StateReader::absent(), StateReader::of(entry->second)},
                        {bin, QStringLiteral("1"), QStringLiteral("0")}};
        planned.run = [&workspace, &session, entryId = entry->first] {
            return RecycleBin::restore(workspace, session, entryId);
        };
        return planned;
    }
    const auto stored = Kind<T>::find(m_workspace.storage(), id);
    if (!stored || !*stored)
        return stored ? Error{QStringLiteral("crashtest.plan"), u"slot vanished: " + key, {}}
                      : stored.error();
    const T before = **stored;
    const std::optional<T> after = action == u"update" ? std::optional<T>(changed(before)) : std::nullopt;
    planned.keys = {{key, StateReader::of(before), after ? StateReader::of(*after) : StateReader::absent()}};
    if (!after)
        planned.keys.append({bin, QStringLiteral("0"), QStringLiteral("1")});
    planned.run = [&workspace, &session, before, after] {
        return statusOf(RecordEditing::apply(workspace, session, Change<T>{before, after}));
    };
    return planned;
}

template <typename T>
Result<std::pair<QUuid, T>> RecordUseCases::restored(const QUuid& id) const
{
    const auto entries = m_workspace.storage().trash().entries({m_scope.editCell});
    if (!entries)
        return entries.error();
    for (const TrashEntry& listed : *entries) {
        if (listed.recordId != id)
            continue;
        const auto entry = m_workspace.storage().trash().find(listed.id);
        if (!entry || !*entry)
            return entry ? Error{QStringLiteral("crashtest.plan"), QStringLiteral("bin entry vanished"), {}}
                         : entry.error();
        const auto fragment = TrashPayload::read((*entry)->payload, listed.id);
        if (!fragment)
            return fragment.error();
        for (const T& record : Kind<T>::of(*fragment)) {
            if (record.id == id)
                return std::pair<QUuid, T>(listed.id, record);
        }
    }
    return Error{QStringLiteral("crashtest.plan"), u"not in the bin: " + Kind<T>::key(id), {}};
}

Result<PlannedUseCase> RecordUseCases::planImport(int sequence)
{
    SheetGrid grid;
    grid.sourceName = QStringLiteral("dang-vien-moi.csv");
    grid.sheetName = QStringLiteral("dang-vien-moi");
    const QStringList header{text("Họ và tên"),
                             text("Giới tính"),
                             text("Ngày sinh"),
                             text("Số CCCD"),
                             text("Ngày quyết định kết nạp"),
                             text("Ngày kết nạp")};
    const auto row = [](const QStringList& texts) {
        QList<SheetValue> cells;
        for (const QString& value : texts)
            cells.append(SheetValue::ofText(value));
        return cells;
    };
    grid.rows.append(row(header));
    PlannedUseCase planned{QStringLiteral("members.import"), {}, {}, {}};
    QStringList citizenIds;
    const int rows = 2 + pick(3);
    for (int i = 0; i < rows; ++i) {
        const QString citizenId = ImportedPrefix + QStringLiteral("%1%2%3")
                                                       .arg(m_iteration % 100000, 5, 10, QLatin1Char('0'))
                                                       .arg(sequence % 100, 2, 10, QLatin1Char('0'))
                                                       .arg(i, 2, 10, QLatin1Char('0'));
        const QDate ceremony(m_scope.day.year(), 4, 1 + i);
        const bool woman = i % 2 == 0;
        const auto [fullName, birthDate] =
            importedPerson((qint64(m_iteration) * 100 + sequence) * 4 + i, woman);
        grid.rows.append(row({fullName, woman ? text("Nữ") : QStringLiteral("Nam"),
                              birthDate.toString(QStringLiteral("dd/MM/yyyy")), citizenId,
                              ceremony.addDays(-20).toString(QStringLiteral("dd/MM/yyyy")),
                              ceremony.toString(QStringLiteral("dd/MM/yyyy"))}));
        citizenIds.append(citizenId);
        planned.keys.append(
            {StateReader::citizenKey(citizenId), StateReader::absent(), QStringLiteral("present")});
    }
    auto preview = MemberImport::preview(grid, m_scope.day);
    if (!preview)
        return preview.error();
    if (preview->hasProblems())
        return Error{
            QStringLiteral("crashtest.plan"), QStringLiteral("the generated sheet has problems"), {}};
    planned.run = [this, preview = *preview] {
        const auto imported =
            MemberImport::commit(m_workspace, m_session, preview, m_scope.editCell, m_scope.day);
        return imported ? Status{} : Status{imported.error()};
    };
    planned.keysAfterCommit = [citizenIds](StateReader& state) {
        QList<KeyChange> keys;
        for (const Member& member : state.members()) {
            if (citizenIds.contains(member.citizenId)) {
                keys.append(
                    {StateReader::memberKey(member.id), StateReader::absent(), StateReader::of(member)});
                keys.append({StateReader::binKey(member.id), QStringLiteral("0"), QStringLiteral("0")});
            }
        }
        return keys;
    };
    return planned;
}

Result<PlannedUseCase> RecordUseCases::planImportedRemoval(StateReader& state)
{
    const QList<Member> candidates = imported(state);
    if (candidates.isEmpty())
        return Error{QStringLiteral("crashtest.plan"), QStringLiteral("no imported member"), {}};
    const auto stored = m_workspace.storage().members().find(candidates.at(pick(int(candidates.size()))).id);
    if (!stored || !*stored)
        return stored ? Error{QStringLiteral("crashtest.plan"), QStringLiteral("member vanished"), {}}
                      : stored.error();
    const Member before = **stored;
    PlannedUseCase planned{
        QStringLiteral("member.remove-imported"),
        {{StateReader::memberKey(before.id), StateReader::of(before), StateReader::absent()},
         {StateReader::binKey(before.id), QStringLiteral("0"), QStringLiteral("1")},
         {StateReader::citizenKey(before.citizenId), QStringLiteral("present"), StateReader::absent()}},
        {},
        {}};
    planned.run = [this, before] {
        return statusOf(RecordEditing::apply(m_workspace, m_session, Change<Member>{before, std::nullopt}));
    };
    return planned;
}

} // namespace chibo
