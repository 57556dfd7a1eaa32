// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace chibo {

FirstPaintProbe::FirstPaintProbe(QWidget& window, const QElapsedTimer& sinceStart)
    : QObject(&window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    window.installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Runs once this paint event has been handled: the window is on the screen.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace chibo
