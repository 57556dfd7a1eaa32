// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PersonNameOrder.h"
#include "core/VietnameseText.h"
#include "support/Catch.h"

#include <QStringList>

#include <algorithm>

using chibo::PersonNameOrder;
using chibo::VietnameseText;

TEST_CASE("fold drops tone and vowel marks and maps Đ to d")
{
    CHECK(VietnameseText::fold(QStringLiteral("Đặng Thị Bình")) == QStringLiteral("dang thi binh"));
    CHECK(VietnameseText::fold(QStringLiteral("Nguyễn Văn Ước")) == QStringLiteral("nguyen van uoc"));
    CHECK(VietnameseText::fold(QStringLiteral("ĐỖ HỮU ĐẠT")) == QStringLiteral("do huu dat"));
    CHECK(VietnameseText::fold(QStringLiteral("H'Luyến Mlô")) == QStringLiteral("h'luyen mlo"));
}

TEST_CASE("matches needs every folded word of the query")
{
    CHECK(VietnameseText::matches(QStringLiteral("Nguyễn Văn An"), QStringLiteral("nguyen van an")));
    CHECK(VietnameseText::matches(QStringLiteral("Đặng Thị Bình"), QStringLiteral("dang")));
    CHECK(VietnameseText::matches(QStringLiteral("Đặng Thị Bình"), QStringLiteral("  binh   DANG ")));
    CHECK_FALSE(VietnameseText::matches(QStringLiteral("Đặng Thị Bình"), QStringLiteral("dang van")));
    CHECK(VietnameseText::matches(QStringLiteral("Lê Văn Ánh"), QString()));
}

TEST_CASE("lastWord gives the given name of a Kinh name")
{
    CHECK(VietnameseText::lastWord(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("An"));
    CHECK(VietnameseText::lastWord(QStringLiteral("  Phạm Hữu Ước ")) == QStringLiteral("Ước"));
    CHECK(VietnameseText::lastWord(QStringLiteral("Bình")) == QStringLiteral("Bình"));
}

TEST_CASE("people sort by given name with Vietnamese collation, whatever the process locale")
{
    struct Person {
        QString given;
        QString full;
    };
    QList<Person> people{{QStringLiteral("Bình"), QStringLiteral("Đặng Thị Bình")},
                         {QStringLiteral("Ánh"), QStringLiteral("Lê Văn Ánh")},
                         {QStringLiteral("Đạt"), QStringLiteral("Đỗ Hữu Đạt")},
                         {QStringLiteral("Dũng"), QStringLiteral("Trần Văn Dũng")},
                         {QStringLiteral("An"), QStringLiteral("Trần Văn An")},
                         {QStringLiteral("An"), QStringLiteral("Nguyễn Văn An")},
                         {QStringLiteral("Em"), QStringLiteral("Lò Thị Em")}};
    const PersonNameOrder order;
    std::stable_sort(people.begin(), people.end(), [&](const Person& a, const Person& b) {
        return order.compare(a.given, a.full, b.given, b.full) < 0;
    });
    QStringList sorted;
    for (const Person& p : people)
        sorted.append(p.full);
    CHECK(sorted == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn An"),
                                QStringLiteral("Lê Văn Ánh"), QStringLiteral("Đặng Thị Bình"),
                                QStringLiteral("Trần Văn Dũng"), QStringLiteral("Đỗ Hữu Đạt"),
                                QStringLiteral("Lò Thị Em")});
}

TEST_CASE("the collator keeps ă and â after a, and đ after d")
{
    const PersonNameOrder order;
    CHECK(order.compare(QStringLiteral("Anh"), QStringLiteral("Ăn")) < 0);
    CHECK(order.compare(QStringLiteral("Ăn"), QStringLiteral("Ấm")) < 0);
    CHECK(order.compare(QStringLiteral("Dương"), QStringLiteral("Đào")) < 0);
    CHECK(order.compare(QStringLiteral("Đặng"), QStringLiteral("Em")) < 0);
    CHECK(order.compare(QStringLiteral("Ô"), QStringLiteral("Ơn")) < 0);
}
