// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/StateReader.h"

#include "core/Dataset.h"
#include "services/TrashPayload.h"
#include "services/Workspace.h"

#include <QCryptographicHash>

#include <algorithm>

namespace chibo {

namespace {

QString hashOf(const QString& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString failed(const Error& error)
{
    return u"error:" + error.code;
}

QString milliseconds(const QDateTime& at)
{
    return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) : QString();
}

/// One stored result as the columns a persist writes (the card's JSON is left out: it is derived from
/// the same card and its hash is the content hash's business).
QString resultLine(const QString& criteriaId, const QUuid& subjectId, const QString& period,
                   const QString& level, const QString& total, bool needsDecision,
                   const QDateTime& computedAt)
{
    return QStringList{criteriaId,
                       subjectId.toString(QUuid::WithoutBraces),
                       period,
                       level,
                       total,
                       needsDecision ? QStringLiteral("1") : QStringLiteral("0"),
                       milliseconds(computedAt)}
        .join(u'|');
}

QString ofLines(QStringList lines)
{
    if (lines.isEmpty())
        return StateReader::none();
    lines.sort();
    return hashOf(lines.join(u'\n'));
}

template <typename T>
std::optional<QHash<QUuid, T>> byId(const Result<QList<T>>& records, QString& error)
{
    if (!records) {
        error = failed(records.error());
        return std::nullopt;
    }
    QHash<QUuid, T> indexed;
    for (const T& record : *records)
        indexed.insert(record.id, record);
    return indexed;
}

} // namespace

StateReader::StateReader(const Workspace& workspace, const HarnessScope& scope)
    : m_workspace(workspace)
    , m_scope(scope)
{}

QString StateReader::of(const Member& member)
{
    Dataset fragment;
    fragment.members = {member};
    return hashOf(TrashPayload::write(fragment));
}

QString StateReader::of(const Meeting& meeting)
{
    Dataset fragment;
    fragment.meetings = {meeting};
    return hashOf(TrashPayload::write(fragment));
}

QString StateReader::of(const Target& target)
{
    Dataset fragment;
    fragment.targets = {target};
    return hashOf(TrashPayload::write(fragment));
}

QString StateReader::of(const ClassificationDecision& d)
{
    return hashOf(QStringList{text(d.id), d.criteriaId, text(d.subjectId), QString::number(d.year),
                              d.proposedLevel, d.decidedLevel, d.reason, d.decidedBy,
                              d.decidedOn.toString(Qt::ISODate)}
                      .join(u'|'));
}

QString StateReader::ofLocks(const QList<YearLockEntry>& history, int year)
{
    QStringList lines;
    for (const YearLockEntry& entry : history) {
        if (entry.year == year)
            lines.append(QStringList{milliseconds(entry.lockedAt), entry.lockedBy,
                                     milliseconds(entry.unlockedAt), entry.unlockedBy, entry.unlockReason}
                             .join(u'|'));
    }
    // The order of the history is part of what is checked: it is not sorted.
    return lines.isEmpty() ? none() : hashOf(lines.join(u'\n'));
}

QString StateReader::ofResults(const QList<StoredResult>& results)
{
    QStringList lines;
    for (const StoredResult& r : results)
        lines.append(
            resultLine(r.criteriaId, r.subjectId, r.period, r.level, r.total, r.needsDecision, r.computedAt));
    return ofLines(lines);
}

QString StateReader::ofCards(const QList<ScoreCard>& cards, const QDateTime& computedAt)
{
    QStringList lines;
    for (const ScoreCard& card : cards)
        lines.append(resultLine(card.criteriaId, card.subjectId, card.period, card.level,
                                card.hasPoints ? card.total.toString() : QString(), card.needsDecision(),
                                computedAt));
    return ofLines(lines);
}

const QHash<QUuid, Member>& StateReader::members()
{
    if (!m_members) {
        m_members = byId(m_workspace.storage().members().registeredIn({m_scope.editCell}), m_error);
        if (!m_members)
            m_members.emplace();
    }
    return *m_members;
}

QString StateReader::read(const QString& key)
{
    const QStringList parts = key.split(u'/');
    const QString& kind = parts[0];
    QString found;
    if (kind == u"member" || kind == u"meeting" || kind == u"target")
        found = readRecord(kind, QUuid(parts.value(1)));
    else if (kind == u"bin")
        found = readBin(QUuid(parts.value(1)));
    else if (kind == u"citizen")
        found = readCitizen(parts.value(1));
    else if (kind == u"results")
        found = readResults(QUuid(parts.value(1)));
    else if (kind == u"decision")
        found = readDecision(QUuid(parts.value(1)), QUuid(parts.value(2)));
    else if (kind == u"lock")
        found = readLocks(QUuid(parts.value(1)));
    else
        return u"unknown-key:" + key;
    return m_error.isEmpty() ? found : m_error;
}

QString StateReader::readRecord(const QString& kind, const QUuid& id)
{
    if (kind == u"member") {
        const auto it = members().constFind(id);
        return it == members().cend() ? absent() : of(*it);
    }
    if (kind == u"meeting") {
        if (!m_meetings)
            m_meetings = byId(m_workspace.storage().meetings().ofOrganisations({m_scope.editCell}), m_error);
        return !m_meetings || !m_meetings->contains(id) ? absent() : of(m_meetings->value(id));
    }
    if (!m_targets)
        m_targets = byId(m_workspace.storage().records().targets({m_scope.editCell}), m_error);
    return !m_targets || !m_targets->contains(id) ? absent() : of(m_targets->value(id));
}

QString StateReader::readBin(const QUuid& recordId)
{
    if (!m_bin) {
        const auto entries = m_workspace.storage().trash().entries({m_scope.editCell});
        if (!entries)
            return failed(entries.error());
        m_bin.emplace();
        for (const TrashEntry& entry : *entries)
            ++(*m_bin)[entry.recordId];
    }
    return QString::number(m_bin->value(recordId));
}

QString StateReader::readCitizen(const QString& citizenId)
{
    const auto& all = members();
    const bool found =
        std::any_of(all.cbegin(), all.cend(), [&](const Member& m) { return m.citizenId == citizenId; });
    return found ? QStringLiteral("present") : absent();
}

QString StateReader::readResults(const QUuid& cell)
{
    QList<StoredResult> all;
    for (const QString& criteriaId : m_scope.criteriaIds) {
        const auto results =
            m_workspace.storage().results().results(criteriaId, QString(), m_scope.scopes.value(cell));
        if (!results)
            return failed(results.error());
        all += *results;
    }
    return ofResults(all);
}

QString StateReader::readDecision(const QUuid& subject, const QUuid& id)
{
    if (!m_decisions.contains(subject)) {
        const auto history = m_workspace.storage().decisions().history(subject);
        if (!history)
            return failed(history.error());
        QHash<QUuid, QString>& recorded = m_decisions[subject];
        for (const ClassificationDecision& decision : *history)
            recorded.insert(decision.id, of(decision));
    }
    return m_decisions[subject].value(id, absent());
}

QString StateReader::readLocks(const QUuid& cell)
{
    const auto history = m_workspace.storage().locks().history(cell);
    return history ? ofLocks(*history, m_scope.yearEndYear) : failed(history.error());
}

} // namespace chibo
