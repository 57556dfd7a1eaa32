// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chibo::RatingValues {

using namespace Qt::StringLiterals;

/// The classification files the demo and the generated provinces enter ratings for.
inline const QString MemberQd366 = u"xep-loai-dang-vien-qd366"_s;
inline const QString OrgQd366 = u"xep-loai-to-chuc-qd366"_s;
inline const QString MemberQd124 = u"xep-loai-dang-vien-qd124"_s;
inline const QString OrgQd124 = u"xep-loai-to-chuc-qd124"_s;
inline const QString SelfAssessed = u"Tự đánh giá, chi bộ thống nhất"_s;
/// HD 42-HD/BTCTW replaces HD 12 for the quality of meetings from this day.
inline const QDate Hd42From{2025, 10, 28};

/// A yes/no indicator's value.
inline QString yesNo(bool yes)
{
    return yes ? u"yes"_s : u"no"_s;
}

/// A QĐ 124 grade, best first, drawn from a roll of 0–99 around a subject's usual level.
inline QString grade(int roll)
{
    return roll < 14 ? u"xuat_sac"_s : roll < 91 ? u"tot"_s : roll < 99 ? u"trung_binh"_s : u"kem"_s;
}

/// One indicator's value with the note that explains it.
struct Judgement {
    QString indicator;
    QString value;
    QString note;
};

/// The criteria file that judges the quality of a meeting held on `day`.
inline QString meetingQualityCriteria(QDate day)
{
    return day < Hd42From ? u"chat-luong-sinh-hoat-hd12"_s : u"chat-luong-sinh-hoat-hd42"_s;
}

/// The secretary's judgement of a meeting's preparation and of its respect for the principles: most
/// meetings pass both.
inline QList<Judgement> meetingQuality(DemoRandom& random)
{
    const bool prepared = random.chance(90);
    const Judgement preparation{u"chuan-bi"_s, yesNo(prepared),
                                prepared
                                    ? u"Chi ủy họp chuẩn bị nội dung, dự thảo kết luận trước khi sinh hoạt"_s
                                    : u"Chưa chuẩn bị dự thảo kết luận trước khi sinh hoạt"_s};
    const bool principled = random.chance(95);
    return {preparation,
            {u"nguyen-tac-to-chuc"_s, yesNo(principled),
             principled ? u"Thực hiện đúng nguyên tắc tập trung dân chủ, tự phê bình và phê bình"_s
                        : u"Biểu quyết khi chưa đủ số đảng viên theo quy định"_s}};
}

} // namespace chibo::RatingValues
