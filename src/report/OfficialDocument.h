// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace chibo {

/// The header blocks of a Party document (HD 36-HD/VPTW): the issuing body top left with its upper body
/// above it and "*" under it, then the number; "ĐẢNG CỘNG SẢN VIỆT NAM" top right, then place and date.
struct DocumentHeader {
    QString upperBody;    ///< "ĐẢNG BỘ XÃ EA SIN"; "" when the issuing body has none above it on paper
    QString issuingBody;  ///< "CHI BỘ BUÔN EA KRING"
    QString number;       ///< "Số 05-BC/CB" (no colon); "Số    -BC/CB" for a draft without a number
    QUuid issuerId;       ///< the organisation whose register numbers the document
    QString typeCode;     ///< "BC"
    QString issuerSymbol; ///< "CB"
    QString place;        ///< "Ea Sin"
    QDate date;

    bool operator==(const DocumentHeader&) const = default;
};

/// A table of the body. Column widths are percent of the text width (they add up to 100).
struct DocumentTable {
    QStringList header;
    QList<int> widths;
    QList<Qt::Alignment> alignments; ///< per column; missing: left
    QList<QStringList> rows;
    /// Rows printed bold (a total line), by index.
    QList<int> boldRows;
    /// Extra empty height for signatures, in lines, added to every row (an attendance sheet); 0 none.
    int rowHeightLines = 0;
    int fontPoints = 12; ///< 11 for wide tables

    bool operator==(const DocumentTable&) const = default;
};

/// One block of the body, in order.
struct DocumentBlock {
    enum class Kind { Heading, Paragraph, Bullet, Table, Note, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;        ///< Heading, Paragraph, Bullet and Note
    DocumentTable table; ///< Table

    static DocumentBlock heading(const QString& text) { return {Kind::Heading, text, {}}; }
    static DocumentBlock paragraph(const QString& text) { return {Kind::Paragraph, text, {}}; }
    static DocumentBlock bullet(const QString& text) { return {Kind::Bullet, text, {}}; }
    /// Smaller italic text: sources, remarks under a table.
    static DocumentBlock note(const QString& text) { return {Kind::Note, text, {}}; }
    static DocumentBlock ofTable(DocumentTable table) { return {Kind::Table, {}, std::move(table)}; }
    /// Starts a new page with a centred bold title (an appendix: the attendance sheet).
    static DocumentBlock newPage(const QString& title) { return {Kind::PageBreak, title, {}}; }
    bool operator==(const DocumentBlock&) const = default;
};

/// Who signs: "T/M CHI BỘ" over "BÍ THƯ", then the name after the space for signature and seal.
struct DocumentSignature {
    QString capacity; ///< "T/M CHI BỘ"; "" when a person signs in their own name
    QString title;    ///< "BÍ THƯ"
    QString name;     ///< "Vũ Anh Thành"; "" when not known

    bool operator==(const DocumentSignature&) const = default;
};

/// A Party document ready to render: header, type and summary, body, signature and recipients.
struct OfficialDocument {
    DocumentHeader header;
    QString type;    ///< "BÁO CÁO", upper case
    QString summary; ///< "Kết quả đánh giá, xếp loại chất lượng năm 2025"
    QList<DocumentBlock> body;
    DocumentSignature signature;
    /// A second signature on the left instead of the recipients (minutes: the minute taker).
    std::optional<DocumentSignature> leftSignature;
    QStringList recipients; ///< "Đảng ủy xã Ea Sin", "Lưu chi bộ"
    /// Pages after the signature (the minutes' attendance sheet), each starting with DocumentBlock::newPage.
    QList<DocumentBlock> appendix;
    bool landscape = false; ///< wide tables (the summary table)
    /// What the document is about in the register ("year-report/2025"), so that printing it again keeps
    /// its number; see IssuedDocument::subject.
    QString subject;

    bool operator==(const OfficialDocument&) const = default;
};

/// Page margins in millimetres; defaults from the Đảng ủy Khối Bình Thuận guidance (HD 36's own values
/// were not found; see docs/reports.md).
struct PageMargins {
    int top = 25;
    int bottom = 25;
    int left = 35;
    int right = 15;

    bool operator==(const PageMargins&) const = default;
};

} // namespace chibo
