// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/CrashProtocol.h"

#include <QStringList>

namespace chibo {

QString CrashLine::format() const
{
    QStringList parts;
    switch (kind) {
    case Kind::Ready: return QStringLiteral("ready");
    case Kind::Begin:
        parts = {QStringLiteral("begin"), QString::number(seq), useCase};
        for (const KeyChange& change : keys)
            parts.append(change.key + u'=' + change.before + u'>' + change.after);
        break;
    case Kind::Ack:
        parts = {QStringLiteral("ack"), QString::number(seq), QString::number(microseconds),
                 QString::number(sinceReady)};
        for (const KeyChange& change : keys)
            parts.append(change.key + u'=' + change.after);
        break;
    }
    return parts.join(u' ');
}

std::optional<CrashLine> CrashLine::parse(const QString& line)
{
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    if (parts == QStringList{QStringLiteral("ready")})
        return CrashLine{};
    const bool begin = parts.value(0) == u"begin";
    const qsizetype firstKey = begin ? 3 : 4;
    if (parts.size() < firstKey || (!begin && parts.value(0) != u"ack"))
        return std::nullopt;
    CrashLine parsed;
    parsed.kind = begin ? Kind::Begin : Kind::Ack;
    bool numbers = true;
    parsed.seq = parts[1].toInt(&numbers);
    if (begin)
        parsed.useCase = parts[2];
    else if (numbers)
        parsed.microseconds = parts[2].toLongLong(&numbers);
    if (!begin && numbers)
        parsed.sinceReady = parts[3].toLongLong(&numbers);
    if (!numbers)
        return std::nullopt;
    for (qsizetype i = firstKey; i < parts.size(); ++i) {
        const qsizetype equals = parts[i].indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        KeyChange change{parts[i].left(equals), {}, parts[i].mid(equals + 1)};
        if (begin) {
            const QStringList states = change.after.split(u'>');
            if (states.size() != 2)
                return std::nullopt;
            change.before = states[0];
            change.after = states[1];
        }
        parsed.keys.append(change);
    }
    return parsed;
}

} // namespace chibo
