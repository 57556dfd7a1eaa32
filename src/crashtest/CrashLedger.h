// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crashtest/CrashProtocol.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace chibo {

/// The parent's account of what the database must hold: the fingerprint of every key some acknowledged
/// use case wrote, the latest acknowledgement winning. After each kill it is checked against the file:
/// - every acknowledged key holds its acknowledged fingerprint (durability);
/// - the use case the kill interrupted (begun, not acknowledged) left all of its keys as they were or all
///   as it meant to leave them (atomicity); in the second case it committed before the kill, and its
///   fingerprints are known from then on.
/// Nothing here depends on rows the harness does not watch (audit rows, other tables).
class CrashLedger {
public:
    /// The fingerprint a key has in the database now ("absent" for a record that is not there).
    using Reader = std::function<QString(const QString& key)>;

    enum class Interrupted { Nothing, RolledBack, Committed };

    struct Outcome {
        QStringList problems; ///< one sentence each; empty when the database is consistent
        int acknowledged = 0; ///< use cases the child acknowledged before the kill
        Interrupted interrupted = Interrupted::Nothing;
        QString interruptedUseCase;
    };

    /// Takes what one child wrote before it was killed, in order. A line that breaks the protocol (an
    /// ack of nothing, a begin while another is open) is a problem of the next verify().
    void record(const QList<CrashLine>& lines);
    /// Reads the keys through `read` and says what does not hold; then forgets the interrupted use case and
    /// takes what the file holds as known, so that a loss is reported once, after the kill that caused it.
    Outcome verify(const Reader& read);

    qsizetype keyCount() const { return m_expected.size(); }
    /// The acknowledged fingerprint of `key`, empty when no acknowledged use case wrote it.
    QString expected(const QString& key) const { return m_expected.value(key); }

private:
    void checkBefore(const CrashLine& begin);
    Interrupted resolve(const CrashLine& begin, const Reader& read, QStringList& problems);

    QHash<QString, QString> m_expected;
    std::optional<CrashLine> m_open;
    QStringList m_pendingProblems;
    int m_acknowledged = 0;
};

} // namespace chibo
