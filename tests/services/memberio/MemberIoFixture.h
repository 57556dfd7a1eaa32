// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/MemberImport.h"
#include "services/Workspace.h"
#include "sheets/SheetGrid.h"
#include "support/TestData.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <initializer_list>
#include <memory>

namespace chibo::test {

/// A new database with one grassroots committee (Đảng bộ xã Ea Tul) and two empty cells, for imports.
class MemberIoFixture {
public:
    MemberIoFixture();

    static QDate day() { return QDate(2026, 11, 22); }
    static Session admin() { return Session{QStringLiteral("Nguyễn Văn Tư"), Role::Admin, {}}; }

    Workspace& workspace() const { return *m_workspace; }
    QUuid rootId() const { return m_rootId; }
    QUuid thon3() const { return m_thon3; }
    QUuid thon5() const { return m_thon5; }
    /// How many members the database holds.
    qsizetype memberCount() const;
    /// Writes `utf8` to a file named `name` in a temporary folder and reads it with SheetReader.
    SheetGrid csv(const QString& name, const char* utf8) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_rootId;
    QUuid m_thon3;
    QUuid m_thon5;
};

/// Every problem of `preview`: the file's, then each row's.
QStringList allProblems(const MemberImportPreview& preview);
/// A grid built in code: each row's cells as text (empty strings are empty cells).
SheetGrid textGrid(const QList<QStringList>& rows);
/// QStrings from UTF-8 source text (one is `text`, of support/TestData.h).
QStringList texts(std::initializer_list<const char*> utf8);

} // namespace chibo::test
