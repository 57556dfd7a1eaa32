// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include <QLocale>

namespace chibo {

QString languageCode(Language language)
{
    return language == Language::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == u"vi" || lower.startsWith(u"vi_") || lower.startsWith(u"vi-"))
        return Language::Vietnamese;
    if (lower == u"en" || lower.startsWith(u"en_") || lower.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}

std::optional<Language> languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--lang" && i + 1 < arguments.size())
            return languageFromCode(arguments[i + 1]);
        if (arg.startsWith(u"--lang="))
            return languageFromCode(arg.sliced(7));
    }
    return std::nullopt;
}

bool showsEnglish()
{
    return QLocale().language() == QLocale::English;
}

} // namespace chibo
