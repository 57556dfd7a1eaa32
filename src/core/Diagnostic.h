// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// A finding about records that does not stop work: a Charter rule not met, a case a person must look at.
struct Diagnostic {
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code;    ///< stable identifier, e.g. "charter.cell-min-full-members"
    QString message; ///< translated, complete sentence
    QUuid subjectId; ///< the organisation or member the finding is about
    QString legalRef;

    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace chibo
