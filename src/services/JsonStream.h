// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace chibo {

/// Writes compact JSON straight into UTF-8 bytes, for documents too many or too large to build as
/// QJsonObject trees first (a province's stored score cards). Strings are escaped as QJsonDocument
/// escapes them, so a document written in the same key order is byte for byte what QJsonDocument's
/// compact form gives. The caller writes keys in the order it wants them.
class JsonStream {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in the current object.
    void key(QLatin1StringView name);
    void string(const QString& text);
    void stringOrNull(const QString& text); ///< null when `text` is empty
    void boolean(bool value);
    void null();

    const QByteArray& bytes() const { return m_bytes; }
    QByteArray take() { return std::move(m_bytes); }

private:
    void separate();

    QByteArray m_bytes;
    std::vector<bool> m_first; ///< per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace chibo
