// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chibo {

/// One entry of an organisation's register of issued documents (sổ đăng ký văn bản đi). Numbers run from 1
/// for each document type through one committee term (HD 36): the entry keeps the term it counts in by the
/// term's first day, so a later edit of the term's end does not renumber anything.
struct IssuedDocument {
    QUuid id;
    QUuid orgId;      ///< the issuing organisation
    QString typeCode; ///< "BC", "BB", "DS", "PĐG", or another symbol for a document issued by hand ("NQ")
    QDate termFrom;   ///< the first day of the term the number belongs to
    int number = 0;   ///< 1, 2, … within the organisation, the type and the term
    /// What the document is about, so that printing it again keeps its number: "year-report/2025",
    /// "minutes/<meeting id>"; "" for a document issued outside ChiBo and only recorded here.
    QString subject;
    QString title;        ///< the summary line (trích yếu)
    QDate issuedOn;       ///< the date line of the document
    QDateTime recordedAt; ///< UTC
    QString recordedBy;

    bool operator==(const IssuedDocument&) const = default;
};

} // namespace chibo
