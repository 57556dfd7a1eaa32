// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

/// The languages of the user interface. Vietnamese is the default; source strings are English.
enum class Language { Vietnamese, English };

/// "vi" / "en", as stored in settings and given to --lang.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString& code);
/// The language named by "--lang X" or "--lang=X" in a command line (arguments[0] is the program).
/// Read before the translators are installed, so that even --help comes out in that language.
std::optional<Language> languageFromArguments(const QStringList& arguments);

/// Whether the interface speaks English now (the default QLocale, which installing the translators sets):
/// texts given in both languages, such as a criteria file's, are shown in English then, else in Vietnamese.
bool showsEnglish();

/// The settings key under which the window stores the language; chibo-cli reads the same one.
inline constexpr char16_t languageSettingKey[] = u"ui/language";

} // namespace chibo
