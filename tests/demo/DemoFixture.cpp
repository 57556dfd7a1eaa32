// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"

#include "demo/DemoGenerator.h"

#include <QMap>

namespace chibo::test {

const Dataset& demoAt(QDate asOf)
{
    static QMap<QDate, Dataset> cache;
    auto it = cache.find(asOf);
    if (it == cache.end())
        it = cache.insert(asOf, DemoGenerator::generate({DemoGenerator::Options().seed, asOf}));
    return *it;
}

const Member* findMember(const Dataset& data, const QUuid& id)
{
    for (const Member& member : data.members) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

const Organisation* findOrganisation(const Dataset& data, const QString& name)
{
    for (const Organisation& org : data.organisations) {
        if (org.name == name)
            return &org;
    }
    return nullptr;
}

QList<const Organisation*> cellsOf(const Dataset& data)
{
    QList<const Organisation*> cells;
    for (const Organisation& org : data.organisations) {
        if (org.isCell())
            cells.append(&org);
    }
    return cells;
}

} // namespace chibo::test
