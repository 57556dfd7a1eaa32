// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonLocator.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace chibo {

/// Orders JSON pointers into one document by where they start in its text, so that of several problems
/// the one reported is the first a person reading the file meets. Array items compare by index without
/// touching the text; members of one object are found in the text once and remembered, because
/// QJsonObject keeps its keys sorted, not in the order they were written.
class DocumentOrder {
public:
    /// `root` is the parsed document and `locator` reads its text; the locator must outlive this.
    DocumentOrder(const QJsonValue& root, const JsonLocator& locator);

    /// Whether the value at `a` starts before the value at `b` (an enclosing value comes before what it
    /// encloses). Pointers that are absent from the document come last, ordered by their text.
    bool precedes(const QString& a, const QString& b) const;

private:
    qsizetype memberOffset(const QStringList& tokens, qsizetype count) const;

    QJsonValue m_root;
    const JsonLocator& m_locator;
    mutable QHash<QString, qsizetype> m_offsets;
};

} // namespace chibo
