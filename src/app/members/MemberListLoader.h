// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/members/MemberListLoad.h"

#include <QObject>
#include <QUuid>

#include <functional>

class QWidget;

namespace chibo {

class AppContext;
class JobRunner;

/// Loads what the members page shows (MemberListLoad) for the context's organisations and day: at once
/// for a small subtree, on a worker thread over a read-only connection of its own for a large one (a
/// district, a province: by default 500 organisations or more), where reading and preparing 100,000
/// members takes seconds the window should not freeze for. One background load at a time; a newer
/// request supersedes the running one, whose result is never shown.
class MemberListLoader : public QObject {
    Q_OBJECT

public:
    /// `show` receives each load's result (or error) on the window's thread.
    using Show = std::function<void(Result<MemberListLoad>)>;

    MemberListLoader(AppContext& context, QWidget* page, Show show);

    /// Loads the members of `orgId`'s subtree. True when the load goes on in the background (`show`
    /// follows later); false when it was done at once (`show` has been called).
    bool load(const QUuid& orgId);
    /// Forgets a background load in progress: its result will not be shown.
    void drop();
    bool isLoading() const { return m_loading; }
    /// From how many organisations in the subtree a load goes to the background.
    void setBackgroundThreshold(int organisations) { m_threshold = organisations; }

private:
    bool inBackground(const QUuid& orgId) const;
    MemberListLoad::Request request() const;
    void start();

    AppContext& m_context;
    Show m_show;
    JobRunner* m_runner;
    QUuid m_orgId;
    int m_generation = 0;   ///< a background result is shown only if no load came after it
    bool m_pending = false; ///< a load waits for the cancelled one to stop
    bool m_loading = false;
    int m_threshold = 500;
};

} // namespace chibo
