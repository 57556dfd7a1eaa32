// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/CrashLedger.h"

#include <utility>

namespace chibo {

void CrashLedger::record(const QList<CrashLine>& lines)
{
    for (const CrashLine& line : lines) {
        if (line.kind == CrashLine::Kind::Begin) {
            if (m_open)
                m_pendingProblems.append(QStringLiteral("protocol: use case %1 began while %2 was open")
                                             .arg(line.seq)
                                             .arg(m_open->seq));
            checkBefore(line);
            m_open = line;
        } else if (line.kind == CrashLine::Kind::Ack) {
            if (!m_open || m_open->seq != line.seq) {
                m_pendingProblems.append(
                    QStringLiteral("protocol: acknowledgement of use case %1, which did not begin")
                        .arg(line.seq));
                continue;
            }
            for (const KeyChange& key : line.keys)
                m_expected.insert(key.key, key.after);
            ++m_acknowledged;
            m_open.reset();
        }
    }
}

void CrashLedger::checkBefore(const CrashLine& begin)
{
    // The child read the database the previous verification passed; it must see what was acknowledged.
    for (const KeyChange& key : begin.keys) {
        const auto known = m_expected.constFind(key.key);
        if (known != m_expected.cend() && *known != key.before)
            m_pendingProblems.append(
                QStringLiteral("use case %1 (%2) found %3 = %4, acknowledged was %5")
                    .arg(QString::number(begin.seq), begin.useCase, key.key, key.before, *known));
    }
}

CrashLedger::Interrupted CrashLedger::resolve(const CrashLine& begin, const Reader& read,
                                              QStringList& problems)
{
    int asBefore = 0;
    int asAfter = 0;
    QStringList found;
    for (const KeyChange& key : begin.keys) {
        const QString now = read(key.key);
        asBefore += now == key.before ? 1 : 0;
        asAfter += now == key.after ? 1 : 0;
        found.append(
            QStringLiteral("%1 = %2 (before %3, after %4)").arg(key.key, now, key.before, key.after));
    }
    const auto all = int(begin.keys.size());
    if (asAfter == all) {
        for (const KeyChange& key : begin.keys)
            m_expected.insert(key.key, key.after);
        return asBefore == all ? Interrupted::RolledBack : Interrupted::Committed;
    }
    if (asBefore == all)
        return Interrupted::RolledBack;
    problems.append(QStringLiteral("interrupted use case %1 (%2) is half written: %3")
                        .arg(QString::number(begin.seq), begin.useCase, found.join(QStringLiteral("; "))));
    return Interrupted::RolledBack;
}

CrashLedger::Outcome CrashLedger::verify(const Reader& read)
{
    Outcome outcome;
    outcome.problems = std::exchange(m_pendingProblems, {});
    outcome.acknowledged = std::exchange(m_acknowledged, 0);
    if (m_open) {
        outcome.interruptedUseCase = m_open->useCase;
        outcome.interrupted = resolve(*m_open, read, outcome.problems);
        m_open.reset();
    }
    for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
        const QString now = read(it.key());
        if (now == it.value())
            continue;
        outcome.problems.append(
            QStringLiteral("acknowledged %1 = %2, found %3").arg(it.key(), it.value(), now));
        // Reported once: the next children start from what the file holds, and later checks report what
        // they break themselves.
        it.value() = now;
    }
    return outcome;
}

} // namespace chibo
