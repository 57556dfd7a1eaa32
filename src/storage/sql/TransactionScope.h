// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/Transaction.h"

#include <utility>

namespace chibo {

/// Runs one repository operation atomically: in its own transaction, or in a savepoint of the caller's
/// (Database transactions nest). A failed operation leaves nothing behind; the caller's transaction stays
/// usable. Reads use it too, so that their several queries see one snapshot.
class TransactionScope {
public:
    /// `operation` returns a Status or a Result<T>; it is committed only when it succeeded.
    template <typename Operation>
    static auto run(Database& db, Operation&& operation) -> decltype(operation())
    {
        using R = decltype(operation());
        Transaction transaction(db);
        if (!transaction.isActive())
            return R(transaction.beginStatus().error());
        R result = std::forward<Operation>(operation)();
        if (!result)
            return result;
        if (Status committed = transaction.commit(); !committed)
            return R(committed.error());
        return result;
    }
};

} // namespace chibo
