// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonPath.h"
#include "scoring/Criteria.h"
#include "scoring/CriteriaLoaderContext.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// Reads a points table (`{"bands": […]}`) and checks it: each band's from < to, no overlap, no gap,
/// and (once the value's kind is known) coverage of the value's whole domain.
class CriteriaLoaderBands {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderBands)

public:
    explicit CriteriaLoaderBands(CriteriaLoaderContext& context)
        : m_context(context)
    {}

    /// The bands sorted by their lower end (unbounded first), overlaps and gaps reported.
    QList<Band> read(const CriteriaLoaderValue& bands, const JsonPath& path);
    /// Reports a table that leaves part of [0, 1] (a share) or [0, ∞) (a count) without points.
    /// `bands` must be sorted, as read() returns them; `pointer` is the table's.
    void checkDomain(const QList<Band>& bands, bool share, const QString& pointer);

private:
    std::optional<Band> readBand(const CriteriaLoaderValue& band, const JsonPath& path);
    void checkNeighbours(const Band& previous, const Band& next);

    CriteriaLoaderContext& m_context;
};

} // namespace chibo
