// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentHeaders.h"

#include "services/DocumentRegister.h"

#include <QRegularExpression>

namespace chibo {

namespace {

const QString partyBody = QStringLiteral("Đảng bộ");

/// The province or city part of a locality ("tỉnh Đắk Lắk"), "" when none.
QString provinceOf(const QString& locality)
{
    const QStringList parts = locality.split(u',', Qt::SkipEmptyParts);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString part = it->trimmed();
        if (part.startsWith(QStringLiteral("tỉnh ")) || part.startsWith(QStringLiteral("thành phố ")))
            return part;
    }
    return {};
}

} // namespace

QString DocumentHeaders::actingBody(const Organisation& org)
{
    if (org.isCell() || !org.name.startsWith(partyBody, Qt::CaseInsensitive))
        return org.name;
    return QStringLiteral("Đảng ủy") + org.name.mid(partyBody.size());
}

QString DocumentHeaders::number(const Organisation& org, const QString& typeCode, int number)
{
    return numberLine(DocumentRegister::symbol(org, typeCode, number));
}

QString DocumentHeaders::numberLine(const QString& symbol)
{
    return tr("No. %1").arg(symbol);
}

QString DocumentHeaders::place(const Organisation& org)
{
    static const QRegularExpression commune(QStringLiteral("^(xã|phường|thị trấn|đặc khu)\\s+(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = org.locality.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QRegularExpressionMatch match = commune.match(part.trimmed());
        if (match.hasMatch())
            return match.captured(2);
    }
    return parts.isEmpty() ? QString() : parts.constFirst().trimmed();
}

DocumentHeader DocumentHeaders::of(const Organisation& org, const OrgTree& tree, const QString& typeCode,
                                   int number, QDate date)
{
    DocumentHeader header;
    if (const Organisation* parent = tree.find(org.parentId))
        header.upperBody = parent->name.toUpper();
    else if (const QString province = provinceOf(org.locality); !province.isEmpty())
        header.upperBody = (partyBody + u' ' + province).toUpper();
    header.issuingBody = actingBody(org).toUpper();
    header.number = DocumentHeaders::number(org, typeCode, number);
    header.issuerId = org.id;
    header.typeCode = typeCode;
    header.issuerSymbol = DocumentRegister::issuerSymbol(org);
    header.place = place(org);
    header.date = date;
    return header;
}

DocumentSignature DocumentHeaders::signature(const Organisation& org, const QList<Member>& members, QDate day)
{
    DocumentSignature signature;
    signature.capacity = org.isCell() ? tr("ON BEHALF OF THE CELL") : tr("ON BEHALF OF THE PARTY COMMITTEE");
    signature.title = tr("SECRETARY");
    for (const Member& member : members) {
        for (const PositionTerm& term : member.positions) {
            if (term.orgId == org.id && term.position == Position::Secretary && term.covers(day))
                signature.name = member.fullName;
        }
    }
    return signature;
}

QString DocumentHeaders::upperCommittee(const Organisation& org, const OrgTree& tree)
{
    const Organisation* parent = tree.find(org.parentId);
    return parent ? actingBody(*parent) : QString();
}

} // namespace chibo
