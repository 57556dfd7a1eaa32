// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestData.h"

#include "core/MemberTimeline.h"
#include "support/Catch.h"

#include <QFile>

namespace chibo::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(CHIBO_TEST_DATA_DIR "/") + relative;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QUuid idFor(const QString& name)
{
    static const QUuid ns(QStringLiteral("{6f0f3c1e-2d54-4a57-9d1a-0c1b2a3d4e5f}"));
    return QUuid::createUuidV5(ns, name);
}

Organisation anOrganisation(const QString& name, OrgKind kind, const QUuid& parentId)
{
    Organisation org;
    org.id = idFor(name);
    org.parentId = parentId;
    org.name = name;
    org.kind = kind;
    return org;
}

Member aMember(const QString& fullName, const QUuid& cellId, QDate ceremony, QDate recognisedBy)
{
    Member member;
    member.id = idFor(fullName);
    member.fullName = fullName;
    member.ceremonyDate = ceremony;
    member.admissionDecisionDate = ceremony.addDays(-20);
    member.statusEvents.append({idFor(fullName + u"/admitted"), ceremony, StatusEventKind::Admitted, {}, {}});
    const QDate official = MemberTimeline::probationEnd(ceremony);
    if (recognisedBy.isValid() && official <= recognisedBy) {
        member.officialDate = official;
        member.statusEvents.append(
            {idFor(fullName + u"/recognised"), official, StatusEventKind::Recognised, {}, {}});
    }
    member.memberships.append(
        {idFor(fullName + u"/cell"), cellId, ceremony, {}, CellMembership::Kind::Official});
    return member;
}

} // namespace chibo::test
