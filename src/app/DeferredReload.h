// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace chibo {

/// Keeps a page's view of the records current without reading them while nobody looks: a change marks
/// the page stale; a visible page reloads, a hidden one when it is next shown.
///
/// Contract: the page's reload function calls markCurrent() first; any code that needs the page
/// current at once (a drill-down) calls reloadIfStale().
class DeferredReload final : public QObject {
    Q_OBJECT

public:
    enum class Timing {
        /// Reloads at once: the page reads little and other code reads its state right after.
        Immediate,
        /// Reloads once control returns to the event loop, so that several changes in a row (a drill-down
        /// selects the organisation, shows the page and sets the period) make one reload.
        Coalesced,
    };

    /// `whenShown` applies to a stale page being shown, `whenChanged` to a change while it is visible.
    DeferredReload(QWidget* page, Timing whenShown, Timing whenChanged, std::function<void()> reload);

    bool isStale() const { return m_stale; }
    /// A change the page shows happened.
    void markStale();
    /// The page has just read the records.
    void markCurrent() { m_stale = false; }
    /// Reloads now when stale, visible or not.
    void reloadIfStale();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule(Timing timing);

    QWidget* m_page;
    Timing m_whenShown;
    Timing m_whenChanged;
    std::function<void()> m_reload;
    bool m_stale = true;
    bool m_queued = false;
};

} // namespace chibo
