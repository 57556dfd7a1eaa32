// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Error.h"
#include "core/JsonPath.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

class ReferenceChecks;

/// The rules of the "ratings" list: ids unique among ratings; the subject a member, an organisation or a
/// meeting of the dataset; the period empty exactly when the subject is a meeting (a meeting is its own
/// period); at most one rating per (criteria, indicator, subject, period). One pass, O(ratings).
class RatingChecks {
    Q_DECLARE_TR_FUNCTIONS(RatingChecks)

public:
    /// `dataset` and `index` must outlive this; problems are appended to `errors`.
    RatingChecks(const Dataset& dataset, const ReferenceChecks& index, QList<Error>& errors);

    void run();

private:
    void checkSubject(const Rating& rating, const JsonPath& record);
    void report(const JsonPath& at, const QString& code, const QString& message);

    const Dataset& m_dataset;
    const ReferenceChecks& m_index;
    QList<Error>& m_errors;
};

} // namespace chibo
