// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleGenerator.h"

#include "demo/ScaleContext.h"
#include "demo/ScaleLayout.h"
#include "demo/ScaleMeetings.h"
#include "demo/ScaleMembers.h"
#include "demo/ScaleRatings.h"
#include "demo/ScaleRecords.h"

namespace chibo {

Dataset ScaleGenerator::generate(const ScaleOptions& options)
{
    ScaleContext context(options);
    ScaleLayout(context).build();
    ScaleMembers(context).build();
    context.indexMembers(); // the member list is final from here on
    ScaleMeetings(context).build();
    ScaleRecords(context).build();
    ScaleRatings(context).build();
    return std::move(context.data());
}

} // namespace chibo
