// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Discipline.h"
#include "core/Meeting.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QMap>
#include <QString>

namespace chibo {

/// A metric's arguments as the loader gives them (canonical text, defaults filled in), read as the
/// catalog defines them. A missing or unreadable argument falls back to the catalog's default.
class MetricArgs {
public:
    explicit MetricArgs(const QMap<QString, QString>& args);

    /// A whole-number argument.
    qint64 number(const QString& name, qint64 fallback) const;
    /// `kind` for meetings: regular (regular and combined), thematic (thematic and combined) or any.
    bool meetingKindMatches(const Meeting& meeting) const;
    /// `kind` for targets: a target kind code or any.
    bool targetKindMatches(const Target& target) const;
    /// `kind` for violations: a violation kind code or any.
    bool violationKindMatches(const Violation& violation) const;
    /// `form`: this form or a heavier one (reprimand < warning < removal from post < expulsion <
    /// dissolution). Without the argument every form matches.
    bool formMatches(DisciplineForm form) const;

private:
    QString code(const QString& name) const;

    const QMap<QString, QString>& m_args;
};

} // namespace chibo
