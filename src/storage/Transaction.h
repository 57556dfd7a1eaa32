// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace chibo {

class Database;

/// RAII transaction: rolled back on destruction unless commit() succeeded. One per use case,
/// opened by the services layer.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; when not, error() says why and nothing may be written.
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace chibo
