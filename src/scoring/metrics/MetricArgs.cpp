// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MetricArgs.h"

#include "core/EnumCodes.h"
#include "core/Rational.h"

namespace chibo {

MetricArgs::MetricArgs(const QMap<QString, QString>& args)
    : m_args(args)
{}

QString MetricArgs::code(const QString& name) const
{
    const QString value = m_args.value(name);
    return value.isEmpty() ? QStringLiteral("any") : value;
}

qint64 MetricArgs::number(const QString& name, qint64 fallback) const
{
    const auto it = m_args.constFind(name);
    if (it == m_args.cend())
        return fallback;
    const std::optional<Rational> value = Rational::parse(*it);
    return value ? value->floor() : fallback;
}

bool MetricArgs::meetingKindMatches(const Meeting& meeting) const
{
    const QString kind = code(QStringLiteral("kind"));
    if (kind == u"regular")
        return meeting.kind == MeetingKind::Regular || meeting.kind == MeetingKind::Combined;
    if (kind == u"thematic")
        return meeting.isThematic();
    return true;
}

bool MetricArgs::targetKindMatches(const Target& target) const
{
    const QString kind = code(QStringLiteral("kind"));
    return kind == u"any" || enumFromCode<TargetKind>(kind) == target.kind;
}

bool MetricArgs::violationKindMatches(const Violation& violation) const
{
    const QString kind = code(QStringLiteral("kind"));
    return kind == u"any" || enumFromCode<ViolationKind>(kind) == violation.kind;
}

bool MetricArgs::formMatches(DisciplineForm form) const
{
    const std::optional<DisciplineForm> least =
        enumFromCode<DisciplineForm>(m_args.value(QStringLiteral("form")));
    return !least || form >= *least;
}

} // namespace chibo
