// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"

#include "i18n/Language.h"

#include <array>

namespace chibo {

namespace {

struct Entry {
    AppSettings::Key key;
    const char16_t* path;
    QVariant defaultValue;
};

/// Every setting: key, "Group/Name" in the file, default. Renaming a path needs a SettingsVersion step.
const std::array<Entry, 7>& entries()
{
    static const std::array<Entry, 7> table{{
        {AppSettings::Key::Language, languageSettingKey, QStringLiteral("vi")},
        {AppSettings::Key::LastDatabase, u"files/lastDatabase", QString()},
        {AppSettings::Key::WindowGeometry, u"window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, u"window/state", QByteArray()},
        {AppSettings::Key::SplitterState, u"window/splitter", QByteArray()},
        {AppSettings::Key::SettingsVersion, u"meta/settingsVersion", 1},
        {AppSettings::Key::DocumentMargins, u"documents/margins", QStringLiteral("25,25,35,15")},
    }};
    return table;
}

const Entry& entry(AppSettings::Key key)
{
    for (const Entry& candidate : entries()) {
        if (candidate.key == key)
            return candidate;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant AppSettings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings.value(QString::fromUtf16(e.path), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QString::fromUtf16(entry(key).path), value);
}

} // namespace chibo
