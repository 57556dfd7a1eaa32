// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include "services/DemoDatabase.h"
#include "support/Catch.h"

namespace chibo::test {

DemoFixture::DemoFixture()
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(path, day()).ok());
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace chibo::test
