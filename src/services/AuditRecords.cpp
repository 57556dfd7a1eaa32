// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditRecords.h"

#include "core/EnumCodes.h"
#include "services/JsonStream.h"
#include "services/TrashPayload.h"

namespace chibo {

QByteArray AuditRecords::json(const Dataset& fragment)
{
    return TrashPayload::write(fragment).toUtf8();
}

QByteArray AuditRecords::json(const Account& account)
{
    JsonStream out;
    out.beginObject();
    out.key(QLatin1StringView("id"));
    out.string(account.id.toString(QUuid::WithoutBraces));
    out.key(QLatin1StringView("user_name"));
    out.string(account.userName);
    out.key(QLatin1StringView("display_name"));
    out.string(account.displayName);
    out.key(QLatin1StringView("role"));
    out.string(codeOf(account.role));
    out.key(QLatin1StringView("organisations"));
    out.beginArray();
    for (const QUuid& orgId : account.orgIds)
        out.string(orgId.toString(QUuid::WithoutBraces));
    out.endArray();
    out.key(QLatin1StringView("disabled"));
    out.boolean(account.disabled);
    out.endObject();
    return out.take();
}

QByteArray AuditRecords::json(const ClassificationDecision& decision)
{
    JsonStream out;
    out.beginObject();
    const auto field = [&out](const char* name, const QString& text) {
        out.key(QLatin1StringView(name));
        out.string(text);
    };
    field("id", decision.id.toString(QUuid::WithoutBraces));
    field("criteria", decision.criteriaId);
    field("subject", decision.subjectId.toString(QUuid::WithoutBraces));
    field("year", QString::number(decision.year));
    field("proposed_level", decision.proposedLevel);
    field("decided_level", decision.decidedLevel);
    field("reason", decision.reason);
    field("decided_by", decision.decidedBy);
    field("decided_on", decision.decidedOn.toString(Qt::ISODate));
    out.endObject();
    return out.take();
}

} // namespace chibo
