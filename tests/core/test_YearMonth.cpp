// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/YearMonth.h"
#include "support/Catch.h"

using chibo::YearMonth;

TEST_CASE("YearMonth parses only YYYY-MM and round-trips its text")
{
    REQUIRE(YearMonth::parse(u"2025-03") == YearMonth(2025, 3));
    CHECK(YearMonth(2026, 11).toString() == QStringLiteral("2026-11"));
    CHECK_FALSE(YearMonth::parse(u"2025-13").has_value());
    CHECK_FALSE(YearMonth::parse(u"2025-3").has_value());
    CHECK_FALSE(YearMonth::parse(u"03/2025").has_value());
    CHECK_FALSE(YearMonth::parse(u"2025-00").has_value());
}

TEST_CASE("YearMonth arithmetic crosses year boundaries")
{
    CHECK(YearMonth(2025, 12).addMonths(1) == YearMonth(2026, 1));
    CHECK(YearMonth(2025, 1).addMonths(-1) == YearMonth(2024, 12));
    CHECK(YearMonth(2025, 11).addMonths(14) == YearMonth(2027, 1));
    CHECK(YearMonth(2025, 3).monthsTo(YearMonth(2026, 2)) == 11);
    CHECK(YearMonth(2024, 2).lastDay() == QDate(2024, 2, 29));
    CHECK(YearMonth(2025, 2).contains(QDate(2025, 2, 28)));
    CHECK_FALSE(YearMonth(2025, 2).contains(QDate(2025, 3, 1)));
    CHECK(YearMonth(2025, 12) < YearMonth(2026, 1));
}
