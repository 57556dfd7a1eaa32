// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoIds.h"

namespace chibo {

DemoIds::DemoIds(quint64 seed)
{
    static const QUuid base(QStringLiteral("{3c6f8f0e-5b0d-5a8e-9a61-2f4c7d1e9b20}"));
    m_namespace = QUuid::createUuidV5(base, u"chibo-demo/seed/" + QString::number(seed));
}

} // namespace chibo
