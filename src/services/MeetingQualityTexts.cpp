// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MeetingQualityTexts.h"

#include <QStringList>

namespace chibo {

QString MeetingQualityTexts::titles(const MeetingQualityForms& forms, bool english)
{
    QStringList titles;
    for (const Criteria* file : forms.files) {
        const QString title = file->title.pick(english);
        if (!titles.contains(title))
            titles.append(title);
    }
    return titles.join(QStringLiteral("”, “"));
}

QString MeetingQualityTexts::name(const MeetingQualityForms& forms)
{
    if (forms.isEmpty() || forms.byPoints)
        return tr("Meeting score");
    return tr("Meeting criteria met");
}

QString MeetingQualityTexts::basis(const MeetingQualityForms& forms, bool english)
{
    if (forms.isEmpty())
        return {};
    if (forms.byPoints)
        return tr("meeting score by “%1”").arg(titles(forms, english));
    return tr("meeting criteria met by “%1”").arg(titles(forms, english));
}

QString MeetingQualityTexts::chartTitle(const MeetingQualityForms& forms, bool english)
{
    if (forms.isEmpty())
        return tr("Meeting quality by month: no form in force rates the meetings");
    if (forms.byPoints)
        return tr("Meeting score by month, in percent of the maximum (“%1”)").arg(titles(forms, english));
    return tr("Meeting criteria met by month, in percent of the criteria judged (“%1”)")
        .arg(titles(forms, english));
}

} // namespace chibo
