// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/TextFormats.h"

#include <cstdlib>

namespace chibo {

namespace {

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

/// "+07:00" → 25200 seconds; nullopt unless ±HH:MM within ±18:00.
std::optional<int> parseOffset(QStringView text)
{
    if (!TextFormats::hasShape(text.sliced(1), u"dd:dd") || (text.front() != u'+' && text.front() != u'-'))
        return std::nullopt;
    const int hours = text.sliced(1, 2).toInt();
    const int minutes = text.sliced(4, 2).toInt();
    if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0))
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return text.front() == u'-' ? -seconds : seconds;
}

} // namespace

bool TextFormats::hasShape(QStringView text, QStringView pattern)
{
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool digit = c >= u'0' && c <= u'9';
        const bool hex = digit || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (pattern[i] == u'd' ? !digit : pattern[i] == u'x' ? !hex : c != pattern[i])
            return false;
    }
    return true;
}

QString TextFormats::date(QDate value)
{
    return value.toString(u"yyyy-MM-dd");
}

std::optional<QDate> TextFormats::parseDate(QStringView text)
{
    if (!hasShape(text, u"dddd-dd-dd"))
        return std::nullopt;
    const QDate value(text.first(4).toInt(), text.sliced(5, 2).toInt(), text.sliced(8, 2).toInt());
    if (!value.isValid() || value.year() < 1)
        return std::nullopt;
    return value;
}

std::optional<YearMonth> TextFormats::parseMonth(QStringView text)
{
    if (!hasShape(text, u"dddd-dd"))
        return std::nullopt;
    return YearMonth::parse(text);
}

QString TextFormats::time(QTime value)
{
    QString text = twoDigits(value.hour()) + u':' + twoDigits(value.minute());
    if (value.second() != 0 || value.msec() != 0)
        text += u':' + twoDigits(value.second());
    if (value.msec() != 0)
        text += QStringLiteral(".%1").arg(value.msec(), 3, 10, QLatin1Char('0'));
    return text;
}

std::optional<QTime> TextFormats::parseTime(QStringView text)
{
    if (!hasShape(text, u"dd:dd") && !hasShape(text, u"dd:dd:dd") && !hasShape(text, u"dd:dd:dd.ddd"))
        return std::nullopt;
    const int seconds = text.size() >= 8 ? text.sliced(6, 2).toInt() : 0;
    const int msec = text.size() == 12 ? text.sliced(9, 3).toInt() : 0;
    const QTime value(text.first(2).toInt(), text.sliced(3, 2).toInt(), seconds, msec);
    if (!value.isValid())
        return std::nullopt;
    return value;
}

QString TextFormats::dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    const bool utc = value.timeSpec() == Qt::UTC;
    const QDateTime fixed = utc ? value : value.toOffsetFromUtc(value.offsetFromUtc());
    const QTime clock = fixed.time();
    QString text = date(fixed.date()) + u'T' + twoDigits(clock.hour()) + u':' + twoDigits(clock.minute()) +
                   u':' + twoDigits(clock.second());
    if (clock.msec() != 0)
        text += QStringLiteral(".%1").arg(clock.msec(), 3, 10, QLatin1Char('0'));
    if (utc)
        return text + u'Z';
    const int offset = fixed.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return text + (offset < 0 ? u'-' : u'+') + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

std::optional<QDateTime> TextFormats::parseDateTime(QStringView text)
{
    if (text.size() < 17 || text[10] != u'T')
        return std::nullopt;
    const std::optional<QDate> day = parseDate(text.first(10));
    const bool utc = text.endsWith(u'Z');
    const qsizetype zoneLength = utc ? 1 : 6;
    if (!day || text.size() < 11 + zoneLength)
        return std::nullopt;
    const QStringView clockText = text.sliced(11, text.size() - 11 - zoneLength);
    const std::optional<QTime> clock = clockText.size() >= 8 ? parseTime(clockText) : std::nullopt;
    if (!clock)
        return std::nullopt;
    if (utc)
        return QDateTime(*day, *clock, Qt::UTC);
    const std::optional<int> offset = parseOffset(text.last(zoneLength));
    if (!offset)
        return std::nullopt;
    return QDateTime(*day, *clock, Qt::OffsetFromUTC, *offset);
}

std::optional<QUuid> TextFormats::parseId(QStringView text)
{
    if (!hasShape(text, u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"))
        return std::nullopt;
    return QUuid::fromString(text);
}

} // namespace chibo
