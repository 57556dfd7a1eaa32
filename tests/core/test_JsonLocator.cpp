// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonLocator.h"
#include "core/JsonPath.h"
#include "support/Catch.h"

#include <QJsonDocument>

using namespace chibo;
using TextPosition = JsonLocator::Position;

namespace {

// Keys with "/" and "~", escapes, multi-byte Vietnamese text, brackets inside strings, a tab, an empty key.
const QByteArray sample = R"({
  "tên": "Chi bộ buôn Ea Kring",
  "a/b": {"c~d": [10, [20, 21], {"e": "x"}]},
  "members": [
    {"full_name": "Nguyễn Văn An", "note": "dấu \"ngoặc\" } ] , [", "birth_date": "1985-02-14"},
    {"full_name": "Đặng Thị Bình",
	"birth_date": "1990-13-01"}
  ],
  "\u0110\u1ea3ng": true,
  "": 5,
  "last": []
}
)";

std::optional<TextPosition> at(int line, int column)
{
    return TextPosition{line, column};
}

} // namespace

TEST_CASE("JSON pointers are built lazily and escape ~ and /")
{
    const JsonPath root;
    const JsonPath members = root / u"members";
    const JsonPath third = members / 3;
    const JsonPath odd = third / u"a/b~c";
    CHECK(root.pointer().isEmpty());
    CHECK(third.pointer() == QStringLiteral("/members/3"));
    CHECK(odd.pointer() == QStringLiteral("/members/3/a~1b~0c"));
    CHECK(third.fieldName() == QStringLiteral("members[3]"));
    CHECK(odd.fieldName() == QStringLiteral("a/b~c"));
    CHECK(JsonPath::tokens(u"/members/3/a~1b~0c") ==
          QStringList{QStringLiteral("members"), QStringLiteral("3"), QStringLiteral("a/b~c")});
    CHECK(JsonPath::tokens(u"")->isEmpty());
    CHECK(JsonPath::tokens(u"/") == QStringList{QString()});
    CHECK_FALSE(JsonPath::tokens(u"members/3"));
    CHECK_FALSE(JsonPath::tokens(u"/a~2"));
    CHECK_FALSE(JsonPath::tokens(u"/a~"));
    CHECK(JsonPath::join({QStringLiteral("a/b"), QStringLiteral("~")}) == QStringLiteral("/a~1b/~0"));
}

TEST_CASE("the locator finds values in nested objects and arrays, counting characters not bytes")
{
    REQUIRE_FALSE(QJsonDocument::fromJson(sample).isNull());
    const JsonLocator locator(sample);
    CHECK(locator.locate(u"") == at(1, 1));
    CHECK(locator.locate(u"/tên") == at(2, 10));
    CHECK(locator.locate(u"/tên", JsonLocator::Anchor::Name) == at(2, 3));
    CHECK(locator.locate(u"/a~1b/c~0d/0") == at(3, 18 + 1));
    CHECK(locator.locate(u"/a~1b/c~0d") == at(3, 18));
    CHECK(locator.locate(u"/a~1b/c~0d/1/1") == at(3, 28));
    CHECK(locator.locate(u"/a~1b/c~0d/2") == at(3, 33));
    CHECK(locator.locate(u"/a~1b/c~0d/2/e") == at(3, 39));
    CHECK(locator.locate(u"/members") == at(4, 14));
    CHECK(locator.locate(u"/members/0") == at(5, 5));
    CHECK(locator.locate(u"/members/0/birth_date") == at(5, 83)); // after a string holding } ] , [
    CHECK(locator.locate(u"/members/1") == at(6, 5));
    CHECK(locator.locate(u"/members/1/full_name") == at(6, 19));
    CHECK(locator.locate(u"/members/1/birth_date") == at(7, 16)); // the line starts with a tab
    CHECK(locator.locate(u"/members/1/birth_date", JsonLocator::Anchor::Name) == at(7, 2));
    CHECK(locator.locate(u"/members/1", JsonLocator::Anchor::Name) == at(6, 5)); // array items have no name
}

TEST_CASE("the locator decodes escaped member names and finds the empty name")
{
    const JsonLocator locator(sample);
    CHECK(locator.locate(u"/Đảng") == at(9, 21));
    CHECK(locator.locate(u"/Đảng", JsonLocator::Anchor::Name) == at(9, 3));
    CHECK(locator.locate(u"/") == at(10, 7));
    CHECK(locator.locate(u"/", JsonLocator::Anchor::Name) == at(10, 3));
}

TEST_CASE("the locator reports absent and malformed pointers as not found")
{
    const JsonLocator locator(sample);
    CHECK(locator.offsetOf(u"/members/2") == -1);
    CHECK(locator.offsetOf(u"/members/01") == -1); // leading zeros are not array indexes
    CHECK(locator.offsetOf(u"/members/-") == -1);
    CHECK(locator.offsetOf(u"/members/x") == -1);
    CHECK(locator.offsetOf(u"/last/0") == -1);
    CHECK(locator.offsetOf(u"/tên/0") == -1); // a string has no children
    CHECK(locator.offsetOf(u"/missing") == -1);
    CHECK(locator.offsetOf(u"tên") == -1);
    CHECK(locator.offsetOf(u"/a~7") == -1);
}

TEST_CASE("positions skip a byte-order mark and treat CR LF line ends")
{
    const QByteArray withBom = "\xEF\xBB\xBF{\r\n  \"bí_thư\": \"Y Bhim Niê\",\r\n  \"số\": 7\r\n}";
    const JsonLocator locator(withBom);
    CHECK(locator.locate(u"") == at(1, 1));
    CHECK(locator.locate(u"/bí_thư") == at(2, 13));
    CHECK(locator.locate(u"/số") == at(3, 9));
    CHECK(JsonLocator::positionIn(withBom, 0) == TextPosition{1, 1});
    CHECK(JsonLocator::positionIn(withBom, withBom.size()) == TextPosition{4, 2});
    CHECK(JsonLocator::positionIn("ab\ncd", 4) == TextPosition{2, 2});
}

TEST_CASE("the locator finds the first member name given twice in one object")
{
    CHECK_FALSE(JsonLocator(sample).firstDuplicateName());
    const QByteArray nested = R"({"a": {"x": 1, "y": [{"k": 1, "l": 2, "k": 3}]}, "a": 2})";
    const std::optional<JsonLocator::DuplicateName> found = JsonLocator(nested).firstDuplicateName();
    REQUIRE(found);
    CHECK(found->pointer == QStringLiteral("/a/y/0/k"));
    CHECK(found->offset == nested.indexOf("\"k\": 3"));
    // The same name written once plainly and once with an escape is still the same name.
    const QByteArray escaped = R"({"members": [{"ghi_chú": "a", "ghi_ch\u00fa": "b"}]})";
    const std::optional<JsonLocator::DuplicateName> same = JsonLocator(escaped).firstDuplicateName();
    REQUIRE(same);
    CHECK(same->pointer == QStringLiteral("/members/0/ghi_chú"));
    // Different names that only look alike as bytes are not duplicates.
    CHECK_FALSE(JsonLocator(R"({"a\"b": 1, "a\\b": 2, "x": {"a\"b": 3}})").firstDuplicateName());
}

TEST_CASE("duplicate names are found in objects with many members too")
{
    QByteArray many = "{";
    for (int i = 0; i < 60; ++i)
        many += "\"trường_" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    many += "\"trường_41\": 0}";
    const std::optional<JsonLocator::DuplicateName> found = JsonLocator(many).firstDuplicateName();
    REQUIRE(found);
    CHECK(found->pointer == QStringLiteral("/trường_41"));
    CHECK(found->offset == many.lastIndexOf("\"trường_41\""));
}
