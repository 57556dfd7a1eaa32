// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "storage/Database.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace chibo {

/// An open ChiBo database and its repositories: what every use case works on.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static Result<std::unique_ptr<Workspace>> open(const QString& path,
                                                   Database::Mode mode = Database::Mode::ReadWrite);
    static Result<std::unique_ptr<Workspace>> openInMemory();

    Database& database() const { return *m_database; }
    Storage& storage() const { return *m_storage; }
    QString path() const { return m_database->path(); }

    /// The organisation named by `key`: its uuid, its exact name, or a folded, accent-insensitive prefix
    /// of exactly one name ("chi bo buon ea" → "Chi bộ buôn Ea Kring"). An empty key means the only
    /// top-level organisation. An error lists the candidates.
    Result<Organisation> findOrganisation(const QString& key) const;
    /// The same search over a list of organisations (a dataset file's).
    static Result<Organisation> findOrganisationIn(const QList<Organisation>& all, const QString& key);

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Storage> m_storage;
};

} // namespace chibo
