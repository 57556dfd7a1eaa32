// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IssuedDocument.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// The registers of issued documents (table issued_documents, schema v5): insert-only. Unique indexes keep
/// one entry per (organisation, type, term, number) and per (organisation, type, subject) when the subject
/// is given. Writes join the caller's transaction.
class DocumentRegisterRepository {
public:
    virtual ~DocumentRegisterRepository() = default;

    /// Appends `entry`. "storage.constraint" when its number or its subject is taken already,
    /// "storage.missing-reference" when the organisation is not stored, "storage.invalid" when its id, type,
    /// term, number (≥ 1), date, time or author is missing.
    virtual Status record(const IssuedDocument& entry) = 0;
    /// Every entry of `orgId`'s register, ordered by term, type and number. One query.
    virtual Result<QList<IssuedDocument>> ofOrganisation(const QUuid& orgId) const = 0;
};

} // namespace chibo
