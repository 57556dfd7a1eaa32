// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

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

} // namespace chibo
