// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace chibo {

/// For measuring a cold start (--report-startup): once `window` has painted for the first time, prints
/// "first-paint-ms N" (milliseconds since `sinceStart` was started, near the top of main) on standard
/// output and quits the application with 0.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    FirstPaintProbe(QWidget& window, const QElapsedTimer& sinceStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget& m_window;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};

} // namespace chibo
