// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace chibo {

/// A JSON pointer (RFC 6901) built lazily while walking a document: each node refers to its parent on
/// the stack, so no text is built unless a problem must be reported. The parent must outlive its
/// children, which recursive descent gives for free. Also holds the pointer text helpers.
class JsonPath {
public:
    /// The document root, whose pointer is "".
    JsonPath() = default;

    /// The member `key` of the object at this path; `key` must outlive the returned node.
    JsonPath operator/(QStringView key) const& { return JsonPath(this, key, -1); }
    /// The item `index` of the array at this path.
    JsonPath operator/(qsizetype index) const& { return JsonPath(this, {}, index); }
    // A child refers to its parent, so a temporary cannot be one: name each level.
    JsonPath operator/(QStringView key) const&& = delete;
    JsonPath operator/(qsizetype index) const&& = delete;

    /// "/members/3/birth_date", with "~" and "/" in keys escaped as "~0" and "~1".
    QString pointer() const;
    /// The last token for messages: the key, or "key[index]" for an array item.
    QString fieldName() const;

    /// A key escaped as one pointer token.
    static QString escape(QStringView token);
    /// The unescaped tokens of a pointer; nullopt when it is malformed (no leading "/", bad "~" escape).
    static std::optional<QStringList> tokens(QStringView pointer);
    /// The pointer made of `tokens`.
    static QString join(const QStringList& tokens);

private:
    JsonPath(const JsonPath* parent, QStringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const JsonPath* m_parent = nullptr;
    QStringView m_key;
    qsizetype m_index = -1;
};

} // namespace chibo
