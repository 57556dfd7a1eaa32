// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/CriteriaOverview.h"

#include "app/criteria/ConditionText.h"
#include "core/Labels.h"

#include <QStringList>

namespace chibo {

namespace {

QString dateText(QDate day)
{
    return day.toString(u"dd/MM/yyyy");
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>") + label.toHtmlEscaped() +
           QStringLiteral("</b></td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

} // namespace

QString CriteriaOverview::subjectName(SubjectKind subject)
{
    switch (subject) {
    case SubjectKind::Meeting: return tr("each meeting");
    case SubjectKind::MemberYear: return tr("each member, by year");
    case SubjectKind::OrganisationMonth: return tr("each organisation, by month");
    case SubjectKind::OrganisationYear: return tr("each organisation, by year");
    }
    return {};
}

QString CriteriaOverview::reliabilityName(const QString& code)
{
    if (code == u"official")
        return tr("official text");
    if (code == u"legal-db")
        return tr("quoted by a legal database");
    if (code == u"press")
        return tr("reported by the press");
    if (code == u"local")
        return tr("a locality's document");
    if (code == u"unofficial")
        return tr("unofficial source");
    return code;
}

QString CriteriaOverview::appliesToText(const AppliesTo& appliesTo)
{
    QStringList kinds;
    for (const OrgKind kind : appliesTo.orgKinds)
        kinds.append(Labels::of(kind));
    QStringList types;
    for (const CellType type : appliesTo.cellTypes)
        types.append(Labels::of(type));
    const QString kindText =
        kinds.isEmpty() ? tr("every kind of organisation") : kinds.join(QStringLiteral(", "));
    const QString typeText = types.isEmpty() ? tr("every type of cell") : types.join(QStringLiteral(", "));
    const QString where = appliesTo.locality.isEmpty() ? tr("anywhere") : appliesTo.locality;
    return tr("%1; %2; %3").arg(kindText, typeText, where);
}

QString CriteriaOverview::legalBasisHtml(const QList<LegalBasis>& basis)
{
    QString html = QStringLiteral("<ul>");
    for (const LegalBasis& document : basis) {
        const QString kind = document.symbol.section(u'/', 0, 0);
        QString item = QStringLiteral("<li><b>") +
                       tr("%1 %2-%3 of %4")
                           .arg(kind, document.number, document.symbol, dateText(document.date))
                           .toHtmlEscaped() +
                       QStringLiteral("</b> — ") + document.issuer.toHtmlEscaped();
        if (!document.title.isEmpty())
            item += QStringLiteral(": ") + document.title.toHtmlEscaped();
        if (!document.reliability.isEmpty())
            item += QStringLiteral(" <i>(") + reliabilityName(document.reliability).toHtmlEscaped() +
                    QStringLiteral(")</i>");
        if (!document.url.isEmpty()) {
            item += QStringLiteral("<br><a href=\"") + document.url.toHtmlEscaped() + QStringLiteral("\">") +
                    document.url.toHtmlEscaped() + QStringLiteral("</a>");
        }
        html += item + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString CriteriaOverview::html(const Criteria& file, bool userFile, bool english)
{
    QString html =
        QStringLiteral("<h3>") + file.title.pick(english).toHtmlEscaped() + QStringLiteral("</h3>");
    if (file.example)
        html += QStringLiteral("<p><i>") +
                tr("An example for a committee to adapt: it is not a rule in force.").toHtmlEscaped() +
                QStringLiteral("</i></p>");
    if (!file.description.pick(english).isEmpty())
        html +=
            QStringLiteral("<p>") + file.description.pick(english).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<table>");
    html += row(tr("File"), file.reference().toHtmlEscaped());
    html += row(tr("Judges"), subjectName(file.subject).toHtmlEscaped());
    const QString until = file.validTo.isValid() ? dateText(file.validTo) : tr("open-ended");
    html += row(tr("In force"), tr("from %1 to %2").arg(dateText(file.validFrom), until).toHtmlEscaped());
    html += row(tr("Applies to"), appliesToText(file.appliesTo).toHtmlEscaped());
    QStringList levels;
    for (const Level& level : file.levels)
        levels.append(QString(level.code.toUpper() + QStringLiteral(" — ") + level.label.pick(english))
                          .toHtmlEscaped());
    html += row(tr("Levels"), levels.isEmpty() ? tr("points and pass or fail only").toHtmlEscaped()
                                               : levels.join(QStringLiteral("<br>")));
    QStringList parameters;
    for (auto it = file.parameters.cbegin(); it != file.parameters.cend(); ++it)
        parameters.append(
            QString(it.key() + QStringLiteral(" = ") + ConditionText::number(*it)).toHtmlEscaped());
    if (!parameters.isEmpty())
        html += row(tr("Parameters"), parameters.join(QStringLiteral("<br>")));
    html += row(tr("Source"), (userFile ? tr("imported: %1").arg(file.sourceName)
                                        : tr("shipped with ChiBo: %1").arg(file.sourceName))
                                  .toHtmlEscaped());
    html += row(tr("Content hash"),
                QStringLiteral("<tt>") + file.contentHash.left(16) + QStringLiteral("…</tt>"));
    html += QStringLiteral("</table><h4>") + tr("Legal basis").toHtmlEscaped() + QStringLiteral("</h4>");
    return html + legalBasisHtml(file.legalBasis);
}

} // namespace chibo
