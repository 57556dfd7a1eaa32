// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MeetingQualityForms.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// How the pages and the exported sheets name the meeting-quality measure of MeetingQualityForms: a score in
/// percent of the forms' points, or the share of the forms' criteria met.
class MeetingQualityTexts {
    Q_DECLARE_TR_FUNCTIONS(chibo::MeetingQualityTexts)

public:
    /// A column header or a series name: "Meeting score", "Meeting criteria met".
    static QString name(const MeetingQualityForms& forms);
    /// A clause of a caption: "meeting score by “…”"; "" when no form rates the meetings.
    static QString basis(const MeetingQualityForms& forms, bool english);
    /// The title of the monthly chart.
    static QString chartTitle(const MeetingQualityForms& forms, bool english);

private:
    static QString titles(const MeetingQualityForms& forms, bool english);
};

} // namespace chibo
