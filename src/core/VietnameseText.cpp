// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/VietnameseText.h"

#include <QStringList>

#include <algorithm>

namespace chibo {

QString VietnameseText::fold(const QString& text)
{
    // ASCII text has nothing to decompose, no marks and no Đ: only its case is folded. (Most of what an
    // import folds, "Male", "Yes", is ASCII, and the decomposition is the costly part.)
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toCaseFolded();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110))
            c = u'D';
        else if (c == QChar(0x0111))
            c = u'd';
        folded.append(c);
    }
    return folded.toCaseFolded();
}

bool VietnameseText::matches(const QString& text, const QString& query)
{
    return containsAll(fold(text), queryWords(query));
}

QStringList VietnameseText::queryWords(const QString& query)
{
    return fold(query).split(u' ', Qt::SkipEmptyParts);
}

bool VietnameseText::containsAll(const QString& foldedText, const QStringList& words)
{
    for (const QString& word : words) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

QString VietnameseText::lastWord(const QString& fullName)
{
    const QString trimmed = fullName.trimmed();
    const qsizetype space = trimmed.lastIndexOf(u' ');
    return space < 0 ? trimmed : trimmed.sliced(space + 1);
}

QStringList VietnameseText::list(std::initializer_list<const char*> utf8)
{
    QStringList texts;
    for (const char* text : utf8)
        texts.append(QString::fromUtf8(text));
    return texts;
}

} // namespace chibo
