// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/CrashLedger.h"
#include "support/Catch.h"

#include <QHash>

using namespace chibo;

namespace {

const QString meeting = QStringLiteral("meeting/6d0b7c2e-2c41-4f4e-9f53-0c7a1f0e5a11");
const QString bin = QStringLiteral("bin/6d0b7c2e-2c41-4f4e-9f53-0c7a1f0e5a11");

CrashLine begin(int seq, QList<KeyChange> keys)
{
    return CrashLine{CrashLine::Kind::Begin, seq, QStringLiteral("meeting.remove"), 0, 0, std::move(keys)};
}

CrashLine ack(int seq, QList<KeyChange> keys)
{
    return CrashLine{CrashLine::Kind::Ack, seq, {}, 1200, 31000, std::move(keys)};
}

/// A database that holds `state` (a key it does not name is absent).
CrashLedger::Reader holding(const QHash<QString, QString>& state)
{
    return [state](const QString& key) {
        return state.value(key, QStringLiteral("absent"));
    };
}

const QList<KeyChange> removal{{meeting, QStringLiteral("9f2c41aa0e7d3b55"), QStringLiteral("absent")},
                               {bin, QStringLiteral("0"), QStringLiteral("1")}};

} // namespace

TEST_CASE("Protocol lines are read back as written and a torn line is not read")
{
    const CrashLine line = begin(7, removal);
    CHECK(line.format() ==
          QStringLiteral("begin 7 meeting.remove %1=9f2c41aa0e7d3b55>absent %2=0>1").arg(meeting, bin));
    CHECK(CrashLine::parse(line.format()) == line);
    const CrashLine acknowledged =
        ack(7, {{meeting, {}, QStringLiteral("absent")}, {bin, {}, QStringLiteral("1")}});
    CHECK(CrashLine::parse(acknowledged.format()) == acknowledged);
    CHECK(CrashLine::parse(QStringLiteral("ready")) == CrashLine{});
    CHECK_FALSE(CrashLine::parse(QStringLiteral("ack 7 1200")).has_value());
    CHECK_FALSE(CrashLine::parse(QStringLiteral("begin 7 meeting.remove meeting/6d0b=9f2c")).has_value());
    CHECK_FALSE(CrashLine::parse(QStringLiteral("ack x 12 40 bin/1=1")).has_value());
    CHECK(acknowledged.format().startsWith(QStringLiteral("ack 7 1200 31000 meeting/")));
}

TEST_CASE("An acknowledged write that is in the database is consistent")
{
    CrashLedger ledger;
    ledger.record({CrashLine{}, begin(1, removal), ack(1, removal)});
    const auto outcome = ledger.verify(holding({{bin, QStringLiteral("1")}}));
    CHECK(outcome.problems.isEmpty());
    CHECK(outcome.acknowledged == 1);
    CHECK(outcome.interrupted == CrashLedger::Interrupted::Nothing);
    CHECK(ledger.expected(bin) == QStringLiteral("1"));
}

TEST_CASE("An acknowledged write missing after the kill is reported with its key")
{
    CrashLedger ledger;
    ledger.record({begin(1, removal), ack(1, removal)});
    // The file still holds the meeting: the acknowledgement was not durable.
    const auto outcome =
        ledger.verify(holding({{meeting, QStringLiteral("9f2c41aa0e7d3b55")}, {bin, QStringLiteral("0")}}));
    REQUIRE(outcome.problems.size() == 2);
    CHECK(outcome.problems.join(u'\n').contains(u"acknowledged " + meeting +
                                                u" = absent, found 9f2c41aa0e7d3b55"));
    // Reported after the kill that lost it, not again after every later one.
    CHECK(ledger.verify(holding({{meeting, QStringLiteral("9f2c41aa0e7d3b55")}, {bin, QStringLiteral("0")}}))
              .problems.isEmpty());
}

TEST_CASE("The interrupted use case is rolled back or committed when all its keys agree")
{
    CrashLedger ledger;
    ledger.record({begin(1, removal)});
    auto outcome =
        ledger.verify(holding({{meeting, QStringLiteral("9f2c41aa0e7d3b55")}, {bin, QStringLiteral("0")}}));
    CHECK(outcome.problems.isEmpty());
    CHECK(outcome.interrupted == CrashLedger::Interrupted::RolledBack);
    CHECK(ledger.expected(meeting).isEmpty());

    ledger.record({begin(1, removal)});
    outcome = ledger.verify(holding({{bin, QStringLiteral("1")}}));
    CHECK(outcome.problems.isEmpty());
    CHECK(outcome.interrupted == CrashLedger::Interrupted::Committed);
    CHECK(outcome.interruptedUseCase == QStringLiteral("meeting.remove"));
    // Committed before the kill: from now on it must stay.
    CHECK(ledger.expected(bin) == QStringLiteral("1"));
    CHECK_FALSE(ledger.verify(holding({{bin, QStringLiteral("0")}})).problems.isEmpty());
}

TEST_CASE("A half-written interrupted use case is reported")
{
    CrashLedger ledger;
    ledger.record({begin(3, removal)});
    // The meeting is gone but the bin has no entry for it.
    const auto outcome = ledger.verify(holding({{bin, QStringLiteral("0")}}));
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems.constFirst().contains(
        QStringLiteral("interrupted use case 3 (meeting.remove) is half written")));
}

TEST_CASE("A child that finds something else than what was acknowledged is reported")
{
    CrashLedger ledger;
    ledger.record({begin(1, removal), ack(1, removal)});
    REQUIRE(ledger.verify(holding({{bin, QStringLiteral("1")}})).problems.isEmpty());
    const QList<KeyChange> restore{{meeting, QStringLiteral("absent"), QStringLiteral("9f2c41aa0e7d3b55")},
                                   {bin, QStringLiteral("0"), QStringLiteral("0")}};
    ledger.record({CrashLine{}, begin(1, restore)});
    const auto outcome = ledger.verify(holding({{bin, QStringLiteral("1")}}));
    CHECK(outcome.problems.join(u'\n').contains(u"found " + bin + u" = 0, acknowledged was 1"));
}

TEST_CASE("An acknowledgement of a use case that never began breaks the protocol")
{
    CrashLedger ledger;
    ledger.record({ack(4, removal)});
    const auto outcome = ledger.verify(holding({}));
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems.constFirst().contains(QStringLiteral("protocol")));
    CHECK(ledger.keyCount() == 0);
}
