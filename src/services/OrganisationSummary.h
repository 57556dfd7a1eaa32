// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostic.h"
#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace chibo {

class Workspace;

/// One organisation's standing on a day: members by status, the year's meetings and attendance, and
/// the Charter's findings. What the headless path prints and the window's status bar shows.
struct OrganisationSummaryLine {
    Organisation organisation;
    int depth = 0; ///< 0 for the root of the summary
    int fullMembers = 0;
    int probationaryMembers = 0;
    int exemptMembers = 0;
    int suspendedMembers = 0;
    int meetingsInYear = 0; ///< meetings held on or before the day, in the day's year
    int thematicMeetingsInYear = 0;
    QDate lastMeeting;
    int attendedInYear = 0; ///< attendance records present, late or left early
    int expectedInYear = 0; ///< attendance records in all
    Diagnostics charter;

    int members() const { return fullMembers + probationaryMembers; }
};

class OrganisationSummary {
    Q_DECLARE_TR_FUNCTIONS(OrganisationSummary)

public:
    /// Lines for `rootId` and every organisation below it, parents first. Reads the subtree once.
    static Result<QList<OrganisationSummaryLine>> build(const Workspace& workspace, const QUuid& rootId,
                                                        QDate day);
};

} // namespace chibo
