// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
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

    /// The document written so far; the stream is empty afterwards.
    QByteArray take();

private:
    void separate();
    /// Room for `count` more bytes at end(): the buffer grows by doubling, so a card of 10 KB is written
    /// in a handful of allocations instead of one append each.
    char* reserve(qsizetype count);
    void raw(const char* data, qsizetype count);
    void raw(char byte) { *reserve(1) = byte, ++m_size; }

    QByteArray m_bytes; ///< the first m_size bytes are written; the rest is room
    qsizetype m_size = 0;
    std::vector<bool> m_first; ///< per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace chibo
