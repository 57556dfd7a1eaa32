// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// Who is disciplined: a member, a cell's committee (chi ủy) as a collective, or an organisation.
enum class DisciplineSubject { Member, Committee, Organisation };

/// Forms of Party discipline (QĐ 69-QĐ/TW 2022, Art. 7).
enum class DisciplineForm {
    Reprimand,       ///< khiển trách
    Warning,         ///< cảnh cáo
    RemovalFromPost, ///< cách chức
    Expulsion,       ///< khai trừ
    Dissolution,     ///< giải tán
};

struct Discipline {
    QUuid id;
    DisciplineSubject subject = DisciplineSubject::Member;
    QUuid memberId; ///< for a member
    QUuid orgId;    ///< for a committee or an organisation
    DisciplineForm form = DisciplineForm::Reprimand;
    QDate decisionDate;
    QString issuer;   ///< e.g. "Ủy ban Kiểm tra Đảng ủy xã Ea Sin"
    QString decision; ///< number and symbol
    QString violation;
    bool selfDiscovered = false;
    bool remedied = false;

    bool operator==(const Discipline&) const = default;
};

} // namespace chibo
