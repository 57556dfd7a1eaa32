// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// The canonical order of a Dataset: exactly the order in which Storage and the repositories return
/// records, so that exports are byte-stable and a load compares equal to a canonicalised input.
/// - organisations: depth first from the roots, parents before children; roots and siblings by name in
///   Vietnamese collation, then by id. An organisation whose parent is not in the list counts as a root.
/// - members: by given name, then full name (PersonNameOrder: Vietnamese collation, case-insensitive),
///   then id.
/// - meetings by date, targets by due month, assignments and leave by start, disciplines by decision
///   date, violations and commendations by date — each then by id; dues by member id, then month;
///   ratings by criteria id, period, subject id, indicator id, then id.
/// - lists inside a record (terms, histories, agenda, attendance, lifecycle, follow-ups) keep their order:
///   it is data, and storage keeps it.
/// Ids compare as their lower-case text form; an invalid date or month sorts before every valid one.
class DatasetOrder {
public:
    static void sort(QList<Organisation>& organisations);
    static void sort(QList<Member>& members);
    static void sort(QList<Meeting>& meetings);
    static void sort(QList<Target>& targets);
    static void sort(QList<Assignment>& assignments);
    static void sort(QList<Discipline>& disciplines);
    static void sort(QList<Leave>& leaves);
    static void sort(QList<DuesRecord>& dues);
    static void sort(QList<Violation>& violations);
    static void sort(QList<Commendation>& commendations);
    static void sort(QList<Rating>& ratings);
    static void canonicalise(Dataset& dataset);

    /// The order of the ids' text forms ("0a…" < "1b…"), which QUuid's own operator< does not follow.
    static bool uuidLess(const QUuid& a, const QUuid& b);
};

/// Sorts every list of `dataset` into the canonical order (DatasetOrder).
void canonicalise(Dataset& dataset);

} // namespace chibo
