// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Workspace.h"

#include "core/VietnameseText.h"

#include <QStringList>

namespace chibo {

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_storage(std::make_unique<Storage>(*m_database))
{}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Database::Mode mode)
{
    auto database = Database::openSqlite(path, mode);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

Result<std::unique_ptr<Workspace>> Workspace::openInMemory()
{
    auto database = Database::openSqliteInMemory();
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

Result<Organisation> Workspace::findOrganisation(const QString& key) const
{
    const auto all = m_storage->organisations().all();
    if (!all)
        return all.error();
    return findOrganisationIn(*all, key);
}

Result<Organisation> Workspace::findOrganisationIn(const QList<Organisation>& all, const QString& key)
{
    if (key.trimmed().isEmpty()) {
        QList<Organisation> roots;
        for (const Organisation& org : all) {
            if (org.parentId.isNull())
                roots.append(org);
        }
        if (roots.size() == 1)
            return roots.first();
        return Error{QStringLiteral("workspace.organisation-needed"),
                     tr("The database holds %n top-level organisation(s); name one with --org.", nullptr,
                        int(roots.size())),
                     {}};
    }
    const QUuid asId(key.trimmed());
    const QString folded = VietnameseText::fold(key.trimmed());
    QList<Organisation> prefixMatches;
    for (const Organisation& org : all) {
        if ((!asId.isNull() && org.id == asId) || org.name == key.trimmed())
            return org;
        if (!folded.isEmpty() && VietnameseText::fold(org.name).startsWith(folded))
            prefixMatches.append(org);
    }
    if (prefixMatches.size() == 1)
        return prefixMatches.first();
    if (prefixMatches.isEmpty())
        return Error{QStringLiteral("workspace.unknown-organisation"),
                     tr("No organisation matches “%1”. List them with: chibo-cli orgs").arg(key),
                     {}};
    QStringList names;
    for (const Organisation& org : prefixMatches)
        names.append(org.name);
    return Error{QStringLiteral("workspace.ambiguous-organisation"),
                 tr("“%1” matches several organisations: %2.").arg(key, names.join(QStringLiteral("; "))),
                 {}};
}

} // namespace chibo
