// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/JobRunner.h"
#include "support/Catch.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QWidget>

using namespace chibo;

namespace {

/// Clicks the Cancel button of the runner's progress dialog, as a person would.
void clickCancel(JobRunner& runner)
{
    QProgressDialog* dialog = runner.progressDialog();
    REQUIRE(dialog);
    auto* button = dialog->findChild<QPushButton*>();
    REQUIRE(button);
    button->click();
}

} // namespace

TEST_CASE(
    "the job runner works off the window's thread, reports progress and delivers on the window's thread")
{
    QWidget window;
    JobRunner runner(&window);
    QSignalSpy progressed(&runner, &JobRunner::progressed);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QThread* workerThread = nullptr;
    std::optional<Result<int>> delivered;
    QThread* deliveredOn = nullptr;
    std::function<Result<int>(Progress&)> work = [&workerThread](Progress& progress) -> Result<int> {
        workerThread = QThread::currentThread();
        for (int step = 1; step <= 3; ++step)
            progress.report(step, 3, QStringLiteral("Bước %1: đọc biên bản chi bộ buôn Ea Kring").arg(step));
        return 42;
    };
    REQUIRE(runner.run<int>(QStringLiteral("Tính lại năm 2025"), work, [&](Result<int> result) {
        deliveredOn = QThread::currentThread();
        delivered.emplace(std::move(result));
    }));
    CHECK(runner.isRunning());
    REQUIRE(runner.progressDialog());
    CHECK(runner.progressDialog()->windowModality() == Qt::WindowModal);
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(runner.isRunning());
    CHECK(runner.progressDialog() == nullptr);
    CHECK(workerThread != nullptr);
    CHECK(workerThread != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    REQUIRE(delivered.has_value());
    REQUIRE(delivered->ok());
    CHECK(**delivered == 42);
    CHECK(finished.constFirst().constFirst().toBool() == false);
    // Reports may be merged when they come faster than the window reads them, never lost at the end.
    REQUIRE_FALSE(progressed.isEmpty());
    CHECK(progressed.constLast().at(0).toInt() == 3);
    CHECK(progressed.constLast().at(1).toInt() == 3);
    CHECK(progressed.constLast().at(2).toString() ==
          QStringLiteral("Bước 3: đọc biên bản chi bộ buôn Ea Kring"));
}

TEST_CASE("cancelling from the progress dialog stops the job and gives onDone the cancelled error")
{
    QWidget window;
    JobRunner runner(&window);
    QSemaphore gate;
    bool sawCancel = false;
    std::optional<Result<QString>> delivered;
    std::function<Result<QString>(Progress&)> work = [&gate,
                                                      &sawCancel](Progress& progress) -> Result<QString> {
        progress.report(1, 2, QStringLiteral("Đọc hồ sơ đảng viên"));
        gate.acquire(); // until the test has pressed Cancel
        sawCancel = progress.cancelled();
        // Even work that ignores the cancel and returns a value must not have it used.
        return QStringLiteral("Nguyễn Văn An");
    };
    QObject::connect(&runner, &JobRunner::progressed, &runner, [&] {
        clickCancel(runner);
        gate.release();
    });
    QSignalSpy finished(&runner, &JobRunner::finished);
    REQUIRE(runner.run<QString>(QStringLiteral("Tính lại"), work,
                                [&](Result<QString> result) { delivered.emplace(std::move(result)); }));
    REQUIRE(finished.wait(30000));
    CHECK(sawCancel);
    CHECK(finished.constFirst().constFirst().toBool() == true);
    REQUIRE(delivered.has_value());
    REQUIRE_FALSE(delivered->ok());
    CHECK(delivered->error().code == u"cancelled");
}

TEST_CASE("the job runner runs one job at a time")
{
    QWidget window;
    JobRunner runner(&window);
    QSemaphore gate;
    std::function<Result<int>(Progress&)> blocked = [&gate](Progress&) -> Result<int> {
        gate.acquire();
        return 1;
    };
    std::function<Result<int>(Progress&)> other = [](Progress&) -> Result<int> {
        return 2;
    };
    int results = 0;
    QSignalSpy finished(&runner, &JobRunner::finished);
    REQUIRE(runner.run<int>(QStringLiteral("Một"), blocked, [&](Result<int> result) { results += *result; }));
    CHECK_FALSE(
        runner.run<int>(QStringLiteral("Hai"), other, [&](Result<int> result) { results += *result; }));
    gate.release();
    REQUIRE(finished.wait(30000));
    CHECK(results == 1);
    CHECK(runner.run<int>(QStringLiteral("Hai"), other, [&](Result<int> result) { results += *result; }));
    REQUIRE(finished.wait(30000));
    CHECK(results == 3);
}

TEST_CASE("a job runner without a dialog shows none and delivers as usual")
{
    QWidget window;
    JobRunner runner(&window);
    runner.setShowsDialog(false);
    runner.setDialogDelay(0);
    QSemaphore gate;
    std::function<Result<int>(Progress&)> work = [&gate](Progress& progress) -> Result<int> {
        progress.report(1, 2, QStringLiteral("Một nửa"));
        gate.acquire();
        return 7;
    };
    std::optional<Result<int>> delivered;
    QSignalSpy finished(&runner, &JobRunner::finished);
    REQUIRE(
        runner.run<int>(QStringLiteral("Đang tải"), work, [&](Result<int> result) { delivered = result; }));
    QThread::msleep(20);
    QCoreApplication::processEvents();
    CHECK(runner.progressDialog() == nullptr);
    CHECK(window.findChildren<QProgressDialog*>().isEmpty());
    gate.release();
    REQUIRE(finished.wait(30000));
    REQUIRE(delivered.has_value());
    CHECK(**delivered == 7);
}
