// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationSheet.h"

#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "core/Progress.h"
#include "services/ClassificationRows.h"
#include "services/OutcomeShades.h"
#include "services/Workspace.h"
#include "services/YearRecompute.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

SheetValue text(const QString& value)
{
    return value.isEmpty() ? SheetValue() : SheetValue::ofText(value);
}

/// Points as people write them: "85", "85,5" in Vietnamese. Exact until shown.
QString pointsText(const Rational& value)
{
    return value.toDecimal(2).replace(u'.', QLocale().decimalPoint());
}

} // namespace

QStringList ClassificationSheet::header()
{
    return {tr("Member or organisation"),
            tr("Cell"),
            tr("Proposed"),
            tr("Decided"),
            tr("Final"),
            tr("Points"),
            tr("Flags"),
            tr("Reason")};
}

QString ClassificationSheet::title()
{
    return QCoreApplication::translate("chibo::ClassificationPage", "Year-end classification");
}

QString ClassificationSheet::caption(const QString& organisationName, int year)
{
    return QCoreApplication::translate("chibo::ClassificationPage", "Year-end classification — %1, %2")
        .arg(organisationName)
        .arg(year);
}

SheetTable ClassificationSheet::table(QList<ClassificationRow> rows, const QString& organisationName,
                                      int year)
{
    const PersonNameOrder order;
    std::stable_sort(
        rows.begin(), rows.end(), [&order](const ClassificationRow& a, const ClassificationRow& b) {
            if (const int byCell = order.compare(a.cellName, b.cellName); byCell != 0)
                return byCell < 0;
            return order.compare(a.sortGivenName, a.subjectName, b.sortGivenName, b.subjectName) < 0;
        });
    SheetTable sheet{title(), header(), {}, caption(organisationName, year)};
    sheet.rows.reserve(rows.size());
    for (const ClassificationRow& row : std::as_const(rows)) {
        QString proposed = row.proposedLevel.toUpper();
        if (!row.rated)
            proposed = tr("not rated");
        else if (row.proposedLevel.isEmpty())
            proposed = tr("to decide");
        SheetValue points;
        if (row.points && row.maxPoints)
            points =
                SheetValue::ofText(tr("%1 / %2").arg(pointsText(*row.points), pointsText(*row.maxPoints)));
        else if (row.points)
            points = row.points->isInteger() ? SheetValue::ofInteger(row.points->numerator())
                                             : SheetValue::ofText(pointsText(*row.points));
        QList<SheetValue> cells{text(row.subjectName),
                                text(row.cellName),
                                text(proposed),
                                text(row.decidedLevel.toUpper()),
                                text(row.finalLevel.toUpper()),
                                points,
                                text(row.flags.join(QStringLiteral("; "))),
                                text(row.reason)};
        if (row.rated) {
            const QString shade =
                OutcomeShades::ofLevel(row.needsDecision() && !row.isDecided() ? QString() : row.finalLevel);
            for (SheetValue& cell : cells)
                cell.fill = shade;
        }
        sheet.rows.append(std::move(cells));
    }
    return sheet;
}

Result<SheetTable> ClassificationSheet::ofOrganisation(const Workspace& workspace,
                                                       const CriteriaSet& criteria, const Organisation& org,
                                                       int year, QDate asOf, bool english)
{
    const auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    const OrgTree tree(*organisations);
    const Organisation* grassroots = tree.grassrootsOf(org.id);
    const auto snapshot = ScoringSnapshot::load(workspace, grassroots ? grassroots->id : org.id);
    if (!snapshot)
        return snapshot.error();
    NoProgress noProgress;
    auto proposals = YearRecompute::compute(criteria, *snapshot, year, asOf, noProgress);
    if (!proposals)
        return proposals.error();
    if (const Status read = YearRecompute::reloadDecisions(workspace, proposals->classification); !read)
        return read.error();
    QSet<QUuid> below;
    for (const Organisation* shown : tree.subtree(org.id))
        below.insert(shown->id);
    QList<ClassificationRow> rows =
        ClassificationRows::build(proposals->classification, criteria, proposals->names, tree, english);
    rows.removeIf([&below](const ClassificationRow& row) { return !below.contains(row.orgId); });
    return table(std::move(rows), org.name, year);
}

} // namespace chibo
