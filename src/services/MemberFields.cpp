// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberFields.h"

#include "core/VietnameseText.h"
#include "services/FoldedKeys.h"

namespace chibo {

QList<MemberField> MemberFields::all()
{
    return {MemberField::FullName,
            MemberField::GivenName,
            MemberField::Sex,
            MemberField::BirthDate,
            MemberField::Ethnicity,
            MemberField::Religion,
            MemberField::Hometown,
            MemberField::CitizenId,
            MemberField::Phone,
            MemberField::PartyCardNumber,
            MemberField::AdmissionDecisionDate,
            MemberField::CeremonyDate,
            MemberField::OfficialDate,
            MemberField::WorksInPoliticalSystem,
            MemberField::Note};
}

QString MemberFields::label(MemberField field)
{
    switch (field) {
    case MemberField::FullName: return tr("Full name");
    case MemberField::GivenName: return tr("Given name");
    case MemberField::Sex: return tr("Sex");
    case MemberField::BirthDate: return tr("Date of birth");
    case MemberField::Ethnicity: return tr("Ethnicity");
    case MemberField::Religion: return tr("Religion");
    case MemberField::Hometown: return tr("Home town");
    case MemberField::CitizenId: return tr("Citizen ID");
    case MemberField::Phone: return tr("Phone");
    case MemberField::PartyCardNumber: return tr("Party card number");
    case MemberField::AdmissionDecisionDate: return tr("Admission decision date");
    case MemberField::CeremonyDate: return tr("Admission ceremony date");
    case MemberField::OfficialDate: return tr("Official member date");
    case MemberField::WorksInPoliticalSystem: return tr("Works in the political system");
    case MemberField::Note: return tr("Note");
    }
    return {};
}

// Matching data, not text shown to people: the headers secretaries' own sheets use, in both languages.
// "Ngày vào Đảng" is the date party age counts from, i.e. the admission decision's.
QStringList MemberFields::knownHeaders(MemberField field)
{
    switch (field) {
    case MemberField::FullName:
        return VietnameseText::list(
            {"Full name", "Name", "Họ và tên", "Họ tên", "Họ và tên khai sinh", "Họ và tên đảng viên"});
    case MemberField::GivenName: return VietnameseText::list({"Given name", "First name", "Tên", "Tên gọi"});
    case MemberField::Sex: return VietnameseText::list({"Sex", "Gender", "Giới tính", "Nam/Nữ", "Nam, nữ"});
    case MemberField::BirthDate:
        return VietnameseText::list(
            {"Date of birth", "Birth date", "Born", "Ngày sinh", "Ngày tháng năm sinh", "Sinh ngày"});
    case MemberField::Ethnicity: return VietnameseText::list({"Ethnicity", "Ethnic group", "Dân tộc"});
    case MemberField::Religion: return VietnameseText::list({"Religion", "Tôn giáo"});
    case MemberField::Hometown: return VietnameseText::list({"Home town", "Hometown", "Quê quán", "Quê"});
    case MemberField::CitizenId:
        return VietnameseText::list({"Citizen ID", "Citizen ID number", "Citizen identity card", "CCCD",
                                     "Số CCCD", "Căn cước công dân", "Số căn cước công dân", "Số căn cước",
                                     "CMND/CCCD", "Số CMND/CCCD", "Số định danh cá nhân"});
    case MemberField::Phone:
        return VietnameseText::list(
            {"Phone", "Phone number", "Telephone", "Điện thoại", "Số điện thoại", "SĐT", "ĐT"});
    case MemberField::PartyCardNumber:
        return VietnameseText::list({"Party card number", "Party card", "Card number", "Số thẻ đảng viên",
                                     "Số thẻ đảng", "Số thẻ", "Thẻ đảng viên"});
    case MemberField::AdmissionDecisionDate:
        return VietnameseText::list({"Admission decision date", "Admission date", "Ngày quyết định kết nạp",
                                     "Ngày ra quyết định kết nạp", "Ngày vào Đảng", "Quyết định kết nạp"});
    case MemberField::CeremonyDate:
        return VietnameseText::list({"Admission ceremony date", "Ceremony date", "Ngày kết nạp",
                                     "Ngày lễ kết nạp", "Ngày tổ chức lễ kết nạp", "Lễ kết nạp"});
    case MemberField::OfficialDate:
        return VietnameseText::list({"Official member date", "Official date", "Recognised as full member",
                                     "Ngày chính thức", "Ngày công nhận chính thức",
                                     "Ngày công nhận đảng viên chính thức", "Ngày vào Đảng chính thức",
                                     "Ngày trở thành đảng viên chính thức"});
    case MemberField::WorksInPoliticalSystem:
        return VietnameseText::list({"Works in the political system", "Political system",
                                     "Trong hệ thống chính trị", "Làm việc trong hệ thống chính trị",
                                     "Công tác trong hệ thống chính trị"});
    case MemberField::Note: return VietnameseText::list({"Note", "Notes", "Remarks", "Ghi chú"});
    }
    return {};
}

QString MemberFields::headerKey(const QString& header)
{
    QString key = VietnameseText::fold(header);
    for (QChar& c : key) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return key.simplified();
}

std::optional<MemberField> MemberFields::match(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    thread_local FoldedKeys<MemberField> keys;
    const QList<MemberField> fields = all();
    QStringList labels;
    for (const MemberField field : fields)
        labels.append(label(field));
    keys.refresh(fields, labels, headerKey, knownHeaders);
    return keys.find(key);
}

} // namespace chibo
