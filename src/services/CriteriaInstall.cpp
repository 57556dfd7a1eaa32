// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaInstall.h"

#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace chibo {

namespace {

/// The problems of `after` that `before` did not have.
CriteriaProblems added(const CriteriaProblems& before, const CriteriaProblems& after)
{
    CriteriaProblems result;
    std::copy_if(after.cbegin(), after.cend(), std::back_inserter(result),
                 [&](const CriteriaProblem& problem) { return !before.contains(problem); });
    return result;
}

} // namespace

QString CriteriaImportCheck::installedName() const
{
    return criteriaId + u'-' + version + QStringLiteral(".json");
}

Result<CriteriaImportCheck> CriteriaInstall::check(const QString& path,
                                                   const QList<CriteriaSource>& installed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("criteria.unreadable"),
                     tr("Cannot read the criteria file: %1.").arg(file.errorString()), path};
    }
    CriteriaImportCheck checked;
    checked.sourcePath = QDir::cleanPath(path);
    checked.bytes = file.readAll();
    const CriteriaSet::Loaded before = CriteriaSet::load(installed);
    const CriteriaSet::Loaded after =
        CriteriaSet::load(installed + QList<CriteriaSource>{{checked.sourcePath, checked.bytes}});
    checked.problems = added(before.problems, after.problems);
    const auto& files = after.set.files();
    const auto found = std::find_if(files.cbegin(), files.cend(), [&](const Criteria& criteria) {
        return criteria.sourceName == checked.sourcePath;
    });
    if (found != files.cend()) {
        checked.criteriaId = found->id;
        checked.version = found->version;
    }
    return checked;
}

Result<QString> CriteriaInstall::install(Workspace& workspace, const Session& session,
                                         const CriteriaImportCheck& checked, const QString& directory)
{
    if (const Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    if (!checked.acceptable()) {
        return Error{QStringLiteral("criteria.invalid"),
                     tr("The criteria file has %n problem(s) and was not installed.", nullptr,
                        int(checked.problems.size())),
                     checked.sourcePath};
    }
    if (!QDir().mkpath(directory)) {
        return Error{QStringLiteral("criteria.install-failed"),
                     tr("Cannot create the folder for installed criteria files."), directory};
    }
    const QString target = QDir(directory).filePath(checked.installedName());
    if (QFileInfo::exists(target)) {
        return Error{QStringLiteral("criteria.already-installed"),
                     tr("A criteria file with this id and version is already installed."), target};
    }
    // The entry is written first and committed after the file: a file that cannot be written leaves no
    // entry, and an entry that cannot be committed takes its file away again.
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const AuditEntry audited =
        AuditRecords::act(QStringLiteral("import"), QStringLiteral("criteria"), {}, {},
                          tr("Installed the criteria file %1@%2 as %3")
                              .arg(checked.criteriaId, checked.version, checked.installedName()),
                          {}, checked.bytes);
    if (Status recorded = AuditTrail::record(workspace.storage(), session, audited); !recorded)
        return recorded.error();
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(checked.bytes) != checked.bytes.size() ||
        !file.commit()) {
        return Error{QStringLiteral("criteria.install-failed"),
                     tr("Cannot write the criteria file: %1.").arg(file.errorString()), target};
    }
    if (Status committed = transaction.commit(); !committed) {
        QFile::remove(target);
        return committed.error();
    }
    return target;
}

} // namespace chibo
