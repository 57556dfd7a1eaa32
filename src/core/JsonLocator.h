// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace chibo {

/// Finds where things are in the UTF-8 text of a JSON document that Qt has already parsed without
/// error, so that a problem found in the parsed values can be shown as "line:column". A plain scanner
/// suffices because the text is known to be valid; it accepts what Qt accepts (e.g. "\q" escapes).
/// Offsets are in bytes; columns count characters (code points), so Vietnamese text is counted right.
class JsonLocator {
public:
    /// For a member of an object: where its value starts, or where its name (the opening quote) starts.
    /// For an array item both are the start of the item.
    enum class Anchor { Value, Name };

    /// A 1-based line and column; column counts characters, a tab counting as one.
    struct Position {
        int line = 1;
        int column = 1;
        bool operator==(const Position&) const = default;
    };

    /// A member name given twice in one object, which QJsonObject would silently collapse.
    struct DuplicateName {
        QString pointer;       ///< of the second occurrence
        qsizetype offset = -1; ///< of the second occurrence's opening quote
    };

    /// `json` must outlive the locator. A leading UTF-8 byte-order mark is skipped.
    explicit JsonLocator(QByteArrayView json);

    /// Byte offset of the value (or member name) at `pointer` (RFC 6901); -1 when there is none or the
    /// pointer is malformed. With a name given twice, the first occurrence is found.
    qsizetype offsetOf(QStringView pointer, Anchor anchor = Anchor::Value) const;
    /// Line and column of the value (or name) at `pointer`; nullopt when there is none.
    std::optional<Position> locate(QStringView pointer, Anchor anchor = Anchor::Value) const;
    /// Line and column of a byte offset into the text.
    Position positionOf(qsizetype offset) const { return positionIn(m_json, offset); }
    /// The first (in document order) member name repeated within its object.
    std::optional<DuplicateName> firstDuplicateName() const;

    /// Line and column of a byte offset into any UTF-8 text; a leading byte-order mark is not a column.
    static Position positionIn(QByteArrayView utf8, qsizetype offset);
    /// Length of a leading UTF-8 byte-order mark: 3 or 0.
    static qsizetype bomLength(QByteArrayView utf8);

private:
    struct Step {
        QByteArrayView rawName; ///< the member name as written, for an object member
        qsizetype index = -1;   ///< the item index, for an array item
    };

    char at(qsizetype pos) const { return pos < m_json.size() ? m_json[pos] : '\0'; }
    qsizetype skipSpace(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos) const;
    qsizetype findMember(qsizetype objectStart, const QString& name, qsizetype* nameOffset) const;
    qsizetype findItem(qsizetype arrayStart, QStringView token) const;
    void scanForDuplicates(qsizetype& pos, QList<Step>& path, std::optional<DuplicateName>& found) const;
    void scanObjectForDuplicates(qsizetype& pos, QList<Step>& path,
                                 std::optional<DuplicateName>& found) const;
    QString pointerOf(const QList<Step>& path) const;
    static QString decode(QByteArrayView raw);

    QByteArrayView m_json;
};

} // namespace chibo
