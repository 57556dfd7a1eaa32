// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Backups.h"

#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/DataLocations.h"
#include "services/Permissions.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Storage.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace chibo {

namespace {

constexpr auto TimeFormat = u"yyyyMMdd-HHmmss";

struct ReasonCode {
    BackupReason reason;
    const char16_t* code;
    int kept;
};

constexpr std::array<ReasonCode, 5> Reasons{{
    {BackupReason::Exit, u"exit", 10},
    {BackupReason::Daily, u"daily", 14},
    {BackupReason::BeforeImport, u"before-import", 10},
    {BackupReason::BeforeRestore, u"before-restore", 10},
    {BackupReason::Manual, u"manual", 0},
}};

const ReasonCode& entryOf(BackupReason reason)
{
    return *std::find_if(Reasons.begin(), Reasons.end(),
                         [reason](const ReasonCode& entry) { return entry.reason == reason; });
}

/// Newest first; within one second, the higher sequence number was made later.
bool newerFirst(const BackupEntry& a, const BackupEntry& b)
{
    if (a.time != b.time)
        return a.time > b.time;
    return a.sequence > b.sequence;
}

} // namespace

Backups::Backups(const QString& root, const QString& databasePath)
{
    const QFileInfo database(databasePath);
    m_baseName =
        database.completeBaseName().isEmpty() ? QStringLiteral("database") : database.completeBaseName();
    // Two databases of the same name in different folders keep their backups apart.
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(database.absoluteFilePath()).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(8);
    m_folder = QDir(root).filePath(m_baseName + u'-' + QString::fromLatin1(hash));
}

Backups Backups::inDataDirectory(const QString& databasePath)
{
    return Backups(DataLocations::backupDirectory(), databasePath);
}

QList<BackupEntry> Backups::list() const
{
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        if (auto entry = parse(file))
            entries.append(*entry);
    }
    std::sort(entries.begin(), entries.end(), newerFirst);
    return entries;
}

Result<BackupEntry> Backups::write(Database& database, BackupReason reason, const QDateTime& now) const
{
    if (!QDir().mkpath(m_folder)) {
        return Error{QStringLiteral("storage.backup"),
                     tr("Could not create the backup folder %1.").arg(m_folder), m_folder};
    }
    const QDateTime time = now.addMSecs(-now.time().msec());
    int sequence = 1;
    QString path = QDir(m_folder).filePath(fileName(m_baseName, time, reason, sequence));
    while (QFileInfo::exists(path))
        path = QDir(m_folder).filePath(fileName(m_baseName, time, reason, ++sequence));
    if (Status copied = DatabaseBackup::copyTo(database, path); !copied)
        return copied.error();
    return BackupEntry{path, time, reason, sequence, QFileInfo(path).size()};
}

Result<BackupEntry> Backups::create(Database& database, BackupReason reason, const QDateTime& now) const
{
    auto written = write(database, reason, now);
    if (written)
        prune(reason);
    return written;
}

Status Backups::beforeImport(Database& database, const QDateTime& now) const
{
    const auto made = create(database, BackupReason::BeforeImport, now);
    if (made)
        return {};
    return Error{
        made.error().code,
        tr("Nothing was imported: the backup before the import failed. %1").arg(made.error().message),
        made.error().location};
}

Result<std::optional<BackupEntry>> Backups::ensureDaily(Database& database, const QDateTime& now) const
{
    const QList<BackupEntry> existing = list();
    const bool madeToday = std::any_of(existing.begin(), existing.end(), [&now](const BackupEntry& entry) {
        return entry.reason == BackupReason::Daily && entry.time.date() == now.date();
    });
    if (madeToday)
        return std::optional<BackupEntry>();
    auto made = create(database, BackupReason::Daily, now);
    if (!made)
        return made.error();
    return std::optional<BackupEntry>(*made);
}

Result<BackupEntry> Backups::restore(const Session& session, Database& database, const QString& source,
                                     const QDateTime& now) const
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    if (const Result<int> checked = DatabaseBackup::check(database, source); !checked)
        return checked.error();
    auto before = write(database, BackupReason::BeforeRestore, now);
    if (!before) {
        return Error{before.error().code,
                     tr("Nothing was restored: the current state could not be backed up first. %1")
                         .arg(before.error().message),
                     before.error().location};
    }
    if (Status restored = DatabaseBackup::restoreFrom(database, source); !restored)
        return restored.error();
    prune(BackupReason::BeforeRestore);
    // The restored trail goes on from the backup's last entry: the restore is its next one.
    if (Status audited = auditRestore(session, database, source, before->path); !audited)
        return Error{audited.error().code,
                     tr("The backup was restored, but its entry in the audit trail could not be written: %1")
                         .arg(audited.error().message),
                     audited.error().location};
    return before;
}

Status Backups::auditRestore(const Session& session, Database& database, const QString& source,
                             const QString& previousState)
{
    Storage storage(database);
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    const AuditEntry entry =
        AuditRecords::act(QStringLiteral("restore-backup"), QStringLiteral("database"), {}, {},
                          tr("Restored the database from %1; the state before it is in %2")
                              .arg(QFileInfo(source).fileName(), QFileInfo(previousState).fileName()));
    if (Status recorded = AuditTrail::record(storage, session, entry); !recorded)
        return recorded;
    return transaction.commit();
}

Status Backups::copyTo(Database& database, const QString& target)
{
    return DatabaseBackup::copyTo(database, target);
}

QStringList Backups::prune(BackupReason reason) const
{
    const int keep = kept(reason);
    QStringList removed;
    if (keep == 0)
        return removed;
    int seen = 0;
    for (const BackupEntry& entry : list()) {
        if (entry.reason != reason || ++seen <= keep)
            continue;
        if (QFile::remove(entry.path))
            removed.append(entry.path);
    }
    return removed;
}

int Backups::kept(BackupReason reason)
{
    return entryOf(reason).kept;
}

QString Backups::code(BackupReason reason)
{
    return QString::fromUtf16(entryOf(reason).code);
}

std::optional<BackupReason> Backups::reasonFromCode(const QString& code)
{
    for (const ReasonCode& entry : Reasons) {
        if (code == QStringView(entry.code))
            return entry.reason;
    }
    return std::nullopt;
}

QString Backups::label(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Exit: return tr("on exit");
    case BackupReason::Daily: return tr("daily");
    case BackupReason::BeforeImport: return tr("before an import");
    case BackupReason::BeforeRestore: return tr("before a restore");
    case BackupReason::Manual: return tr("made by hand");
    }
    return {};
}

QString Backups::fileName(const QString& baseName, const QDateTime& time, BackupReason reason, int sequence)
{
    QString name = baseName + u'_' + time.toString(QString::fromUtf16(TimeFormat)) + u'_' + code(reason);
    if (sequence > 1)
        name += u'-' + QString::number(sequence);
    return name + QStringLiteral(".sqlite");
}

std::optional<BackupEntry> Backups::parse(const QFileInfo& file)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^.+_(\d{8}-\d{6})_([a-z-]+?)(?:-(\d+))?\.sqlite$)"));
    const QRegularExpressionMatch match = pattern.match(file.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(match.captured(1), QString::fromUtf16(TimeFormat));
    const auto reason = reasonFromCode(match.captured(2));
    if (!time.isValid() || !reason)
        return std::nullopt;
    const int sequence = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    return BackupEntry{file.absoluteFilePath(), time, *reason, sequence, file.size()};
}

} // namespace chibo
