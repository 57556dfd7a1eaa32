// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// The head of a criteria file as rich text for the criteria page: what it judges and when, where it
/// applies, its legal basis (number, symbol, date, issuer, title, where it was read, how reliable),
/// its levels and parameters, and where the file came from.
class CriteriaOverview {
    Q_DECLARE_TR_FUNCTIONS(CriteriaOverview)

public:
    static QString html(const Criteria& file, bool userFile, bool english);
    static QString subjectName(SubjectKind subject);

private:
    static QString appliesToText(const AppliesTo& appliesTo);
    static QString legalBasisHtml(const QList<LegalBasis>& basis);
    static QString reliabilityName(const QString& code);
};

} // namespace chibo
