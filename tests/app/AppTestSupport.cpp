// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/Workspace.h"
#include "support/Catch.h"

namespace chibo::test {

DemoFixture::DemoFixture()
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(path, day()).ok());
}

DemoContext::DemoContext()
    : context(dialogs, DemoFixture::day())
{
    REQUIRE(translations.install(Language::Vietnamese));
    auto workspace = Workspace::open(demo.path);
    REQUIRE(workspace.ok());
    context.setWorkspace(std::move(workspace).value());
    auto criteria = CriteriaLibrary::load();
    REQUIRE(criteria.ok());
    context.setCriteria(criteria->set);
}

QUuid DemoContext::orgNamed(const QString& name) const
{
    for (const Organisation& org : context.organisations()) {
        if (org.name == name)
            return org.id;
    }
    FAIL("no organisation is named " << name.toStdString());
    return {};
}

WindowFixture::WindowFixture()
{
    REQUIRE(translations.install(Language::Vietnamese));
    window = std::make_unique<MainWindow>(translations, dialogs, DemoFixture::day());
    REQUIRE(window->openDatabase(demo.path).ok());
    window->show();
    QCoreApplication::processEvents();
}

QUuid WindowFixture::orgNamed(const QString& name) const
{
    for (const Organisation& org : window->context().organisations()) {
        if (org.name == name)
            return org.id;
    }
    FAIL("no organisation is named " << name.toStdString());
    return {};
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace chibo::test
