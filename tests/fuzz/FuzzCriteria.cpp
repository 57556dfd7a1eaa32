// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInputs.h"
#include "scoring/CriteriaLoader.h"

namespace chibo::fuzz {

Outcome loadCriteria(const QByteArray& bytes)
{
    const CriteriaLoader::Loaded loaded = CriteriaLoader::load({QStringLiteral("fuzz.json"), bytes});
    if (loaded.criteria && loaded.problems.isEmpty())
        return std::nullopt;
    if (loaded.problems.isEmpty())
        return Error{QStringLiteral("fuzz.no-criteria"), QStringLiteral("no criteria and no problem"), {}};
    const CriteriaProblem& first = loaded.problems.first();
    return Error{first.code, first.message, first.location()};
}

} // namespace chibo::fuzz
