// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Rational.h"
#include "support/Catch.h"

using namespace chibo;

TEST_CASE("Rational keeps fractions exact and in lowest terms")
{
    CHECK(Rational(6, 8) == Rational(3, 4));
    CHECK(Rational(3, -4).numerator() == -3);
    CHECK(Rational(3, -4).denominator() == 4);
    CHECK(Rational(1, 3) + Rational(1, 6) == Rational(1, 2));
    CHECK(Rational(2, 3) * 3 == Rational(2));
    CHECK(Rational(7) / Rational(2) == Rational(7, 2));
    CHECK(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6));
}

TEST_CASE("Rational compares exactly: two thirds is not 0.6667")
{
    // "≥ ⅔ of full members": 3·yes ≥ 2·base, never a rounded decimal.
    CHECK(Rational(6, 9) >= Rational(2, 3));
    CHECK(Rational(5, 8) < Rational(2, 3));
    CHECK(Rational(2, 3) < *Rational::parse(u"0.6667"));
    CHECK(Rational(2, 3) > *Rational::parse(u"0.6666"));
    // 85 % of 13 members: 11/13 = 84.6 % is below, 12/13 is above.
    CHECK(Rational(11, 13) < *Rational::parse(u"85%"));
    CHECK(Rational(12, 13) > *Rational::parse(u"85%"));
    // Large values compare through 128-bit products without overflow.
    CHECK(Rational(4'000'000'000'000LL, 3) > Rational(3'999'999'999'999LL, 3));
}

TEST_CASE("Rational parses the criteria number forms and refuses others")
{
    CHECK(Rational::parse(u"12") == Rational(12));
    CHECK(Rational::parse(u"-3") == Rational(-3));
    CHECK(Rational::parse(u"2/3") == Rational(2, 3));
    CHECK(Rational::parse(u"85%") == Rational(17, 20));
    CHECK(Rational::parse(u"12.5%") == Rational(1, 8));
    CHECK(Rational::parse(u"1.25") == Rational(5, 4));
    CHECK_FALSE(Rational::parse(u"1/0").has_value());
    CHECK_FALSE(Rational::parse(u"1e3").has_value());
    CHECK_FALSE(Rational::parse(u"0,5").has_value());
    CHECK_FALSE(Rational::parse(u"").has_value());
    CHECK_FALSE(Rational::parse(u"abc").has_value());
    CHECK_FALSE(Rational::ratio(3, 0).has_value());
}

TEST_CASE("Rational floors toward minus infinity, for quotas that are never rounded up")
{
    CHECK((Rational(9) * Rational(1, 5)).floor() == 1);  // 9 HTT allow 1 HTXS
    CHECK((Rational(10) * Rational(1, 5)).floor() == 2); // 10 HTT allow 2
    CHECK((Rational(4) * Rational(1, 5)).floor() == 0);
    CHECK(Rational(-7, 2).floor() == -4);
}

TEST_CASE("Rational prints canonical text and rounded decimals for display")
{
    CHECK(Rational(171, 2).toString() == u"171/2");
    CHECK(Rational(5).toString() == u"5");
    CHECK(Rational(2, 3).toDecimal(2) == u"0.67");
    CHECK(Rational(1, 2).toDecimal(0) == u"1");
    CHECK(Rational(-2, 3).toDecimal(2) == u"-0.67");
    CHECK(Rational(17, 20).toPercent() == u"85");
    CHECK(Rational(11, 13).toPercent() == u"84.62");
}
