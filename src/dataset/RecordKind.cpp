// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/RecordKind.h"

#include <QCoreApplication>

namespace chibo {

QString recordNoun(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Dataset: return QCoreApplication::translate("RecordKind", "dataset");
    case RecordKind::Organisation: return QCoreApplication::translate("RecordKind", "organisation record");
    case RecordKind::Term: return QCoreApplication::translate("RecordKind", "committee term");
    case RecordKind::Member: return QCoreApplication::translate("RecordKind", "member record");
    case RecordKind::StatusEvent: return QCoreApplication::translate("RecordKind", "status event");
    case RecordKind::CellMembership: return QCoreApplication::translate("RecordKind", "cell registration");
    case RecordKind::Position: return QCoreApplication::translate("RecordKind", "position held");
    case RecordKind::Meeting: return QCoreApplication::translate("RecordKind", "meeting record");
    case RecordKind::LifecycleStep:
        return QCoreApplication::translate("RecordKind", "meeting lifecycle step");
    case RecordKind::Attendance: return QCoreApplication::translate("RecordKind", "attendance row");
    case RecordKind::Target: return QCoreApplication::translate("RecordKind", "target");
    case RecordKind::Assignment: return QCoreApplication::translate("RecordKind", "assignment");
    case RecordKind::FollowUp: return QCoreApplication::translate("RecordKind", "follow-up");
    case RecordKind::Discipline: return QCoreApplication::translate("RecordKind", "discipline record");
    case RecordKind::Leave: return QCoreApplication::translate("RecordKind", "leave record");
    case RecordKind::Dues: return QCoreApplication::translate("RecordKind", "dues record");
    case RecordKind::Violation: return QCoreApplication::translate("RecordKind", "violation record");
    case RecordKind::Commendation: return QCoreApplication::translate("RecordKind", "commendation");
    case RecordKind::Rating: return QCoreApplication::translate("RecordKind", "rating");
    }
    return {};
}

} // namespace chibo
