// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/classification/QuotaSummary.h"

#include "core/PersonNameOrder.h"

#include <QLocale>

#include <algorithm>

namespace chibo {

QList<QuotaState> QuotaSummary::relevant(const QList<QuotaState>& quotas,
                                         const Classification& classification, const QUuid& focus)
{
    QList<QuotaState> shown;
    for (const QuotaState& quota : quotas) {
        const bool inScope = focus.isNull() ? classification.scopeOrgIds.contains(quota.scopeOrgId)
                                            : quota.scopeOrgId == focus;
        if (inScope)
            shown.append(quota);
    }
    return shown;
}

QString QuotaSummary::line(const QuotaState& quota, const Classification& classification, const OrgTree& tree)
{
    const Organisation* scope = tree.find(quota.scopeOrgId);
    const QString name = scope ? scope->name : quota.scopeOrgId.toString(QUuid::WithoutBraces);
    const bool members = classification.memberRules && quota.criteriaId == classification.memberRules->id;
    const QLocale locale;
    const QString level = quota.level.toUpper();
    const QString current = locale.toString(quota.current);
    const QString allowed = locale.toString(quota.allowed);
    if (members) {
        return quota.exceeded()
                   ? tr("Members of %1 — %2: %3 / %4 allowed, over the quota")
                         .arg(name, level, current, allowed)
                   : tr("Members of %1 — %2: %3 / %4 allowed").arg(name, level, current, allowed);
    }
    return quota.exceeded()
               ? tr("Organisations under %1 — %2: %3 / %4 allowed, over the quota")
                     .arg(name, level, current, allowed)
               : tr("Organisations under %1 — %2: %3 / %4 allowed").arg(name, level, current, allowed);
}

QString QuotaSummary::html(const QList<QuotaState>& quotas, const Classification& classification,
                           const OrgTree& tree)
{
    if (quotas.isEmpty())
        return tr("No HTXS quota is counted here.").toHtmlEscaped();
    // Members' groups first, then organisations', each by name in Vietnamese order.
    QList<QuotaState> sorted = quotas;
    const PersonNameOrder order;
    const auto nameOf = [&tree](const QuotaState& quota) {
        const Organisation* org = tree.find(quota.scopeOrgId);
        return org ? org->name : QString();
    };
    const auto isMembers = [&classification](const QuotaState& quota) {
        return classification.memberRules && quota.criteriaId == classification.memberRules->id;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QuotaState& a, const QuotaState& b) {
        if (isMembers(a) != isMembers(b))
            return isMembers(a);
        return order.compare(nameOf(a), nameOf(b)) < 0;
    });
    QStringList lines;
    for (const QuotaState& quota : std::as_const(sorted)) {
        const QString text = line(quota, classification, tree).toHtmlEscaped();
        lines.append(quota.exceeded() ? QStringLiteral("<span style=\"color:#b3261e; font-weight:600\">") +
                                            text + QStringLiteral("</span>")
                                      : text);
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace chibo
