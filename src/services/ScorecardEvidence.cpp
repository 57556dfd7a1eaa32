// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScorecardEvidence.h"

#include "core/Labels.h"
#include "scoring/MetricCatalog.h"

#include <QLocale>

namespace chibo {

namespace {

QString duesKey(const QUuid& memberId, const QString& month)
{
    return memberId.toString(QUuid::WithoutBraces) + u'|' + month;
}

template <typename T>
void indexById(QHash<QUuid, const T*>& index, const QList<T>& records)
{
    index.reserve(records.size());
    for (const T& record : records)
        index.insert(record.id, &record);
}

QString joined(const QString& first, const QString& second)
{
    if (second.isEmpty())
        return first;
    return first.isEmpty() ? second : first + QStringLiteral(" — ") + second;
}

} // namespace

QString ScorecardEvidence::inputLabel(const ScoreCard& card, const QString& name) const
{
    if (const QString metric = MetricCatalog::describe(name); !metric.isEmpty())
        return metric;
    static const QString atLeast = QStringLiteral("results.at_least:");
    if (name.startsWith(atLeast))
        return tr("results at %1 or better").arg(m_texts.levelName(card, name.mid(atLeast.size())));
    const std::pair<const char16_t*, QString> words[] = {
        {u"attended", tr("attended")},
        {u"expected", tr("expected")},
        {u"met", tr("met")},
        {u"due", tr("due")},
        {u"planned", tr("planned")},
        {u"exceeded", tr("exceeded")},
        {u"targets", tr("targets")},
        {u"meetings", tr("meetings")},
        {u"elapsed", tr("months elapsed")},
        {u"with_meeting", tr("months with a meeting")},
        {u"limit", tr("limit")},
        {u"required", tr("required")},
        {u"speakers", tr("members who spoke")},
        {u"days", tr("days")},
        {u"duration", tr("minutes")},
        {u"recorded", tr("recorded")},
        {u"on_time", tr("on time")},
        {u"admitted", tr("admitted")},
        {u"results.rated", tr("results rated")},
        {u"results.subjects", tr("subjects with a result")},
        {u"results.undetermined", tr("results without a level")},
    };
    for (const auto& [code, word] : words) {
        if (name == code)
            return word;
    }
    return name;
}

ScorecardEvidence::ScorecardEvidence(const Dataset& dataset, const ScorecardTexts& texts,
                                     const SubjectNames& names)
    : m_texts(texts)
    , m_names(names)
{
    indexById(m_meetings, dataset.meetings);
    indexById(m_targets, dataset.targets);
    indexById(m_disciplines, dataset.disciplines);
    indexById(m_leaves, dataset.leaves);
    indexById(m_violations, dataset.violations);
    indexById(m_commendations, dataset.commendations);
    indexById(m_ratings, dataset.ratings);
    m_dues.reserve(dataset.dues.size());
    for (const DuesRecord& dues : dataset.dues)
        m_dues.insert(duesKey(dues.memberId, dues.month.toString()), &dues);
}

QList<ScorecardEvidenceRow> ScorecardEvidence::rows(const QList<RecordRef>& records) const
{
    QList<ScorecardEvidenceRow> out;
    out.reserve(records.size());
    for (const RecordRef& record : records)
        out.append(row(record));
    return out;
}

QList<std::pair<QString, QString>> ScorecardEvidence::inputs(const ScoreCard& card,
                                                             const IndicatorResult& item) const
{
    QList<std::pair<QString, QString>> out;
    for (const NamedValue& input : item.inputs) {
        const QString value = input.value.type == ScoreValue::Type::Code
                                  ? m_texts.levelName(card, input.value.code)
                                  : m_texts.writer().valueText(input.value);
        out.append({inputLabel(card, input.name), value});
    }
    return out;
}

QString ScorecardEvidence::meetingText(const Meeting& meeting) const
{
    return QStringLiteral("%1 — %2").arg(meeting.date.toString(u"dd/MM/yyyy"), Labels::of(meeting.kind));
}

ScorecardEvidenceRow ScorecardEvidence::row(const RecordRef& record) const
{
    const QString& kind = record.kind;
    if (kind == u"meeting")
        return meetingRow(record);
    if (kind == u"attendance")
        return attendanceRow(record);
    if (kind == u"target")
        return targetRow(record);
    if (kind == u"result")
        return resultRow(record);
    if (kind == u"member")
        return {tr("Member"), {}, m_names.of(record.id), {}};
    if (kind == u"organisation")
        return {tr("Organisation"), {}, m_names.of(record.id), {}};
    return memberRecordRow(record);
}

ScorecardEvidenceRow ScorecardEvidence::meetingRow(const RecordRef& record) const
{
    const Meeting* meeting = m_meetings.value(record.id);
    if (!meeting)
        return {tr("Meeting"), {}, m_names.of(record.id), {}};
    qsizetype present = 0;
    for (const Attendance& row : meeting->attendance)
        present += row.attended() ? 1 : 0;
    const QString detail = tr("%1 of %2 present, %3 minutes")
                               .arg(present)
                               .arg(meeting->attendance.size())
                               .arg(meeting->durationMinutes());
    return {tr("Meeting"), meeting->date, meetingText(*meeting), joined(Labels::of(meeting->state), detail)};
}

ScorecardEvidenceRow ScorecardEvidence::attendanceRow(const RecordRef& record) const
{
    const Meeting* meeting = m_meetings.value(record.id);
    const QUuid memberId(record.detail);
    ScorecardEvidenceRow row{tr("Attendance"), {}, m_names.of(memberId), {}};
    if (!meeting)
        return row;
    row.date = meeting->date;
    for (const Attendance& attendance : meeting->attendance) {
        if (attendance.memberId != memberId)
            continue;
        row.detail = Labels::of(attendance.status);
        if (attendance.reason != AbsenceReason::None)
            row.detail = joined(row.detail, Labels::of(attendance.reason));
        row.detail = joined(row.detail, attendance.note);
    }
    row.detail = joined(meetingText(*meeting), row.detail);
    return row;
}

ScorecardEvidenceRow ScorecardEvidence::targetRow(const RecordRef& record) const
{
    const Target* target = m_targets.value(record.id);
    if (!target)
        return {tr("Target"), {}, record.id.toString(QUuid::WithoutBraces), {}};
    const QLocale locale;
    const QString amount =
        tr("%1 of %2 %3")
            .arg(locale.toString(target->actual), locale.toString(target->planned), target->unit)
            .trimmed();
    const QString due = tr("due %1").arg(target->dueMonth.firstDay().toString(u"MM/yyyy"));
    return {tr("Target"), {}, target->title, joined(joined(Labels::of(target->status), amount), due)};
}

ScorecardEvidenceRow ScorecardEvidence::resultRow(const RecordRef& record) const
{
    const ScoreCard* card = m_texts.cardOf(record.detail, record.id);
    if (!card)
        return {tr("Result"), {}, m_names.of(record.id), record.detail};
    const Meeting* meeting = m_meetings.value(record.id);
    const QString points = m_texts.totalText(*card);
    return {tr("Result"), meeting ? meeting->date : QDate(), m_texts.subjectText(*card),
            joined(m_texts.levelText(*card), points.isEmpty() ? QString() : tr("%1 points").arg(points))};
}

ScorecardEvidenceRow ScorecardEvidence::memberRecordRow(const RecordRef& record) const
{
    const QString& kind = record.kind;
    if (const Discipline* item = kind == u"discipline" ? m_disciplines.value(record.id) : nullptr) {
        const QUuid who = item->memberId.isNull() ? item->orgId : item->memberId;
        return {tr("Discipline"), item->decisionDate, m_names.of(who),
                joined(Labels::of(item->form), item->violation)};
    }
    if (const Leave* item = kind == u"leave" ? m_leaves.value(record.id) : nullptr) {
        return {tr("Leave"), item->from, m_names.of(item->memberId),
                joined(Labels::of(item->kind), tr("%n day(s)", nullptr, item->days()))};
    }
    if (kind == u"dues") {
        const DuesRecord* item = m_dues.value(duesKey(record.id, record.detail));
        const auto month = YearMonth::parse(record.detail);
        return {tr("Party dues"), month ? month->firstDay() : QDate(), m_names.of(record.id),
                item ? Labels::of(item->state) : record.detail};
    }
    if (const Violation* item = kind == u"violation" ? m_violations.value(record.id) : nullptr)
        return {tr("Violation"), item->date, m_names.of(item->memberId),
                joined(Labels::of(item->kind), item->note)};
    if (const Commendation* item = kind == u"commendation" ? m_commendations.value(record.id) : nullptr) {
        const QUuid who = item->memberId.isNull() ? item->orgId : item->memberId;
        return {tr("Commendation"), item->date, m_names.of(who), joined(item->title, item->issuer)};
    }
    if (const Rating* item = kind == u"rating" ? m_ratings.value(record.id) : nullptr) {
        const QString by = item->enteredBy.isEmpty() ? QString() : tr("entered by %1").arg(item->enteredBy);
        return {tr("Entered value"), item->enteredOn, m_names.of(item->subjectId),
                joined(joined(item->value, item->note), by)};
    }
    return {kind, {}, m_names.of(record.id), record.detail};
}

} // namespace chibo
