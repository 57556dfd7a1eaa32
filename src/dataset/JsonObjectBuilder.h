// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumCodes.h"
#include "core/YearMonth.h"
#include "dataset/TextFormats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace chibo {

/// Builds one JSON object of the dataset format. The plain setters apply the format's omission rule:
/// an empty text or list, a null id, an invalid date or time, zero and false are left out. The
/// required* setters and code() always write, so a reader can insist on those fields.
class JsonObjectBuilder {
public:
    JsonObjectBuilder& text(QStringView key, const QString& value)
    {
        if (!value.isEmpty())
            m_object.insert(key, value);
        return *this;
    }
    JsonObjectBuilder& requiredText(QStringView key, const QString& value)
    {
        m_object.insert(key, value);
        return *this;
    }
    JsonObjectBuilder& texts(QStringView key, const QStringList& values)
    {
        if (!values.isEmpty())
            m_object.insert(key, QJsonArray::fromStringList(values));
        return *this;
    }
    JsonObjectBuilder& id(QStringView key, const QUuid& value)
    {
        if (!value.isNull())
            m_object.insert(key, TextFormats::id(value));
        return *this;
    }
    JsonObjectBuilder& requiredId(QStringView key, const QUuid& value)
    {
        m_object.insert(key, TextFormats::id(value));
        return *this;
    }
    JsonObjectBuilder& date(QStringView key, QDate value)
    {
        if (value.isValid())
            m_object.insert(key, TextFormats::date(value));
        return *this;
    }
    JsonObjectBuilder& month(QStringView key, YearMonth value)
    {
        if (value != YearMonth())
            m_object.insert(key, TextFormats::month(value));
        return *this;
    }
    JsonObjectBuilder& time(QStringView key, QTime value)
    {
        if (value.isValid())
            m_object.insert(key, TextFormats::time(value));
        return *this;
    }
    JsonObjectBuilder& dateTime(QStringView key, const QDateTime& value)
    {
        if (value.isValid())
            m_object.insert(key, TextFormats::dateTime(value));
        return *this;
    }
    JsonObjectBuilder& count(QStringView key, qint64 value)
    {
        if (value != 0)
            m_object.insert(key, QJsonValue(value));
        return *this;
    }
    JsonObjectBuilder& flag(QStringView key, bool value)
    {
        if (value)
            m_object.insert(key, true);
        return *this;
    }
    template <typename E>
    JsonObjectBuilder& code(QStringView key, E value)
    {
        m_object.insert(key, codeOf(value));
        return *this;
    }
    template <typename T, typename Write>
    JsonObjectBuilder& list(QStringView key, const QList<T>& items, Write write)
    {
        if (!items.isEmpty())
            m_object.insert(key, arrayOf(items, write));
        return *this;
    }
    QJsonObject object() const { return m_object; }

    template <typename T, typename Write>
    static QJsonArray arrayOf(const QList<T>& items, Write write)
    {
        QJsonArray array;
        for (const T& item : items)
            array.append(write(item));
        return array;
    }

private:
    QJsonObject m_object;
};

} // namespace chibo
