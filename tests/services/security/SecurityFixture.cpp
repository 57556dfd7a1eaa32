// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityFixture.h"

#include "services/Accounts.h"
#include "services/DemoAccounts.h"
#include "services/DemoDatabase.h"
#include "support/Catch.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace chibo::test {

SecurityFixture::SecurityFixture()
{
    REQUIRE(DemoDatabase::create(path(), QDate(2026, 11, 22), DemoDatabase::DefaultSeed, false, true).ok());
    auto opened = Workspace::open(path());
    REQUIRE(opened.ok());
    workspace = std::move(opened).value();
    eaKring = workspace->findOrganisation(QString::fromUtf8("Chi bộ buôn Ea Kring"))->id;
    thon1 = workspace->findOrganisation(QString::fromUtf8("Chi bộ thôn 1"))->id;
}

Session SecurityFixture::signIn(const QString& userName) const
{
    const Result<Session> session = Accounts::signIn(*workspace, userName, DemoAccounts::password());
    REQUIRE(session.ok());
    return *session;
}

bool SecurityFixture::execute(const QString& sql) const
{
    QSqlQuery query(workspace->database().connection());
    return query.exec(sql);
}

qint64 SecurityFixture::auditEntries() const
{
    QSqlQuery query(workspace->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace chibo::test
