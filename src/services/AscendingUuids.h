// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUuid>

namespace chibo {

/// New random (version 4) uuids handed out in ascending order: as many as asked for are drawn at once and
/// sorted as the database compares them (their text). Records created in one go, each with the next id,
/// then add to every uuid index at its end (or, where the table holds records already, sweep through the
/// index once, in order) instead of at random places. With random ids an import of 100,000 members
/// evicted and read back index pages for nearly every insert (1.6 GB written, 413,000 writes); in order,
/// SQLite's default page cache writes each page about once. The ids are as random as
/// QUuid::createUuid()'s; only the order in which they are given out is chosen.
class AscendingUuids {
public:
    explicit AscendingUuids(qsizetype count);

    /// The next id; once the `count` drawn are used up, a fresh QUuid::createUuid().
    QUuid next();

private:
    QList<QUuid> m_ids;
    qsizetype m_next = 0;
};

} // namespace chibo
