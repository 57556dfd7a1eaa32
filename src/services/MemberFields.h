// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

/// The plain fields of a member's record (phiếu đảng viên) that a spreadsheet carries, one column each.
enum class MemberField {
    FullName,
    GivenName,
    Sex,
    BirthDate,
    Ethnicity,
    Religion,
    Hometown,
    CitizenId,
    Phone,
    PartyCardNumber,
    AdmissionDecisionDate,
    CeremonyDate,
    OfficialDate,
    WorksInPoliticalSystem,
    Note,
};

/// The names of the member fields: the translated column header a sheet is written with, and every header
/// a sheet may be read with (English and Vietnamese, matched without diacritics, đ as d, case and
/// punctuation ignored: "ho va ten", "HỌ VÀ TÊN" and "Họ và tên:" all name the full name).
class MemberFields {
    Q_DECLARE_TR_FUNCTIONS(MemberFields)

public:
    /// Every field, in the order of the member sheet's columns.
    static QList<MemberField> all();
    /// The column header in the current language ("Full name" / "Họ và tên").
    static QString label(MemberField field);
    /// The field a header names, if any: the current label or one of the known English and Vietnamese
    /// headers.
    static std::optional<MemberField> match(const QString& header);
    /// The key headers are compared by: folded (VietnameseText::fold), punctuation as spaces, one space
    /// between words.
    static QString headerKey(const QString& header);

private:
    /// The headers a field is known by besides its label, English and Vietnamese.
    static QStringList knownHeaders(MemberField field);
};

} // namespace chibo
