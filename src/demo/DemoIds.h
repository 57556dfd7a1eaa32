// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace chibo {

/// Stable record ids for the demo: a name-based (version 5) uuid of a descriptive key such as
/// "member/thon-1/12", in a namespace derived from the seed. The same seed and key give the same id.
class DemoIds {
public:
    explicit DemoIds(quint64 seed);

    QUuid of(const QString& key) const { return QUuid::createUuidV5(m_namespace, key); }

private:
    QUuid m_namespace;
};

} // namespace chibo
