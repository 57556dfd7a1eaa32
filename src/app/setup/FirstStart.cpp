// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/setup/FirstStart.h"

#include "services/Workspace.h"

namespace chibo {

Result<CreatedOrganisation> FirstStart::create(const OrganisationPlan& plan, const Session& session,
                                               const QString& path)
{
    if (const QStringList problems = OrganisationSetup::problems(plan); !problems.isEmpty())
        return Error{QStringLiteral("invalid_plan"), problems.join(u'\n'), {}};
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    auto created = OrganisationSetup::create(**workspace, session, plan);
    if (!created)
        return created.error();
    return CreatedOrganisation{path, *created};
}

} // namespace chibo
