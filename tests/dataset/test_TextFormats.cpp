// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/TextFormats.h"
#include "support/Catch.h"

using namespace chibo;

TEST_CASE("dates are YYYY-MM-DD and must exist in the calendar")
{
    CHECK(TextFormats::date(QDate(2025, 3, 5)) == QStringLiteral("2025-03-05"));
    CHECK(TextFormats::date(QDate(987, 1, 2)) == QStringLiteral("0987-01-02"));
    CHECK(TextFormats::parseDate(u"2025-03-05") == QDate(2025, 3, 5));
    CHECK(TextFormats::parseDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK_FALSE(TextFormats::parseDate(u"2025-02-29"));
    CHECK_FALSE(TextFormats::parseDate(u"2025-3-5"));
    CHECK_FALSE(TextFormats::parseDate(u"05/03/2025"));
    CHECK_FALSE(TextFormats::parseDate(u"2025-03-05T00:00:00"));
    CHECK_FALSE(TextFormats::parseDate(u"0000-01-01"));
    CHECK_FALSE(TextFormats::parseDate(u""));
}

TEST_CASE("months are YYYY-MM")
{
    CHECK(TextFormats::month(YearMonth(2025, 3)) == QStringLiteral("2025-03"));
    CHECK(TextFormats::parseMonth(u"2025-12") == YearMonth(2025, 12));
    CHECK_FALSE(TextFormats::parseMonth(u"2025-13"));
    CHECK_FALSE(TextFormats::parseMonth(u"2025-00"));
    CHECK_FALSE(TextFormats::parseMonth(u"+202-03"));
    CHECK_FALSE(TextFormats::parseMonth(u"2025-3"));
}

TEST_CASE("times use the shortest exact form and read back exactly")
{
    CHECK(TextFormats::time(QTime(19, 30)) == QStringLiteral("19:30"));
    CHECK(TextFormats::time(QTime(7, 5, 9)) == QStringLiteral("07:05:09"));
    CHECK(TextFormats::time(QTime(7, 5, 0, 40)) == QStringLiteral("07:05:00.040"));
    for (const QTime& time : {QTime(0, 0), QTime(19, 30), QTime(7, 5, 9), QTime(23, 59, 59, 999)})
        CHECK(TextFormats::parseTime(TextFormats::time(time)) == time);
    CHECK_FALSE(TextFormats::parseTime(u"7:30"));
    CHECK_FALSE(TextFormats::parseTime(u"24:00"));
    CHECK_FALSE(TextFormats::parseTime(u"19:60"));
    CHECK_FALSE(TextFormats::parseTime(u"19:30:00.5"));
}

TEST_CASE("date-times carry their UTC offset and compare as the same instant after reading")
{
    const QDateTime hanoi(QDate(2025, 3, 5), QTime(19, 30), Qt::OffsetFromUTC, 7 * 3600);
    CHECK(TextFormats::dateTime(hanoi) == QStringLiteral("2025-03-05T19:30:00+07:00"));
    CHECK(TextFormats::dateTime(hanoi.toUTC()) == QStringLiteral("2025-03-05T12:30:00Z"));
    const QDateTime west(QDate(2025, 3, 5), QTime(1, 2, 3, 4), Qt::OffsetFromUTC, -(9 * 3600 + 30 * 60));
    CHECK(TextFormats::dateTime(west) == QStringLiteral("2025-03-05T01:02:03.004-09:30"));
    CHECK(TextFormats::parseDateTime(TextFormats::dateTime(west)) == west);
    CHECK(TextFormats::parseDateTime(u"2025-03-05T12:30:00Z") == hanoi);
    CHECK(TextFormats::parseDateTime(u"2025-03-05T19:30:00+07:00")->offsetFromUtc() == 7 * 3600);
    CHECK_FALSE(TextFormats::parseDateTime(u"2025-03-05T19:30:00")); // no offset: ambiguous
    CHECK_FALSE(TextFormats::parseDateTime(u"2025-03-05 19:30:00+07:00"));
    CHECK_FALSE(TextFormats::parseDateTime(u"2025-03-05T19:30+07:00"));
    CHECK_FALSE(TextFormats::parseDateTime(u"2025-03-05T19:30:00+25:00"));
    CHECK_FALSE(TextFormats::parseDateTime(u"2025-02-30T19:30:00Z"));
    CHECK(TextFormats::dateTime(QDateTime()).isEmpty());
}

TEST_CASE("ids are lowercase UUIDs without braces, and either case reads")
{
    const QUuid id = QUuid::fromString(u"{3F2B8C1E-5A4D-4E6F-9A7B-1C2D3E4F5A6B}");
    CHECK(TextFormats::id(id) == QStringLiteral("3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b"));
    CHECK(TextFormats::parseId(u"3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b") == id);
    CHECK(TextFormats::parseId(u"3F2B8C1E-5A4D-4E6F-9A7B-1C2D3E4F5A6B") == id);
    CHECK_FALSE(TextFormats::parseId(u"{3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b}"));
    CHECK_FALSE(TextFormats::parseId(u"3f2b8c1e5a4d4e6f9a7b1c2d3e4f5a6b"));
    CHECK_FALSE(TextFormats::parseId(u"3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6g"));
    CHECK(TextFormats::parseId(u"00000000-0000-0000-0000-000000000000")->isNull());
}
