// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace chibo {

/// The languages of the user interface. Vietnamese is the default; source strings are English.
enum class Language { Vietnamese, English };

/// "vi" / "en", as stored in settings and given to --lang.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString& code);

} // namespace chibo
