// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"
#include "sheets/ExcelDate.h"
#include "sheets/ExcelNumber.h"
#include "sheets/SheetGrid.h"
#include "sheets/SheetNames.h"
#include "sheets/XlsxSharedStrings.h"
#include "sheets/XlsxStyles.h"
#include "support/Catch.h"

using namespace chibo;
using chibo::test::u8;

TEST_CASE("Column names run A…Z, AA… up to Excel's last column XFD, both ways")
{
    CHECK(SheetGrid::columnName(0) == QStringLiteral("A"));
    CHECK(SheetGrid::columnName(25) == QStringLiteral("Z"));
    CHECK(SheetGrid::columnName(26) == QStringLiteral("AA"));
    CHECK(SheetGrid::columnName(27) == QStringLiteral("AB"));
    CHECK(SheetGrid::columnName(701) == QStringLiteral("ZZ"));
    CHECK(SheetGrid::columnName(702) == QStringLiteral("AAA"));
    CHECK(SheetGrid::columnName(16383) == QStringLiteral("XFD"));
    CHECK(SheetGrid::columnName(-1).isEmpty());
    for (int index : {0, 1, 25, 26, 51, 52, 701, 702, 16383})
        CHECK(SheetGrid::columnIndex(SheetGrid::columnName(index)) == index);
    CHECK(SheetGrid::columnIndex(u"ab") == 27);
    CHECK(SheetGrid::columnIndex(u"XFE") == -1);
    CHECK(SheetGrid::columnIndex(u"A1") == -1);
    CHECK(SheetGrid::columnIndex(u"") == -1);
}

TEST_CASE("Excel serials count the phantom 29/02/1900 like Excel does")
{
    CHECK(ExcelDate::serialOf(QDate(1900, 1, 1)) == 1);
    CHECK(ExcelDate::serialOf(QDate(1900, 2, 28)) == 59);
    CHECK(ExcelDate::serialOf(QDate(1900, 3, 1)) == 61);
    CHECK(ExcelDate::serialOf(QDate(2024, 2, 29)) == 45351);
    CHECK(ExcelDate::serialOf(QDate(9999, 12, 31)) == 2958465);
    CHECK_FALSE(ExcelDate::serialOf(QDate(1899, 12, 31)).has_value());
    CHECK_FALSE(ExcelDate::serialOf(QDate()).has_value());

    CHECK(ExcelDate::dateOf(1) == QDate(1900, 1, 1));
    CHECK(ExcelDate::dateOf(59) == QDate(1900, 2, 28));
    CHECK_FALSE(ExcelDate::dateOf(60).has_value());
    CHECK(ExcelDate::dateOf(61) == QDate(1900, 3, 1));
    CHECK(ExcelDate::dateOf(45351) == QDate(2024, 2, 29));
    CHECK_FALSE(ExcelDate::dateOf(0).has_value());
    CHECK_FALSE(ExcelDate::dateOf(2958466).has_value());
    CHECK(ExcelDate::dateOf(0, true) == QDate(1904, 1, 1));
    CHECK(ExcelDate::dateOf(60, true) == QDate(1904, 3, 1));
    for (QDate day(1900, 1, 1); day < QDate(1901, 1, 1); day = day.addDays(1))
        CHECK(ExcelDate::dateOf(*ExcelDate::serialOf(day)) == day);
}

TEST_CASE("Numbers from a file are exact decimals to Excel's 15 significant digits")
{
    CHECK(ExcelNumber::parse(u"0.93400000000000005")->toRational() == Rational(467, 500));
    CHECK(ExcelNumber::parse(u"0.30000000000000004")->toText() == QStringLiteral("0.3"));
    CHECK(ExcelNumber::parse(u"0.6666666666666666")->toRational() ==
          Rational(666666666666667, 1000000000000000));
    CHECK(ExcelNumber::parse(u"45351")->toInteger() == 45351);
    CHECK(ExcelNumber::parse(u"2.9999999999999996")->toInteger() == 3);
    CHECK(ExcelNumber::parse(u"-12")->toInteger() == -12);
    CHECK(ExcelNumber::parse(u"1.5E-3")->toRational() == Rational(3, 2000));
    CHECK(ExcelNumber::parse(u"1.5E-7")->toText() == QStringLiteral("0.00000015"));
    CHECK(ExcelNumber::parse(u"2.5E+3")->toInteger() == 2500);
    CHECK(ExcelNumber::parse(u"-0")->toText() == QStringLiteral("0"));
    CHECK(ExcelNumber::parse(u".5")->toRational() == Rational(1, 2));
    CHECK_FALSE(ExcelNumber::parse(u"1E+20")->toInteger().has_value());
    CHECK(ExcelNumber::parse(u"1E+20")->toText() == QStringLiteral("100000000000000000000"));
    CHECK_FALSE(ExcelNumber::parse(u"1E-30")->toRational().has_value());
    CHECK_FALSE(ExcelNumber::parse(u"12,5").has_value());
    CHECK_FALSE(ExcelNumber::parse(u"").has_value());
    CHECK_FALSE(ExcelNumber::parse(u"E5").has_value());
}

TEST_CASE("Sheet names are made valid and unique, the same way every time")
{
    const QStringList names = SheetNames::validNames({
        u8("Kết quả 2025/2026"),
        u8("kết quả 2025/2026"),
        QString(),
        u8("Đảng viên: [dự bị]*?"),
        u8("Danh sách đảng viên chi bộ buôn Ea Kring năm 2025"),
        u8("'Tổ đảng'"),
        QStringLiteral("History"),
        u8("Danh sách đảng viên chi bộ buôn Ea Kring năm 2026"),
    });
    CHECK(names[0] == u8("Kết quả 2025_2026"));
    CHECK(names[1] == u8("kết quả 2025_2026 (2)"));
    CHECK(names[2] == QStringLiteral("Sheet 3"));
    CHECK(names[3] == u8("Đảng viên_ _dự bị___"));
    CHECK(names[4] == u8("Danh sách đảng viên chi bộ buôn"));
    CHECK(names[4].size() == SheetNames::maxLength);
    CHECK(names[5] == u8("Tổ đảng"));
    CHECK(names[6] == QStringLiteral("History (2)"));
    CHECK(names[7] == u8("Danh sách đảng viên chi bộ (2)")); // same first 31 characters as names[4]
    CHECK(names ==
          SheetNames::validNames(
              {u8("Kết quả 2025/2026"), u8("kết quả 2025/2026"), QString(), u8("Đảng viên: [dự bị]*?"),
               u8("Danh sách đảng viên chi bộ buôn Ea Kring năm 2025"), u8("'Tổ đảng'"),
               QStringLiteral("History"), u8("Danh sách đảng viên chi bộ buôn Ea Kring năm 2026")}));
    // Decomposed Vietnamese (as some keyboards type it) counts one character per letter.
    const QString decomposed =
        u8("Đặng Thị Bình, Hà Văn Đức và Y Bhăm").normalized(QString::NormalizationForm_D);
    CHECK(SheetNames::validName(decomposed, 0) == u8("Đặng Thị Bình, Hà Văn Đức và Y"));
}

TEST_CASE("Number formats are told apart: dates, percentages, plain numbers")
{
    using Kind = XlsxStyles::NumberKind;
    CHECK(XlsxStyles::classify(0, u"") == Kind::General);
    CHECK(XlsxStyles::classify(9, u"") == Kind::Percent);
    CHECK(XlsxStyles::classify(10, u"") == Kind::Percent);
    CHECK(XlsxStyles::classify(14, u"") == Kind::Date);
    CHECK(XlsxStyles::classify(22, u"") == Kind::Date);
    CHECK(XlsxStyles::classify(46, u"") == Kind::General); // [h]:mm:ss
    CHECK(XlsxStyles::classify(164, u"dd/mm/yyyy") == Kind::Date);
    CHECK(XlsxStyles::classify(164, u"[$-42A]dd/mm/yyyy;@") == Kind::Date);
    CHECK(XlsxStyles::classify(164, u"mmm yyyy") == Kind::Date);
    CHECK(XlsxStyles::classify(164, u"0.0%") == Kind::Percent);
    CHECK(XlsxStyles::classify(164, u"[Red]0.00") == Kind::General);
    CHECK(XlsxStyles::classify(164, u"h:mm") == Kind::General);
    CHECK(XlsxStyles::classify(164, u"[h]:mm") == Kind::General);
    CHECK(XlsxStyles::classify(164, u"0 \"ngày\"") == Kind::General);
    CHECK(XlsxStyles::classify(164, u"#,##0\\ \\d") == Kind::General);
    CHECK(XlsxStyles::classify(164, u"General") == Kind::General);
}

TEST_CASE("OOXML string escapes are decoded")
{
    CHECK(XlsxSharedStrings::unescape(u"Dòng 1_x000D_") == u8("Dòng 1\r"));
    CHECK(XlsxSharedStrings::unescape(u"_x005F_x0041_") == QStringLiteral("_x0041_"));
    CHECK(XlsxSharedStrings::unescape(u"ma_xa_") == QStringLiteral("ma_xa_"));
}
