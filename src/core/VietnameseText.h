// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace chibo {

/// Vietnamese text rules the app relies on: accent- and đ-insensitive matching, and name order.
class VietnameseText {
public:
    /// Folds for matching: drops tone and vowel marks, maps Đ/đ to d, case-folds.
    /// "Đặng Thị Bình" → "dang thi binh". NFD alone does not decompose Đ, hence the mapping.
    static QString fold(const QString& text);
    /// True when every word of `query` occurs, folded, in `text` ("dang thi" finds "Đặng Thị Bình").
    static bool matches(const QString& text, const QString& query);
    /// The folded words of a search query, for matching many texts against one query.
    static QStringList queryWords(const QString& query);
    /// True when `foldedText` contains every one of `words` (from queryWords).
    static bool containsAll(const QString& foldedText, const QStringList& words);
    /// The given name (tên): the last word of a Kinh name. Names of other peoples (Ê Đê "Y Bhim Niê")
    /// store it explicitly on the member.
    static QString lastWord(const QString& fullName);
    /// Texts written in the source as UTF-8 ("Họ và tên"), as a list.
    static QStringList list(std::initializer_list<const char*> utf8);
};

} // namespace chibo
