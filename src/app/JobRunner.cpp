// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/JobRunner.h"

#include <QMutex>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <atomic>

namespace chibo {

/// The Progress a job's work sees. report() and cancelled() are called on the worker thread, cancel()
/// and take() on the window's: the numbers are atomics, the step text is behind a mutex, and at most
/// one delivery is queued to the window at a time, so a job that reports often cannot flood it.
class JobRunner::WorkerProgress final : public Progress {
public:
    struct Report {
        int done = 0;
        int total = 0;
        QString step;
    };

    explicit WorkerProgress(JobRunner* runner)
        : m_runner(runner)
    {}

    void report(int done, int total, const QString& step) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_latest = Report{done, total, step};
        }
        if (m_queued.exchange(true))
            return;
        // The runner lives on the window's thread: the call is queued there, after earlier ones, and
        // dropped if the runner is gone.
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner] { runner->showProgress(); }, Qt::QueuedConnection);
    }
    bool cancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    Report take()
    {
        m_queued.store(false);
        QMutexLocker lock(&m_mutex);
        return m_latest;
    }

private:
    JobRunner* m_runner;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_queued{false};
    mutable QMutex m_mutex;
    Report m_latest;
};

JobRunner::JobRunner(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

JobRunner::~JobRunner()
{
    if (!m_thread)
        return;
    m_progress->cancel();
    m_thread->wait();
    delete m_thread;
}

Error JobRunner::cancelledError()
{
    return Error{QStringLiteral("cancelled"), tr("Cancelled: nothing was written."), {}};
}

bool JobRunner::start(const QString& title, std::function<void(Progress&)> work,
                      std::function<void(bool)> done)
{
    if (m_thread)
        return false;
    m_progress = std::make_shared<WorkerProgress>(this);
    m_done = std::move(done);
    if (m_showsDialog)
        createDialog(title);
    m_thread = QThread::create([work = std::move(work), progress = m_progress] { work(*progress); });
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void JobRunner::createDialog(const QString& title)
{
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setObjectName(QStringLiteral("jobProgressDialog"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(m_dialogDelay);
    m_dialog->setRange(0, 0); // busy until the first report says how many steps there are
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(tr("Cancel"));
    connect(m_dialog, &QProgressDialog::canceled, this, &JobRunner::cancel);
}

void JobRunner::cancel()
{
    if (!m_progress || !m_thread)
        return;
    m_progress->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void JobRunner::showProgress()
{
    if (!m_progress || !m_thread)
        return;
    const WorkerProgress::Report report = m_progress->take();
    if (m_dialog && !m_progress->cancelled()) {
        m_dialog->setRange(0, qMax(report.total, 0));
        m_dialog->setValue(qBound(0, report.done, qMax(report.total, 0)));
        m_dialog->setLabelText(report.step);
    }
    Q_EMIT progressed(report.done, report.total, report.step);
}

void JobRunner::onThreadFinished()
{
    const bool wasCancelled = m_progress->cancelled();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    // Moved out first: onDone may start the next job.
    const auto done = std::move(m_done);
    m_done = nullptr;
    m_progress.reset();
    done(wasCancelled);
    Q_EMIT finished(wasCancelled);
}

} // namespace chibo
