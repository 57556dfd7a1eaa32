// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberListLoader.h"

#include "app/AppContext.h"
#include "app/JobRunner.h"
#include "core/OrgTree.h"
#include "services/Workspace.h"

#include <QWidget>

namespace chibo {

MemberListLoader::MemberListLoader(AppContext& context, QWidget* page, Show show)
    : QObject(page)
    , m_context(context)
    , m_show(std::move(show))
    , m_runner(new JobRunner(page))
{
    m_runner->setParent(this);
    m_runner->setShowsDialog(false); // the page shows that it is loading, and stays usable
}

bool MemberListLoader::load(const QUuid& orgId)
{
    drop();
    m_orgId = orgId;
    if (!inBackground(orgId)) {
        m_show(MemberListLoad::read(*m_context.workspace(), request(), NoProgress()));
        return false;
    }
    m_loading = true;
    if (m_runner->isRunning()) {
        m_pending = true; // starts when the cancelled load has stopped
        return true;
    }
    start();
    return true;
}

void MemberListLoader::drop()
{
    ++m_generation;
    m_pending = false;
    m_loading = false;
    m_runner->cancel();
}

bool MemberListLoader::inBackground(const QUuid& orgId) const
{
    // An in-memory database (tests, dry runs) has no file another connection could open.
    const Workspace* workspace = m_context.workspace();
    return workspace && !workspace->path().isEmpty() && m_context.tree().subtree(orgId).size() >= m_threshold;
}

MemberListLoad::Request MemberListLoader::request() const
{
    return {m_context.organisations(), m_orgId, m_context.day()};
}

void MemberListLoader::start()
{
    const int generation = m_generation;
    m_runner->run<MemberListLoad>(
        QString(),
        [path = m_context.workspace()->path(), request = request()](Progress& progress) {
            return MemberListLoad::readFile(path, request, progress);
        },
        [this, generation](Result<MemberListLoad> loaded) {
            if (m_pending) {
                m_pending = false;
                return start();
            }
            if (generation != m_generation)
                return;
            m_loading = false;
            m_show(std::move(loaded));
        });
}

} // namespace chibo
