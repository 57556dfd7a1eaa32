// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Session.h"
#include "services/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <memory>
#include <optional>

namespace chibo::test {

/// A commune with two cells, in an in-memory database, as of 22/11/2026:
/// - "Đảng bộ xã Ea Sin" with "Chi bộ buôn Ea Kring" and "Chi bộ thôn 1";
/// - Ea Kring: Nguyễn Văn An (secretary), Đặng Thị Bình, Y Bhim Niê, Lê Thị Ánh (exempt since
///   01/06/2025), Trần Văn Cường (temporarily away since 01/08/2026), Phan Thị Hoa (admitted 20/10/2026),
///   Võ Văn Lưu (died 02/05/2024), Đinh Văn Tú (admitted 10/11/2026, in no meeting's record, with personal
///   records and a rating); Hoàng Thị Mai of thôn 1 attends Ea Kring temporarily since 01/09/2026;
/// - thôn 1: Phạm Văn Dũng (secretary) and Hoàng Thị Mai;
/// - Ea Kring's meetings: 05/09/2026 regular (locked), 03/10/2026 thematic (minutes approved),
///   10/10/2026 regular (held); targets set by them and by the 2026 and 2027 plans.
struct VillageFixture {
    VillageFixture();

    static QDate today() { return QDate(2026, 11, 22); }
    static QDateTime now() { return QDateTime(today(), QTime(9, 30), Qt::UTC); }
    static Dataset dataset();

    static QUuid eaSin();
    static QUuid eaKring();
    static QUuid thon1();
    static QUuid member(const char* fullName);
    static QUuid meeting(const char* name); ///< "september", "thematic", "october"
    static QUuid
    target(const char* name); ///< "sanitation", "admission", "done", "overdue", "next-year", "thon1"

    static Session admin() { return {QStringLiteral("Quản trị viên"), Role::Admin, {}}; }
    static Session secretaryOfEaKring()
    {
        return {QStringLiteral("Nguyễn Văn An"), Role::Secretary, {eaKring()}};
    }
    static Session secretaryOfThon1()
    {
        return {QStringLiteral("Phạm Văn Dũng"), Role::Secretary, {thon1()}};
    }
    static Session committeeMember() { return {QStringLiteral("Hoàng Văn Sơn"), Role::CommitteeMember, {}}; }

    /// The stored version of a record, failing the test when the read fails.
    Member storedMember(const QUuid& id) const;
    std::optional<Member> findMember(const QUuid& id) const;
    std::optional<Meeting> findMeeting(const QUuid& id) const;
    std::optional<Target> findTarget(const QUuid& id) const;
    /// Everything in the database, in canonical order.
    Dataset everything() const;

    std::unique_ptr<Workspace> workspace;
};

} // namespace chibo::test
