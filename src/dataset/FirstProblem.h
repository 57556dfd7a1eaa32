// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QString>

#include <optional>

namespace chibo {

class DocumentOrder;

/// Collects problems found in a document and keeps only the one that comes first in it, so that reading
/// a file reports one problem, always the same one, whatever order the checks ran in. A problem's
/// location is the JSON pointer of the offending value.
class FirstProblem {
public:
    /// Without an order the first problem reported is kept. `order` must outlive this.
    explicit FirstProblem(const DocumentOrder* order = nullptr)
        : m_order(order)
    {}

    void report(Error problem);
    void report(const QString& pointer, const QString& code, const QString& message)
    {
        report(Error{code, message, pointer});
    }

    bool isEmpty() const { return !m_first.has_value(); }
    /// The first problem; only when !isEmpty().
    const Error& first() const { return *m_first; }

private:
    const DocumentOrder* m_order = nullptr;
    std::optional<Error> m_first;
};

} // namespace chibo
