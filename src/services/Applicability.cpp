// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Applicability.h"

#include "core/VietnameseText.h"

#include <QDate>

namespace chibo {

bool Applicability::admits(const Criteria& file, const Organisation& org)
{
    const AppliesTo& rule = file.appliesTo;
    if (!rule.orgKinds.isEmpty() && !rule.orgKinds.contains(org.kind))
        return false;
    if (!rule.cellTypes.isEmpty() && !rule.cellTypes.contains(org.cellType))
        return false;
    return rule.locality.isEmpty() ||
           VietnameseText::fold(org.locality).contains(VietnameseText::fold(rule.locality));
}

bool Applicability::inForceIn(const Criteria& file, int year)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    switch (file.subject) {
    case SubjectKind::MemberYear:
    case SubjectKind::OrganisationYear: return file.isValidOn(last);
    case SubjectKind::OrganisationMonth:
    case SubjectKind::Meeting: break;
    }
    return file.validFrom <= last && (!file.validTo.isValid() || file.validTo >= first);
}

QStringList Applicability::filesFor(const CriteriaSet& criteria, const Organisation& org, int year)
{
    QStringList ids;
    for (const Criteria& file : criteria.files()) {
        if (!file.example && inForceIn(file, year) && admits(file, org) && !ids.contains(file.id))
            ids.append(file.id);
    }
    return ids;
}

QList<const Organisation*> Applicability::rowsAround(const OrgTree& tree, const QUuid& orgId)
{
    const Organisation* grassroots = tree.grassrootsOf(orgId);
    QList<const Organisation*> rows;
    for (const Organisation* org : tree.subtree(grassroots ? grassroots->id : orgId)) {
        if (org->isGrassroots() || org->isCell())
            rows.append(org);
    }
    return rows;
}

QList<ApplicabilityRow> Applicability::table(const CriteriaSet& criteria,
                                             const QList<const Organisation*>& orgs, int firstYear,
                                             int lastYear)
{
    QList<ApplicabilityRow> rows;
    rows.reserve(orgs.size());
    for (const Organisation* org : orgs) {
        ApplicabilityRow row{org->id, {}};
        for (int year = firstYear; year <= lastYear; ++year)
            row.idsByYear.append(filesFor(criteria, *org, year));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace chibo
