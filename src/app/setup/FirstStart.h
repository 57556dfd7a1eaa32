// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "services/OrganisationSetup.h"

#include <QString>
#include <QUuid>

namespace chibo {

/// Where the wizard's organisation went.
struct CreatedOrganisation {
    QString databasePath;
    QUuid organisationId;
};

/// What happens after the setup wizard: the organisation created in the database at `path` (created,
/// and migrated, when missing). Nothing is written when the plan has problems.
class FirstStart {
public:
    static Result<CreatedOrganisation> create(const OrganisationPlan& plan, const Session& session,
                                              const QString& path);
};

} // namespace chibo
