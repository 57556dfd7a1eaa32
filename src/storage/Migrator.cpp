// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrator.h"

#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/sql/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace chibo {

namespace {

Error stepFailed(const MigrationStep& step, const QString& code, const QString& reason)
{
    return Error{code,
                 Migrator::tr("Could not upgrade the database to schema version %1 (%2): %3")
                     .arg(QString::number(step.version), step.description, reason),
                 {}};
}

} // namespace

int Migrator::latestVersion()
{
    const QList<MigrationStep> steps = Migrations::steps();
    return steps.isEmpty() ? 0 : steps.last().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase& db, const SqlDialect& dialect)
{
    QSqlQuery query(db);
    const auto readFailed = [&] {
        return SqlErrors::failed(dialect, query.lastError(), tr("Could not read the schema version: %1"));
    };
    if (!query.prepare(dialect.tableExistsQuery()))
        return readFailed();
    query.addBindValue(QStringLiteral("schema_meta"));
    if (!query.exec())
        return readFailed();
    const bool hasMeta = query.next();
    query.finish();
    if (hasMeta) {
        if (!query.exec(QStringLiteral("SELECT version FROM schema_meta WHERE id = 1")))
            return readFailed();
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (!query.exec(dialect.tableCountQuery()) || !query.next())
        return readFailed();
    if (query.value(0).toInt() == 0)
        return 0;
    return Error{QStringLiteral("storage.not-chibo"),
                 tr("The database holds tables but no ChiBo schema version; it was not created by ChiBo."),
                 {}};
}

Status Migrator::migrate(QSqlDatabase& db, const SqlDialect& dialect, int targetVersion)
{
    const Result<int> current = currentVersion(db, dialect);
    if (!current)
        return current.error();
    for (const MigrationStep& step : Migrations::steps()) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        if (Status status = applyStep(db, dialect, step); !status)
            return status;
    }
    return {};
}

Status Migrator::applyStep(QSqlDatabase& db, const SqlDialect& dialect, const MigrationStep& step)
{
    if (!db.transaction())
        return stepFailed(step, dialect.errorCode(db.lastError()), SqlErrors::reason(db.lastError()));
    // Read again inside the transaction: another process may have upgraded the file meanwhile.
    const Result<int> current = currentVersion(db, dialect);
    Status status = current ? Status() : Status(current.error());
    if (status && *current >= step.version) {
        db.commit();
        return {};
    }
    QSqlQuery query(db);
    const auto run = [&](const QString& sql, const QVariantList& values) {
        if (!query.prepare(sql))
            return false;
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec();
    };
    if (status && *current == 0) {
        for (const QString& ddl : dialect.schemaMetaDdl()) {
            if (!run(ddl, {})) {
                status = stepFailed(step, dialect.errorCode(query.lastError()),
                                    SqlErrors::reason(query.lastError()));
                break;
            }
        }
    }
    if (status) {
        if (Status applied = step.apply(db, dialect); !applied)
            status = stepFailed(step, applied.error().code, applied.error().message);
    }
    if (status && !run(QStringLiteral("UPDATE schema_meta SET version = ? WHERE id = 1"), {step.version}))
        status = stepFailed(step, dialect.errorCode(query.lastError()), SqlErrors::reason(query.lastError()));
    query.finish();
    if (status && !db.commit())
        status = stepFailed(step, dialect.errorCode(db.lastError()), SqlErrors::reason(db.lastError()));
    if (!status)
        db.rollback();
    return status;
}

} // namespace chibo
