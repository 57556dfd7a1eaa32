// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderBands.h"

#include <algorithm>

namespace chibo {

namespace {

using Type = CriteriaLoaderValue::Type;

QString endText(const std::optional<Rational>& end)
{
    return end ? end->toString() : QStringLiteral("null");
}

/// Lower ends in order, an unbounded lower end first.
bool lowerFirst(const Band& a, const Band& b)
{
    if (!a.from || !b.from)
        return !a.from && b.from;
    return *a.from < *b.from;
}

} // namespace

QList<Band> CriteriaLoaderBands::read(const CriteriaLoaderValue& bands, const JsonPath& path)
{
    QList<Band> result;
    if (!m_context.checkArray(bands, path, true))
        return result;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const JsonPath item = path / i;
        if (std::optional<Band> band = readBand(bands.at(i), item))
            result.append(*band);
    }
    if (result.size() != bands.size())
        return result; // a broken band makes the order checks meaningless
    std::stable_sort(result.begin(), result.end(), lowerFirst);
    for (qsizetype i = 1; i < result.size(); ++i)
        checkNeighbours(result[i - 1], result[i]);
    return result;
}

std::optional<Band> CriteriaLoaderBands::readBand(const CriteriaLoaderValue& band, const JsonPath& path)
{
    if (!m_context.checkObject(band, path,
                               {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("points")}))
        return std::nullopt;
    Band result;
    result.pointer = path.pointer();
    bool ok = true;
    for (const QStringView key : {QStringView(u"from"), QStringView(u"to")}) {
        const CriteriaLoaderValue end = band.member(key);
        if (end.isAbsent() || end.is(Type::Null))
            continue;
        const JsonPath endPath = path / key;
        const std::optional<Rational> value = m_context.number(end, endPath);
        ok = ok && value.has_value();
        (key == u"from" ? result.from : result.to) = value;
    }
    const std::optional<Rational> points = m_context.numberField(band, path, u"points", true);
    if (!points)
        return std::nullopt;
    result.points = *points;
    if (ok && result.from && result.to && *result.from >= *result.to) {
        m_context.report(path, QStringLiteral("criteria.bad-band"),
                         tr("The band from %1 to %2 is empty: \"from\" must be below \"to\".")
                             .arg(result.from->toString(), result.to->toString()));
        return std::nullopt;
    }
    return ok ? std::optional<Band>(result) : std::nullopt;
}

void CriteriaLoaderBands::checkNeighbours(const Band& previous, const Band& next)
{
    // Sorted by lower end: next.from is bounded unless both are (an overlap of two open-ended bands).
    if (!previous.to || !next.from || *next.from < *previous.to) {
        m_context.report(
            next.pointer, QStringLiteral("criteria.bands-overlap"),
            tr("The band from %1 to %2 overlaps the band from %3 to %4.")
                .arg(endText(next.from), endText(next.to), endText(previous.from), endText(previous.to)));
    } else if (*next.from > *previous.to) {
        m_context.report(next.pointer, QStringLiteral("criteria.bands-gap"),
                         tr("No band gives points from %1 to %2: the bands must leave no gap.")
                             .arg(previous.to->toString(), next.from->toString()));
    }
}

void CriteriaLoaderBands::checkDomain(const QList<Band>& bands, bool share, const QString& pointer)
{
    if (bands.isEmpty())
        return;
    const Band& first = bands.first();
    const Band& last = bands.last();
    if (first.from && *first.from > Rational(0)) {
        m_context.report(pointer, QStringLiteral("criteria.bands-domain"),
                         tr("The bands start at %1; they must start at 0 or below (or at null) so that every "
                            "value gets points.")
                             .arg(first.from->toString()));
    }
    if (!last.to)
        return;
    if (share && *last.to > Rational(1))
        return;
    m_context.report(
        pointer, QStringLiteral("criteria.bands-domain"),
        share ? tr("The last band stops at %1, so higher values get no points; a share can be 1 (100%), "
                   "so the last band must reach beyond 1 or end at null.")
                    .arg(last.to->toString())
              : tr("The last band stops at %1, so higher values get no points; a count has no upper "
                   "limit, so the last band must end at null.")
                    .arg(last.to->toString()));
}

} // namespace chibo
