// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DocumentRegisterRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// DocumentRegisterRepository in portable SQL over issued_documents.
class SqlDocumentRegisterRepository final : public DocumentRegisterRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlDocumentRegisterRepository)

public:
    explicit SqlDocumentRegisterRepository(Database& db)
        : m_db(db)
    {}

    Status record(const IssuedDocument& entry) override;
    Result<QList<IssuedDocument>> ofOrganisation(const QUuid& orgId) const override;

private:
    Database& m_db;
};

} // namespace chibo
