// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace chibo {

/// The window's settings, each declared once with its key and default (one table in AppSettings.cpp).
/// Shares the file with chibo-cli, which reads the language from it.
class AppSettings {
public:
    enum class Key {
        Language,
        LastDatabase,
        WindowGeometry,
        WindowState,
        SplitterState,
        SettingsVersion,
        DocumentMargins, ///< "top,bottom,left,right" in mm, as a person last set them in the page setup
    };

    AppSettings() = default;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString language() const { return value(Key::Language).toString(); }
    QString lastDatabase() const { return value(Key::LastDatabase).toString(); }
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }

private:
    QSettings m_settings;
};

} // namespace chibo
