// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace chibo {

/// One record behind a value, for people: "Attendance — 14/03/2025 — Nguyễn Văn An — Absent, excused".
struct ScorecardEvidenceRow {
    QString kind;   ///< what sort of record, translated
    QDate date;     ///< the record's date; invalid when it has none
    QString name;   ///< the meeting, member, organisation or target it concerns
    QString detail; ///< its status, level, amount…
};

} // namespace chibo
