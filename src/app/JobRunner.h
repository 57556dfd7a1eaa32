// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace chibo {

/// Runs long work (recomputing a year, running criteria tests, an import) off the window's thread,
/// behind a window-modal progress dialog with a Cancel button, one job at a time.
///
/// The contract for the work: it runs on a worker thread, so it must not touch the window's Workspace
/// (a database connection belongs to the thread that opened it): it reads a snapshot loaded before,
/// or opens a connection of its own, and returns what it computed. `onDone` then runs on the window's
/// thread, where the result is written in one transaction. A cancel (the dialog's button or cancel())
/// reaches the work through Progress::cancelled(); a run cancelled before its result was delivered
/// gives `onDone` the error "cancelled" whatever the work returned, so nothing partial is written.
class JobRunner : public QObject {
    Q_OBJECT

public:
    /// `window` is the parent of the progress dialog.
    explicit JobRunner(QWidget* window);
    /// Cancels a running job and waits for its thread; its `onDone` is not called.
    ~JobRunner() override;

    /// Starts `work` unless a job is running (then returns false and does nothing).
    template <typename T>
    bool run(const QString& title, std::function<Result<T>(Progress&)> work,
             std::function<void(Result<T>)> onDone)
    {
        auto outcome = std::make_shared<std::optional<Result<T>>>();
        return start(
            title,
            [work = std::move(work), outcome](Progress& progress) { outcome->emplace(work(progress)); },
            [onDone = std::move(onDone), outcome](bool wasCancelled) {
                if (wasCancelled || !outcome->has_value())
                    onDone(Result<T>(cancelledError()));
                else
                    onDone(std::move(**outcome));
            });
    }

    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running job to stop; its result will be the error "cancelled".
    void cancel();
    /// The dialog of the running job, nullptr between jobs.
    QProgressDialog* progressDialog() const { return m_dialog; }
    /// How long a job runs before its dialog appears, so that quick jobs do not flash one.
    void setDialogDelay(int milliseconds) { m_dialogDelay = milliseconds; }
    /// Whether jobs show the progress dialog (the default). A page loading what it shows in the
    /// background turns it off: it shows its own "loading" state, and the window stays usable.
    void setShowsDialog(bool shows) { m_showsDialog = shows; }

    /// What a cancelled job gives its `onDone` (code "cancelled").
    static Error cancelledError();

Q_SIGNALS:
    /// The latest report of the running job, delivered on the window's thread (reports that come faster
    /// than the window reads them are merged: only the newest is shown).
    void progressed(int done, int total, const QString& step);
    /// After `onDone` returned.
    void finished(bool cancelled);

private:
    class WorkerProgress;

    bool start(const QString& title, std::function<void(Progress&)> work, std::function<void(bool)> done);
    void createDialog(const QString& title);
    void showProgress();
    void onThreadFinished();

    QPointer<QWidget> m_window;
    QThread* m_thread = nullptr;
    QProgressDialog* m_dialog = nullptr;
    std::shared_ptr<WorkerProgress> m_progress;
    std::function<void(bool)> m_done;
    int m_dialogDelay = 400;
    bool m_showsDialog = true;
};

} // namespace chibo
