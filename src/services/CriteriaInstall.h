// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "scoring/CriteriaProblem.h"
#include "scoring/CriteriaSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chibo {

class Workspace;

/// A locality's criteria file checked for installation, together with the files already installed.
struct CriteriaImportCheck {
    QString sourcePath;
    QByteArray bytes;
    QString criteriaId; ///< "" when the file did not load
    QString version;
    /// Every problem the file brings: its own (file:line:column /pointer: message) and those it causes
    /// among the installed files (an overlapping validity of one id, a reference cycle). Problems the
    /// installed files had before are not the file's and are left out.
    CriteriaProblems problems;

    bool acceptable() const { return problems.isEmpty() && !criteriaId.isEmpty(); }
    /// The name it is installed under: "<id>-<version>.json".
    QString installedName() const;
};

/// Importing a criteria file: check it as the engine will read it beside the installed files, then copy
/// it into the user's criteria folder. The window and `chibo-cli criteria import` share these steps.
class CriteriaInstall {
    Q_DECLARE_TR_FUNCTIONS(CriteriaInstall)

public:
    /// Reads `path` and checks it with `installed` (CriteriaLibrary::installedSources()). An Error only
    /// when the file cannot be read; problems with its content are in the result.
    static Result<CriteriaImportCheck> check(const QString& path, const QList<CriteriaSource>& installed);
    /// Writes a checked file into `directory` (created when missing) as installedName(), atomically.
    /// Refused unless the session may administer, the check found no problem and no file of that name
    /// is installed. The audit trail of `workspace` records it with the file's content. Returns the path
    /// written.
    static Result<QString> install(Workspace& workspace, const Session& session,
                                   const CriteriaImportCheck& checked, const QString& directory);
};

} // namespace chibo
