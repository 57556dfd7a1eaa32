// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace chibo {

/// A problem in a criteria file, at a place: "FILE:LINE:COLUMN POINTER: message".
struct CriteriaProblem {
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem is about the whole file
    int column = 0;  ///< 1-based, in characters
    QString pointer; ///< JSON pointer, "" for the document
    QString code;    ///< stable, e.g. "criteria.unknown-metric"
    QString message; ///< translated, a complete sentence

    QString location() const;
    QString toString() const { return location() + QStringLiteral(": ") + message; }
    bool operator==(const CriteriaProblem&) const = default;
};

using CriteriaProblems = QList<CriteriaProblem>;

} // namespace chibo
