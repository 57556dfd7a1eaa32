// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Rating.h"
#include "core/Target.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// How people know a record, for messages and the recycle bin: "Nguyễn Văn An", "Meeting on 14/03/2025 —
/// Chi bộ buôn Ea Kring", "Sick leave of Đặng Thị Bình from 01/03/2025". Translated; dates dd/MM/yyyy.
class RecordLabels {
    Q_DECLARE_TR_FUNCTIONS(RecordLabels)

public:
    static QString of(const Member& member);
    static QString of(const Meeting& meeting, const QString& orgName);
    static QString of(const Target& target);
    static QString of(const Assignment& assignment, const QString& memberName);
    /// `subjectName`: the member's or the organisation's name.
    static QString of(const Discipline& discipline, const QString& subjectName);
    static QString of(const Leave& leave, const QString& memberName);
    static QString of(const DuesRecord& dues, const QString& memberName);
    static QString of(const Rating& rating, const QString& subjectName);

    static QString date(QDate day)
    {
        return day.isValid() ? day.toString(u"dd/MM/yyyy") : QStringLiteral("—");
    }
};

} // namespace chibo
