// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/CriteriaTestCases.h"

#include "app/JobRunner.h"
#include "services/CriteriaCaseRunner.h"

namespace chibo {

QString CriteriaTestCases::shortName(const QString& sourceName)
{
    return sourceName.section(u'/', -1);
}

Result<QList<CriteriaCaseRow>> CriteriaTestCases::run(const CriteriaSet& criteria,
                                                      const QList<CriteriaSource>& cases, Progress& progress)
{
    QList<CriteriaCaseRow> rows;
    rows.reserve(cases.size());
    const int total = int(cases.size());
    for (int i = 0; i < total; ++i) {
        if (progress.cancelled())
            return JobRunner::cancelledError();
        const CriteriaSource& source = cases.at(i);
        progress.report(i, total, tr("Running %1…").arg(shortName(source.name)));
        CriteriaCaseRow row;
        row.name = shortName(source.name);
        const auto outcome = CriteriaCaseRunner::run(criteria, source.bytes, source.name);
        if (!outcome) {
            row.messages.append(outcome.error().toString());
        } else {
            row.passed = outcome->passed();
            row.description = outcome->description;
            row.checked = outcome->checked;
            row.messages = outcome->failures;
        }
        rows.append(std::move(row));
    }
    progress.report(total, total, tr("%n case(s) run.", nullptr, total));
    return rows;
}

} // namespace chibo
