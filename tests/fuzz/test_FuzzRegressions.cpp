// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a fuzz target ever crashed on (tests/fuzz/regressions/<target>/) must now be refused with a
// clean Error, and every seed of the corpora (tests/fuzz/corpus/<target>/) must be read or refused
// cleanly: the same functions as the libFuzzer targets, in the ordinary build (g++ included).
#include "FuzzInputs.h"
#include "support/Catch.h"

#include <QDir>
#include <QFile>

using namespace chibo;

namespace {

const QString fuzzDir = QStringLiteral(CHIBO_SOURCE_DIR "/tests/fuzz");

/// The files of tests/fuzz/<kind>/<target>/, by name.
QStringList inputsOf(const QString& kind, const QString& target)
{
    const QDir dir(fuzzDir + u'/' + kind + u'/' + target);
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Target {
    QString name;
    fuzz::Outcome (*function)(const QByteArray&);
};

const QList<Target> targets{{QStringLiteral("criteria"), &fuzz::loadCriteria},
                            {QStringLiteral("dataset"), &fuzz::readDataset},
                            {QStringLiteral("member_csv"), &fuzz::previewMemberCsv},
                            {QStringLiteral("member_xlsx"), &fuzz::previewMemberXlsx}};

} // namespace

TEST_CASE("Saved fuzz crash inputs are refused with a clean error", "[fuzz]")
{
    for (const Target& target : targets) {
        for (const QString& path : inputsOf(QStringLiteral("regressions"), target.name)) {
            INFO(path.toStdString());
            const fuzz::Outcome outcome = target.function(bytesOf(path));
            REQUIRE(outcome.has_value());
            CHECK_FALSE(outcome->code.isEmpty());
            CHECK_FALSE(outcome->message.isEmpty());
        }
    }
}

TEST_CASE("Every fuzz seed is read or refused with a clean error", "[fuzz]")
{
    for (const Target& target : targets) {
        const QStringList paths = inputsOf(QStringLiteral("corpus"), target.name);
        INFO(target.name.toStdString());
        REQUIRE_FALSE(paths.isEmpty());
        qsizetype read = 0;
        for (const QString& path : paths) {
            INFO(path.toStdString());
            const fuzz::Outcome outcome = target.function(bytesOf(path));
            if (!outcome) {
                ++read;
                continue;
            }
            CHECK_FALSE(outcome->code.isEmpty());
            CHECK_FALSE(outcome->message.isEmpty());
        }
        // Each corpus holds good files, which lead the fuzzer past the first checks, and bad ones.
        CHECK(read > 0);
        CHECK(read < paths.size());
    }
}
