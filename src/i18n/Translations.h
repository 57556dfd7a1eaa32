// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Language.h"

#include <QLocale>
#include <QTranslator>

namespace chibo {

/// Installs the embedded catalogues for a language into the running application: ChiBo's own strings
/// and Qt's standard buttons and dialogs (Debian ships no Vietnamese catalogue for Qt). Switching
/// replaces the previous language; installing emits QEvent::LanguageChange to every widget.
class Translations {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    /// False if a catalogue for `language` is missing from the resources (a build error).
    bool install(Language language);
    Language current() const { return m_current; }
    /// The locale for dates and numbers in `language` (dd/MM/yyyy and 1.234,5 for Vietnamese).
    static QLocale locale(Language language);

private:
    void removeInstalled();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
    Language m_current = Language::English;
};

} // namespace chibo
