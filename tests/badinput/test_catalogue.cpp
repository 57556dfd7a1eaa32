// SPDX-License-Identifier: GPL-3.0-or-later
// docs/bad-inputs.md and the tests cannot drift apart: every row of the catalogue has a test case whose
// name starts with its id, in this executable or in the window's (test_gui_badinput), and every such test
// case has its row.
#include "support/Catch.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace {

/// The ids of the catalogue's rows: table rows whose first cell is an id such as B07.
QStringList documentedIds()
{
    QFile file(QStringLiteral(CHIBO_BAD_INPUTS_DOC));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QRegularExpression row(QStringLiteral(R"(^\|\s*(B\d{2})\s*\|)"));
    QStringList ids;
    while (!file.atEnd()) {
        const auto match = row.match(QString::fromUtf8(file.readLine()));
        if (match.hasMatch())
            ids.append(match.captured(1));
    }
    return ids;
}

/// The ids that start the names of the test cases `executable` has.
QStringList testedIds(const QString& executable)
{
    QProcess list;
    list.start(executable, {QStringLiteral("--list-test-names-only")});
    REQUIRE(list.waitForFinished(60000));
    const QRegularExpression name(QStringLiteral(R"(^(B\d{2}) )"));
    QStringList ids;
    for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
        const auto match = name.match(QString::fromUtf8(line));
        if (match.hasMatch())
            ids.append(match.captured(1));
    }
    return ids;
}

} // namespace

TEST_CASE("every row of docs/bad-inputs.md has its test case and every test case its row")
{
    const QStringList documented = documentedIds();
    const QStringList tested = testedIds(QCoreApplication::applicationFilePath()) +
                               testedIds(QStringLiteral(CHIBO_GUI_BAD_INPUT_TESTS));
    CHECK(documented.size() >= 40);
    CHECK(QSet<QString>(documented.cbegin(), documented.cend()).size() == documented.size());
    CHECK(QSet<QString>(tested.cbegin(), tested.cend()).size() == tested.size());
    for (const QString& id : documented) {
        INFO(id.toStdString() << " is in docs/bad-inputs.md but no test case is named after it");
        CHECK(tested.contains(id));
    }
    for (const QString& id : tested) {
        INFO(id.toStdString() << " has a test case but no row in docs/bad-inputs.md");
        CHECK(documented.contains(id));
    }
}
