// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"
#include "scoring/CriteriaSet.h"
#include "services/Workspace.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace chibo::test {

/// The demo database (as of 22/11/2026) in a private directory, whose data directory (and so the user's
/// criteria folder) is there too; the workspace open on it and the shipped criteria loaded.
struct YearendFixture {
    YearendFixture();
    QUuid orgId(const QString& name) const;
    static QDate day() { return QDate(2026, 11, 22); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
};

/// Remembers every report, and cancels once `cancelAfter` reports were made (never with -1).
class RecordingProgress final : public Progress {
public:
    struct Report {
        int done;
        int total;
        QString step;
    };

    explicit RecordingProgress(int cancelAfter = -1)
        : m_cancelAfter(cancelAfter)
    {}
    void report(int done, int total, const QString& step) override { reports.append({done, total, step}); }
    bool cancelled() const override { return m_cancelAfter >= 0 && reports.size() >= m_cancelAfter; }

    QList<Report> reports;

private:
    int m_cancelAfter;
};

/// The bytes of a shipped criteria file, read from the source tree.
QByteArray shippedCriteriaFile(const QString& fileName);

} // namespace chibo::test
