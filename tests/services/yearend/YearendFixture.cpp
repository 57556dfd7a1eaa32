// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearendFixture.h"

#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "support/Catch.h"

#include <QFile>

namespace chibo::test {

YearendFixture::YearendFixture()
{
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(path, day()).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    workspace = std::move(opened).value();
    auto loaded = CriteriaLibrary::load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->problems.isEmpty());
    criteria = std::move(loaded->set);
}

QUuid YearendFixture::orgId(const QString& name) const
{
    const auto found = workspace->findOrganisation(name);
    REQUIRE(found.ok());
    return found->id;
}

QByteArray shippedCriteriaFile(const QString& fileName)
{
    QFile file(QStringLiteral(CHIBO_SOURCE_DIR "/criteria/") + fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace chibo::test
