// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AuditChain.h"

#include <QCryptographicHash>

namespace chibo {

namespace {

void addField(QCryptographicHash& hash, const QByteArray& bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

} // namespace

QByteArray AuditChain::hashOf(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArray::number(entry.sequence));
    addField(hash, entry.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    addField(hash, entry.userName.toUtf8());
    addField(hash, entry.action.toUtf8());
    addField(hash, entry.subjectKind.toUtf8());
    addField(hash,
             entry.subjectId.isNull() ? QByteArray() : entry.subjectId.toByteArray(QUuid::WithoutBraces));
    addField(hash, entry.orgId.isNull() ? QByteArray() : entry.orgId.toByteArray(QUuid::WithoutBraces));
    addField(hash, entry.summary.toUtf8());
    addField(hash, entry.before);
    addField(hash, entry.after);
    addField(hash, entry.previousHash);
    return hash.result().toHex();
}

} // namespace chibo
