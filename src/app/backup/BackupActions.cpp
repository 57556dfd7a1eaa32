// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backup/BackupActions.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/backup/BackupListDialog.h"
#include "services/Backups.h"
#include "services/DatabaseDrive.h"
#include "services/Permissions.h"
#include "services/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace chibo {

namespace {

constexpr int MessageMs = 10000;

Backups backupsOf(const Workspace& workspace)
{
    return Backups::inDataDirectory(workspace.path());
}

} // namespace

BackupActions::BackupActions(AppContext& context, QMainWindow& window,
                             std::function<Status(const QString&)> reopen)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
    , m_reopen(std::move(reopen))
    , m_backUp(new QAction(this))
    , m_restore(new QAction(this))
    , m_driveLabel(new QLabel(&window))
{
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_driveLabel->setObjectName(QStringLiteral("driveWarningLabel"));
    m_driveLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_driveLabel->hide();
    window.statusBar()->addPermanentWidget(m_driveLabel);
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    connect(&m_context, &AppContext::workspaceChanged, this, &BackupActions::onDatabaseOpened);
    retranslate();
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back up now…"));
    m_restore->setText(tr("&Restore from a backup…"));
    m_driveLabel->setText(tr("⚠ Database on a risky drive"));
}

void BackupActions::onDatabaseOpened()
{
    Workspace* workspace = m_context.workspace();
    m_driveLabel->hide();
    if (!workspace)
        return;
    const QString warning = DatabaseDrive::warning(workspace->path());
    if (!warning.isEmpty()) {
        m_driveLabel->setToolTip(warning);
        m_driveLabel->show();
        if (!m_warned.contains(workspace->path())) {
            m_warned.insert(workspace->path());
            // After the window is up, as the criteria's problems are.
            QTimer::singleShot(0, this, [this, warning] {
                m_context.dialogs().showError(&m_window, tr("Where the database is"), warning);
            });
        }
    }
    const auto daily = backupsOf(*workspace).ensureDaily(workspace->database(), QDateTime::currentDateTime());
    if (!daily)
        m_window.statusBar()->showMessage(tr("The daily backup was not made: %1").arg(daily.error().message),
                                          MessageMs);
}

void BackupActions::backUpNow()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    const auto made = backupsOf(*workspace)
                          .create(workspace->database(), BackupReason::Manual, QDateTime::currentDateTime());
    if (!made)
        return m_context.dialogs().showError(&m_window, tr("Back up"), made.error().toString());
    m_window.statusBar()->showMessage(tr("The database was backed up to %1.").arg(made->path), MessageMs);
}

void BackupActions::chooseAndRestore()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    if (const Status allowed = Permissions::mayAdminister(m_context.session()); !allowed)
        return m_context.dialogs().showError(&m_window, tr("Restore"), allowed.error().message);
    BackupListDialog dialog(backupsOf(*workspace).list(), m_context.dialogs(), &m_window);
    if (dialog.exec() == QDialog::Accepted)
        restoreFrom(dialog.chosenPath());
}

bool BackupActions::restoreFrom(const QString& path)
{
    Workspace* workspace = m_context.workspace();
    if (!workspace || path.isEmpty())
        return false;
    const QString databasePath = workspace->path();
    const QString question =
        tr("Replace everything in %1 by the backup %2?\n\nThe current state is backed up first, so this "
           "restore can be undone by restoring that backup.")
            .arg(QFileInfo(databasePath).fileName(), QFileInfo(path).fileName());
    if (!m_context.dialogs().confirm(&m_window, tr("Restore"), question))
        return false;
    const auto before =
        backupsOf(*workspace)
            .restore(m_context.session(), workspace->database(), path, QDateTime::currentDateTime());
    if (!before) {
        m_context.dialogs().showError(&m_window, tr("Restore"), before.error().toString());
        return false;
    }
    // Everything the window shows is read again from the restored content; undo stacks refer to the
    // replaced records and are emptied.
    if (const Status reopened = m_reopen(databasePath); !reopened)
        m_context.dialogs().showError(&m_window, tr("Restore"), reopened.error().toString());
    m_context.dialogs().showInformation(
        &m_window, tr("Restore"),
        tr("The backup %1 was restored. The state before the restore was backed up to %2.")
            .arg(path, before->path));
    return true;
}

void BackupActions::backUpOnExit()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    const auto made =
        backupsOf(*workspace).create(workspace->database(), BackupReason::Exit, QDateTime::currentDateTime());
    if (!made)
        m_context.dialogs().showError(
            &m_window, tr("Back up"),
            tr("The backup on closing was not made: %1").arg(made.error().toString()));
}

Status BackupActions::beforeImport(Workspace& workspace)
{
    return backupsOf(workspace).beforeImport(workspace.database(), QDateTime::currentDateTime());
}

} // namespace chibo
