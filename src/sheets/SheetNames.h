// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

/// Turns table titles into worksheet names Excel accepts, deterministically: at most 31 characters,
/// none of []:*?/\ (each becomes "_"), no apostrophe at either end, not empty (then "Sheet N", N the
/// table's 1-based position), and unique ignoring case (a repeat gets " (2)", " (3)"…, shortening the
/// title to keep within 31 characters). Text is put in Unicode NFC first so Vietnamese letters count
/// as one character each.
class SheetNames {
    Q_DECLARE_TR_FUNCTIONS(SheetNames)

public:
    static constexpr int maxLength = 31;

    /// One valid, unique name per title, in order.
    static QStringList validNames(const QStringList& titles);
    /// `title` made valid (not yet unique); `position` is the table's 0-based index.
    static QString validName(const QString& title, int position);

private:
    /// `text` cut to at most `length` characters without splitting a surrogate pair.
    static QString truncated(const QString& text, int length);
};

} // namespace chibo
