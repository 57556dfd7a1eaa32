// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"
#include "scoring/CriteriaProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace chibo {

/// A criteria file's text and the name it is reported under.
struct CriteriaSource {
    QString name; ///< usually the file name
    QByteArray bytes;
};

/// Reads one criteria file (docs/criteria-format.md) and checks everything that can be checked without
/// the other files. All problems are reported, each with its line, column and JSON pointer; a file with
/// any problem gives no Criteria.
class CriteriaLoader {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoader)

public:
    struct Loaded {
        std::optional<Criteria> criteria;
        CriteriaProblems problems;
    };

    static Loaded load(const CriteriaSource& source);
};

} // namespace chibo
