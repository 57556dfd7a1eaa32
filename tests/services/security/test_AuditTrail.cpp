// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityFixture.h"
#include "services/AuditSheet.h"
#include "services/AuditTrail.h"
#include "services/RecordEditing.h"
#include "services/YearLock.h"
#include "support/Catch.h"

#include <QFile>
#include <QSqlQuery>

using namespace chibo;
using chibo::test::SecurityFixture;

namespace {

/// A member of Chi bộ buôn Ea Kring as stored.
Member memberOfEaKring(const SecurityFixture& demo)
{
    const auto dataset = demo.workspace->storage().loadSubtree(demo.eaKring);
    REQUIRE(dataset.ok());
    REQUIRE_FALSE(dataset->members.isEmpty());
    return dataset->members.first();
}

AuditEntry newest(const SecurityFixture& demo, const Session& reader)
{
    const auto entries = AuditTrail::latest(*demo.workspace, reader, 1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    return entries->first();
}

} // namespace

TEST_CASE("an edit is audited with who and when and the record before and after")
{
    SecurityFixture demo;
    const Session admin = demo.signIn(QStringLiteral("quantri"));
    const Member before = memberOfEaKring(demo);
    Member after = before;
    after.phone = QStringLiteral("0912 345 678");
    const qint64 entriesBefore = demo.auditEntries();
    REQUIRE(RecordEditing::apply(*demo.workspace, admin, Change<Member>{before, after}).ok());
    CHECK(demo.auditEntries() == entriesBefore + 1);

    const AuditEntry entry = newest(demo, demo.signIn(QStringLiteral("uyvien")));
    CHECK(entry.sequence == entriesBefore + 1);
    CHECK(entry.userName == u"quantri");
    CHECK(entry.action == u"update");
    CHECK(entry.subjectKind == u"member");
    CHECK(entry.subjectId == before.id);
    CHECK_FALSE(entry.orgId.isNull());
    CHECK(entry.at.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    CHECK(entry.before.contains(before.fullName.toUtf8()));
    CHECK_FALSE(entry.before.contains("0912 345 678"));
    CHECK(entry.after.contains("0912 345 678"));
    CHECK(AuditSheet::actionLabel(entry.action) == AuditSheet::tr("Changed"));
}

TEST_CASE("a committee session cannot write records and its refusals leave no entry")
{
    SecurityFixture demo;
    const Session committee = demo.signIn(QStringLiteral("uyvien"));
    const Member before = memberOfEaKring(demo);
    Member after = before;
    after.note = QStringLiteral("sửa trái phép");
    const qint64 entriesBefore = demo.auditEntries();
    const auto refused = RecordEditing::apply(*demo.workspace, committee, Change<Member>{before, after});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"permission_denied");
    const auto removed =
        RecordEditing::apply(*demo.workspace, committee, Change<Member>{before, std::nullopt});
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == u"permission_denied");
    CHECK(demo.auditEntries() == entriesBefore);

    // What the committee may do, it does, and it is audited: locking a year.
    REQUIRE(YearLock::lock(*demo.workspace, committee, demo.eaKring, 2025).ok());
    const AuditEntry locked = newest(demo, committee);
    CHECK(locked.action == u"lock");
    CHECK(locked.userName == u"uyvien");
    CHECK(locked.orgId == demo.eaKring);
}

TEST_CASE("the database refuses to change or remove an audit entry")
{
    SecurityFixture demo;
    REQUIRE(demo.auditEntries() > 0);
    CHECK_FALSE(demo.execute(QStringLiteral("UPDATE audit_log SET summary = 'khác' WHERE sequence = 1")));
    CHECK_FALSE(demo.execute(QStringLiteral("DELETE FROM audit_log WHERE sequence = 1")));
    const auto verified = AuditTrail::verify(*demo.workspace);
    REQUIRE(verified.ok());
    CHECK(verified->intact());
    CHECK(verified->entries == demo.auditEntries());
    CHECK(verified->headHash.size() == 64);
}

TEST_CASE("verifying finds an entry edited by hand and a removed one and a rewritten chain")
{
    SecurityFixture demo;
    const Session admin = demo.signIn(QStringLiteral("quantri"));
    REQUIRE(YearLock::lock(*demo.workspace, admin, demo.eaKring, 2025).ok());
    REQUIRE(YearLock::unlock(*demo.workspace, admin, demo.eaKring, 2025, QStringLiteral("Sửa số liệu")).ok());
    REQUIRE(demo.auditEntries() >= 5);
    // Someone with the file and a SQLite tool: the triggers go first.
    REQUIRE(demo.execute(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(demo.execute(QStringLiteral("DROP TRIGGER audit_log_no_delete")));

    SECTION("an edited summary")
    {
        REQUIRE(demo.execute(QStringLiteral("UPDATE audit_log SET user_name = 'xem' WHERE sequence = 2")));
        const auto verified = AuditTrail::verify(*demo.workspace);
        REQUIRE(verified.ok());
        REQUIRE(verified->problems.size() == 1);
        CHECK(verified->problems.first().sequence == 2);
        CHECK(verified->problems.first().message.contains(QStringLiteral("changed")));
    }
    SECTION("a removed entry")
    {
        REQUIRE(demo.execute(QStringLiteral("DELETE FROM audit_log WHERE sequence = 3")));
        const auto verified = AuditTrail::verify(*demo.workspace);
        REQUIRE(verified.ok());
        REQUIRE_FALSE(verified->intact());
        CHECK(verified->problems.first().sequence == 3);
        CHECK(verified->problems.first().message.contains(QStringLiteral("missing")));
    }
    SECTION("an entry whose hash was recomputed still breaks the next one")
    {
        QSqlQuery query(demo.workspace->database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT hash FROM audit_log WHERE sequence = 1")));
        REQUIRE(query.next());
        REQUIRE(demo.execute(
            QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE sequence = 2").arg(QString(64, u'0'))));
        const auto verified = AuditTrail::verify(*demo.workspace);
        REQUIRE(verified.ok());
        REQUIRE(verified->problems.size() == 2);
        CHECK(verified->problems.at(0).sequence == 2);
        CHECK(verified->problems.at(1).sequence == 3);
    }
}

TEST_CASE("the audit trail is read by administrators and committee members and exported")
{
    SecurityFixture demo;
    CHECK(AuditTrail::latest(*demo.workspace, demo.signIn(QStringLiteral("quantri")), 10).ok());
    CHECK(AuditTrail::latest(*demo.workspace, demo.signIn(QStringLiteral("uyvien")), 10).ok());
    const auto secretary = AuditTrail::all(*demo.workspace, demo.signIn(QStringLiteral("bithu.eakring")));
    REQUIRE_FALSE(secretary.ok());
    CHECK(secretary.error().code == u"permission_denied");
    CHECK_FALSE(AuditTrail::latest(*demo.workspace, demo.signIn(QStringLiteral("xem")), 10).ok());

    const auto all = AuditTrail::all(*demo.workspace, demo.signIn(QStringLiteral("quantri")));
    REQUIRE(all.ok());
    REQUIRE(all->size() == demo.auditEntries());
    CHECK(all->first().sequence == 1);
    CHECK(all->first().action == u"import");
    const QString csv = demo.dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(AuditSheet::write(csv, *all).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QStringLiteral("\r\n")) == all->size() + 1);
    CHECK(text.contains(QString::fromUtf8("Lê Văn Hùng")));
}
