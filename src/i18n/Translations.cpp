// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>

namespace chibo {

Translations::~Translations()
{
    removeInstalled();
}

void Translations::removeInstalled()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

bool Translations::install(Language language)
{
    removeInstalled();
    m_current = language;
    QLocale::setDefault(locale(language));
    if (language == Language::English) {
        // The source strings are English; the catalogue holds their plural forms only.
        if (!m_app.load(QStringLiteral(":/i18n/chibo_en.qm")))
            return false;
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
        return true;
    }
    const bool appLoaded = m_app.load(QStringLiteral(":/i18n/chibo_vi.qm"));
    const bool qtLoaded = m_qt.load(QStringLiteral(":/i18n/qt_vi.qm"));
    if (!appLoaded || !qtLoaded)
        return false;
    QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_app);
    m_installed = true;
    return true;
}

QLocale Translations::locale(Language language)
{
    return language == Language::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace chibo
