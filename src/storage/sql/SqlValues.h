// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumCodes.h"
#include "core/YearMonth.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>
#include <QVariant>

namespace chibo {

/// How domain values are written to the database: uuids as lower-case text without braces, dates as
/// "YYYY-MM-DD", months as "YYYY-MM", times as "HH:MM" (with seconds only when they are not zero), instants
/// as ISO-8601 UTC with milliseconds, flags as 0/1, enumerations as their EnumCodes. A missing value
/// (null uuid, invalid date) is SQL NULL; text is never NULL, only empty.
class SqlValues {
public:
    static QVariant uuid(const QUuid& id);
    static QString uuidText(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }
    static QVariant date(QDate date);
    static QVariant time(QTime time);
    static QVariant dateTime(const QDateTime& dateTime);
    static QVariant month(YearMonth month);
    static QVariant text(const QString& text);
    static QVariant flag(bool value) { return QVariant(value ? 1 : 0); }
    static QVariant integer(qint64 value) { return QVariant(value); }
    static QVariant id(qint64 id) { return QVariant(id); }
    static QVariant nullId();

    template <typename E>
    static QVariant code(E value)
    {
        return QVariant(codeOf(value));
    }
};

} // namespace chibo
