// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AscendingUuids.h"

#include "storage/DatasetOrder.h"

#include <algorithm>

namespace chibo {

AscendingUuids::AscendingUuids(qsizetype count)
{
    m_ids.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        m_ids.append(QUuid::createUuid());
    // The order of the text as stored (lower-case hex), so the rows go in at the end of the index.
    std::sort(m_ids.begin(), m_ids.end(), DatasetOrder::uuidLess);
}

QUuid AscendingUuids::next()
{
    return m_next < m_ids.size() ? m_ids[m_next++] : QUuid::createUuid();
}

} // namespace chibo
