// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace chibo {

/// One key of the database the harness watches ("meeting/<uuid>", "bin/<uuid>", "results/<org>/<year>" …,
/// see StateReader) with its fingerprint before a use case and the one the use case leaves.
struct KeyChange {
    QString key;
    QString before;
    QString after;

    bool operator==(const KeyChange&) const = default;
};

/// A line the child writes to the parent, one write(2) each, so a line is either whole or absent:
///   "ready"                                          the database is open, use cases start now
///   "begin <seq> <use-case> <key>=<before>><after> …"  about to run; what each key holds and will hold
///   "ack <seq> <µs> <µs since ready> <key>=<fp> …"     committed; what each key holds now (read back)
/// Fingerprints and keys contain no spaces, "=" or ">".
struct CrashLine {
    enum class Kind { Ready, Begin, Ack };
    Kind kind = Kind::Ready;
    int seq = 0;
    QString useCase;         ///< begin only
    qint64 microseconds = 0; ///< ack only: the use case's time from begin to commit
    qint64 sinceReady = 0;   ///< ack only: microseconds from "ready" to the commit
    QList<KeyChange> keys;   ///< begin: before and after; ack: after only

    bool operator==(const CrashLine&) const = default;

    QString format() const;
    /// Nullopt for anything that is not a whole line of the protocol (a torn or foreign line).
    static std::optional<CrashLine> parse(const QString& line);
};

} // namespace chibo
