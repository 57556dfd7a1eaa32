// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace chibo {

class Workspace;

/// A cell to create under a new grassroots committee.
struct CellPlan {
    QString name; ///< "Chi bộ buôn Ea Kring"
    CellType type = CellType::Residential;
};

/// What the first-start wizard asks for: the grassroots organisation, optionally the committee above it,
/// and (for a đảng bộ cơ sở) its cells.
struct OrganisationPlan {
    QString upperCommitteeName; ///< "Đảng bộ huyện Cư M'gar"; empty: the organisation is a root
    QString name;               ///< "Đảng bộ xã Ea Sin" or "Chi bộ Trường THCS Ea Sin"
    OrgKind kind = OrgKind::GrassrootsCommittee; ///< GrassrootsCommittee or GrassrootsCell
    CellType cellType = CellType::Residential;   ///< for a grassroots cell
    QString locality;
    QString shortName; ///< for document numbers: "ĐU", "CB"
    QDate establishedOn;
    QList<CellPlan> cells; ///< subordinate cells of a grassroots committee
};

/// Creates an organisation and its cells in one transaction. Checks first and names the field: a name
/// is required, cell names are unique (accent-insensitively), a grassroots cell has no cells under it.
class OrganisationSetup {
    Q_DECLARE_TR_FUNCTIONS(OrganisationSetup)

public:
    /// The problems of `plan` (field: message), empty when it can be created.
    static QStringList problems(const OrganisationPlan& plan);
    /// Creates it; returns the grassroots organisation's id. Needs Permissions::mayAdminister.
    static Result<QUuid> create(Workspace& workspace, const Session& session, const OrganisationPlan& plan);
};

} // namespace chibo
