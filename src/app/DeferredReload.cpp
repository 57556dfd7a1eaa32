// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DeferredReload.h"

#include <QEvent>
#include <QWidget>

namespace chibo {

DeferredReload::DeferredReload(QWidget* page, Timing whenShown, Timing whenChanged,
                               std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_whenShown(whenShown)
    , m_whenChanged(whenChanged)
    , m_reload(std::move(reload))
{
    m_page->installEventFilter(this);
}

void DeferredReload::markStale()
{
    m_stale = true;
    if (m_page->isVisible())
        schedule(m_whenChanged);
}

void DeferredReload::reloadIfStale()
{
    if (m_stale)
        m_reload();
}

bool DeferredReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        schedule(m_whenShown);
    return false;
}

void DeferredReload::schedule(Timing timing)
{
    if (timing == Timing::Immediate) {
        m_reload();
        return;
    }
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_queued = false;
            if (m_stale && m_page->isVisible())
                m_reload();
        },
        Qt::QueuedConnection);
}

} // namespace chibo
