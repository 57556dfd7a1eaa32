// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/OfficialDocument.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// An OfficialDocument as HTML in the subset QTextDocument lays out, in the HD 36 layout: the header
/// table (issuing body | ĐẢNG CỘNG SẢN VIỆT NAM), type and summary centred, the body, then recipients
/// (left) beside the signature block (right). Sizes in points as HD 36 gives them; the font family is set
/// by the renderer. Deterministic: the same document gives the same text (golden tests compare it).
class DocumentHtml {
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)

public:
    static QString of(const OfficialDocument& document);
    /// "Ea Sin, ngày 05 tháng 12 năm 2025" (day and month with two digits, as HD 36's examples).
    static QString placeAndDate(const QString& place, QDate date);

private:
    static QString header(const DocumentHeader& header);
    static QString title(const OfficialDocument& document);
    static QString block(const DocumentBlock& block);
    static QString table(const DocumentTable& table);
    static QString closing(const OfficialDocument& document);
    static QString signatureBlock(const DocumentSignature& signature);
    static QString recipientsBlock(const QStringList& recipients);
};

} // namespace chibo
