// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OrganisationSetup.h"

#include "core/VietnameseText.h"
#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QSet>

namespace chibo {

namespace {

Organisation organisation(const QString& name, OrgKind kind, const QUuid& parentId)
{
    Organisation org;
    org.id = QUuid::createUuid();
    org.parentId = parentId;
    org.name = name.trimmed();
    org.kind = kind;
    return org;
}

/// The organisations of `plan`, parents first.
QList<Organisation> organisationsOf(const OrganisationPlan& plan)
{
    QList<Organisation> all;
    QUuid parentId;
    if (!plan.upperCommitteeName.trimmed().isEmpty()) {
        all.append(organisation(plan.upperCommitteeName, OrgKind::UpperCommittee, {}));
        parentId = all.constLast().id;
    }
    Organisation grassroots = organisation(plan.name, plan.kind, parentId);
    grassroots.cellType = plan.cellType;
    grassroots.locality = plan.locality.trimmed();
    grassroots.shortName = plan.shortName.trimmed();
    grassroots.establishedOn = plan.establishedOn;
    all.append(grassroots);
    for (const CellPlan& cell : plan.cells) {
        Organisation sub = organisation(cell.name, OrgKind::SubordinateCell, grassroots.id);
        sub.cellType = cell.type;
        sub.locality = grassroots.locality;
        sub.shortName = QStringLiteral("CB");
        all.append(sub);
    }
    return all;
}

} // namespace

QStringList OrganisationSetup::problems(const OrganisationPlan& plan)
{
    QStringList found;
    if (plan.name.trimmed().isEmpty())
        found.append(tr("Name of the organisation: required."));
    if (plan.kind != OrgKind::GrassrootsCommittee && plan.kind != OrgKind::GrassrootsCell)
        found.append(tr("Kind: a grassroots committee or a grassroots cell."));
    if (plan.kind == OrgKind::GrassrootsCell && !plan.cells.isEmpty())
        found.append(tr("Cells: a grassroots cell has no cells under it."));
    QSet<QString> seen;
    for (qsizetype i = 0; i < plan.cells.size(); ++i) {
        const QString name = plan.cells.at(i).name.trimmed();
        if (name.isEmpty()) {
            found.append(tr("Cell %1: the name is required.").arg(i + 1));
            continue;
        }
        const QString key = VietnameseText::fold(name);
        if (seen.contains(key))
            found.append(tr("Cell %1: \"%2\" is listed twice.").arg(QString::number(i + 1), name));
        seen.insert(key);
    }
    return found;
}

Result<QUuid> OrganisationSetup::create(Workspace& workspace, const Session& session,
                                        const OrganisationPlan& plan)
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    if (const QStringList found = problems(plan); !found.isEmpty())
        return Error{QStringLiteral("invalid_plan"), found.join(u'\n'), {}};
    const QList<Organisation> all = organisationsOf(plan);
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    for (const Organisation& org : all) {
        if (Status inserted = workspace.storage().organisations().insert(org); !inserted)
            return inserted.error();
        Dataset fragment;
        fragment.organisations = {org};
        const AuditEntry audited =
            AuditRecords::act(QStringLiteral("create"), QStringLiteral("organisation"), org.id, org.id,
                              org.name, {}, AuditRecords::json(fragment));
        if (Status recorded = AuditTrail::record(workspace.storage(), session, audited); !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return plan.upperCommitteeName.trimmed().isEmpty() ? all.first().id : all.at(1).id;
}

} // namespace chibo
