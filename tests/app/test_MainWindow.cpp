// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Dialogs.h"
#include "app/MainWindow.h"
#include "i18n/Translations.h"
#include "models/MemberTableModel.h"
#include "services/DemoDatabase.h"
#include "support/Catch.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace chibo;

namespace {

/// Answers dialogs without showing them, and remembers errors so a test can assert there were none.
class RecordingDialogs : public Dialogs {
public:
    QString databaseToOpen(QWidget*, const QString&) override { return {}; }
    void showError(QWidget*, const QString&, const QString& message) override { errors.append(message); }
    void showAbout(QWidget*, const QString&, const QString&) override {}
    QStringList errors;
};

/// A demo database in a private directory, with the window's settings kept there too.
struct DemoFixture {
    DemoFixture()
    {
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        path = dir.filePath(QStringLiteral("demo.sqlite"));
        REQUIRE(DemoDatabase::create(path, QDate(2026, 11, 22)).ok());
    }
    QTemporaryDir dir;
    QString path;
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("the window opens the demo with its organisation tree and members in Vietnamese")
{
    DemoFixture demo;
    Translations translations;
    REQUIRE(translations.install(Language::Vietnamese));
    RecordingDialogs dialogs;
    MainWindow window(translations, dialogs, QDate(2026, 11, 22));
    REQUIRE(window.openDatabase(demo.path).ok());
    window.show();

    auto* tree = window.findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    REQUIRE(tree);
    CHECK(tree->model()->index(0, 0).data().toString() == QStringLiteral("Đảng bộ xã Ea Sin"));
    CHECK(tree->model()->rowCount(tree->model()->index(0, 0)) >= 6);
    auto* table = window.findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() >= 120);
    CHECK(table->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Họ và tên"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Tệp"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("22/11/2026")));
    CHECK(dialogs.errors.isEmpty());
}

TEST_CASE("the members list sorts by given name and the search ignores accents")
{
    DemoFixture demo;
    Translations translations;
    translations.install(Language::Vietnamese);
    RecordingDialogs dialogs;
    MainWindow window(translations, dialogs, QDate(2026, 11, 22));
    REQUIRE(window.openDatabase(demo.path).ok());
    auto* table = window.findChild<QTableView*>(QStringLiteral("membersTableView"));
    const QStringList names = column(table->model(), MemberTableModel::NameColumn);
    const auto firstAnh = std::find_if(names.begin(), names.end(),
                                       [](const QString& n) { return n.endsWith(QStringLiteral(" Ánh")); });
    const auto firstBinh = std::find_if(names.begin(), names.end(),
                                        [](const QString& n) { return n.endsWith(QStringLiteral(" Bình")); });
    REQUIRE(firstAnh != names.end());
    REQUIRE(firstBinh != names.end());
    CHECK(firstAnh < firstBinh);

    window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("dang thi"));
    const QStringList found = column(table->model(), MemberTableModel::NameColumn);
    REQUIRE(found.size() >= 4);
    for (const QString& name : found)
        CHECK(name.startsWith(QStringLiteral("Đặng Thị ")));
    CHECK(found.size() == names.filter(QRegularExpression(QStringLiteral("^Đặng Thị "))).size());
}

TEST_CASE("switching the language changes the window's strings at once")
{
    DemoFixture demo;
    Translations translations;
    translations.install(Language::Vietnamese);
    RecordingDialogs dialogs;
    MainWindow window(translations, dialogs, QDate(2026, 11, 22));
    REQUIRE(window.openDatabase(demo.path).ok());
    auto* table = window.findChild<QTableView*>(QStringLiteral("membersTableView"));
    REQUIRE(translations.install(Language::English));
    QCoreApplication::processEvents();
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(table->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Full name"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("full and")));
    REQUIRE(translations.install(Language::Vietnamese));
    QCoreApplication::processEvents();
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Tệp"));
}
