// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/EnumCodes.h"
#include "core/Labels.h"
#include "support/Catch.h"

#include <QSet>

using namespace chibo;

namespace {

template <typename E>
void checkRoundTrip()
{
    QSet<QString> seen;
    for (const auto& [value, code] : EnumCodes<E>::entries) {
        const QString text = codeOf(value);
        INFO(text.toStdString());
        CHECK(text == QString::fromUtf16(code));
        CHECK(enumFromCode<E>(text) == value);
        CHECK_FALSE(seen.contains(text));
        CHECK((!Labels::of(value).isEmpty() || text == QStringLiteral("none")));
        seen.insert(text);
    }
    CHECK_FALSE(enumFromCode<E>(u"no_such_code").has_value());
}

} // namespace

TEST_CASE("every enumerator has a unique code that parses back and a label")
{
    checkRoundTrip<OrgKind>();
    checkRoundTrip<CellType>();
    checkRoundTrip<Sex>();
    checkRoundTrip<StatusEventKind>();
    checkRoundTrip<CellMembership::Kind>();
    checkRoundTrip<Position>();
    checkRoundTrip<MeetingKind>();
    checkRoundTrip<MeetingState>();
    checkRoundTrip<AttendanceStatus>();
    checkRoundTrip<AbsenceReason>();
    checkRoundTrip<TargetKind>();
    checkRoundTrip<TargetStatus>();
    checkRoundTrip<DisciplineSubject>();
    checkRoundTrip<DisciplineForm>();
    checkRoundTrip<LeaveKind>();
    checkRoundTrip<DuesState>();
    checkRoundTrip<ViolationKind>();
}

TEST_CASE("codes are the documented snake_case strings")
{
    CHECK(codeOf(OrgKind::GrassrootsCell) == QStringLiteral("grassroots_cell"));
    CHECK(codeOf(AttendanceStatus::AbsentUnexcused) == QStringLiteral("absent_unexcused"));
    CHECK(allCodes<DuesState>() ==
          QStringList{QStringLiteral("paid"), QStringLiteral("unpaid"), QStringLiteral("exempt")});
}
