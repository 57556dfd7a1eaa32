// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace chibo {

/// The figures measured inside one process of their own (the benchmark starts itself with --figure so
/// that each has its own peak memory): each opens the database at `path` and prints one line
/// "result key=value …" on standard output. They return the process's exit code.
class InProcessFigures {
public:
    /// P1: read the province (ScoringSnapshot), classify every member and organisation for `year`
    /// (ClassificationService), and store the proposals, as `chibo-cli classify` does; phases apart.
    static int classifyProvince(const QString& path, int year, QDate asOf);
    /// P2: change one member's attendance at a meeting of a cell of about 30 members (RecordEditing, as
    /// the meetings page saves it) and rescore the cell's year (ScorecardRun, as the scorecard page does),
    /// `iterations` times; medians.
    static int rescoreCell(const QString& path, int year, QDate asOf, int iterations);
    /// P4: the members page's model and filter over every member of the province; the time of each
    /// keystroke of typed names, diacritics left out; median and 95th percentile.
    static int searchMembers(const QString& path, QDate day);
    /// The floor of P1: AttendanceScan of `year`, best of three.
    static int attendanceFloor(const QString& path, int year);
};

} // namespace chibo
