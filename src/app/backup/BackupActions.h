// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSet>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;

namespace chibo {

class AppContext;
class Workspace;

/// The window's backups: File → "Back up now…" and "Restore from a backup…", the daily backup when a
/// database is opened (the first opening of a day), the backup on closing the window, and the warning
/// (status bar, and a message once per database) when the database sits on a network or removable drive.
/// The files and their retention are services/Backups'; this class only asks and tells.
class BackupActions : public QObject {
    Q_OBJECT

public:
    /// `reopen` opens a database file in the window again (MainWindow::openDatabase): after a restore
    /// everything is read anew and the undo stacks are emptied.
    BackupActions(AppContext& context, QMainWindow& window, std::function<Status(const QString&)> reopen);

    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }

    /// A backup made by hand now; tells where it went.
    void backUpNow();
    /// Shows the backups of the database and restores the one chosen (restoreFrom).
    void chooseAndRestore();
    /// Asks for confirmation, then restores `path` (Backups::restore: the current state is backed up
    /// first) and reopens the database. False when nothing was restored.
    bool restoreFrom(const QString& path);
    /// The backup on closing the window; a failure is shown but does not keep the window open.
    void backUpOnExit();
    /// The backup before an import into the open database; an error means the import must not run.
    static Status beforeImport(Workspace& workspace);
    void retranslate();

private:
    /// A database was opened: the daily backup, and the drive warning.
    void onDatabaseOpened();

    AppContext& m_context;
    QMainWindow& m_window;
    std::function<Status(const QString&)> m_reopen;
    QAction* m_backUp;
    QAction* m_restore;
    QLabel* m_driveLabel;
    QSet<QString> m_warned; ///< databases whose drive warning was shown in a message already
};

} // namespace chibo
