// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/InProcessFigures.h"

#include "bench/SampleStats.h"
#include "core/OrgTree.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "services/ClassificationSweep.h"
#include "services/CriteriaLibrary.h"
#include "services/OrgSnapshot.h"
#include "services/RecordEditing.h"
#include "services/ScorecardRun.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "storage/sqlite/AttendanceScan.h"

#include <QElapsedTimer>

#include <cstdio>

namespace chibo {

namespace {

const Session Bench{QStringLiteral("chibo-bench"), Role::Admin, {}};

int fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

double millis(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void result(const QString& line)
{
    std::printf("result %s\n", qPrintable(line));
    std::fflush(stdout);
}

/// The cell whose member count is nearest to `wanted`, among the first cells of the tree.
QUuid cellOfAbout(const Workspace& workspace, const OrgTree& tree, int wanted)
{
    QUuid best;
    qsizetype bestGap = -1;
    int looked = 0;
    for (const Organisation* root : tree.roots()) {
        for (const Organisation* org : tree.subtree(root->id)) {
            if (!org->isCell() || ++looked > 400)
                continue;
            const auto members = workspace.storage().members().registeredIn({org->id});
            const qsizetype gap = members ? std::abs(members->size() - wanted) : -1;
            if (gap >= 0 && (bestGap < 0 || gap < bestGap)) {
                best = org->id;
                bestGap = gap;
            }
        }
    }
    return best;
}

} // namespace

int InProcessFigures::classifyProvince(const QString& path, int year, QDate asOf)
{
    auto workspace = Workspace::open(path);
    const auto criteria = CriteriaLibrary::load();
    if (!workspace || !criteria)
        return fail(QStringLiteral("cannot open %1 or the criteria").arg(path));
    const auto root = (*workspace)->findOrganisation(QString());
    if (!root)
        return fail(root.error().toString());
    qint64 loadNs = 0;
    qint64 classifyNs = 0;
    qint64 storeNs = 0;
    qsizetype cards = 0;
    qsizetype members = 0;
    int units = 0;
    const Status swept = ClassificationSweep::run(**workspace, Bench, criteria->set, root->id, year, asOf,
                                                  QDateTime::currentDateTimeUtc(),
                                                  [&](const ClassificationSweep::Unit& unit) -> Status {
                                                      loadNs += unit.loadNs;
                                                      classifyNs += unit.classifyNs;
                                                      storeNs += unit.storeNs;
                                                      cards += unit.classification.run.cards.size();
                                                      members += unit.snapshot.dataset.members.size();
                                                      ++units;
                                                      return {};
                                                  });
    if (!swept)
        return fail(swept.error().toString());
    result(QStringLiteral("load_ms=%1 classify_ms=%2 store_ms=%3 cards=%4 members=%5 units=%6")
               .arg(double(loadNs) / 1e6, 0, 'f', 1)
               .arg(double(classifyNs) / 1e6, 0, 'f', 1)
               .arg(double(storeNs) / 1e6, 0, 'f', 1)
               .arg(cards)
               .arg(members)
               .arg(units));
    return 0;
}

int InProcessFigures::rescoreCell(const QString& path, int year, QDate asOf, int iterations)
{
    auto opened = Workspace::open(path);
    const auto criteria = CriteriaLibrary::load();
    const auto organisations =
        opened ? OrgSnapshot::read(**opened) : Result<std::unique_ptr<OrgSnapshot>>(Error{});
    if (!opened || !criteria || !organisations)
        return fail(QStringLiteral("cannot open %1 or the criteria").arg(path));
    Workspace& workspace = **opened;
    const QUuid cellId = cellOfAbout(workspace, (*organisations)->tree(), 30);
    auto first = ScorecardRun::load(workspace, criteria->set, cellId, year, asOf);
    if (!first)
        return fail(first.error().toString());
    std::optional<Meeting> meeting;
    for (const Meeting& each : (*first)->dataset().meetings) {
        if (each.orgId == cellId && each.date.year() == year && each.state < MeetingState::Locked &&
            each.attendance.size() > 1)
            meeting = each;
    }
    if (!meeting)
        return fail(QStringLiteral("no open meeting with attendance in the cell"));
    QList<double> saves;
    QList<double> rescores;
    for (int i = 0; i < iterations; ++i) {
        Meeting changed = *meeting;
        Attendance& row = changed.attendance[1];
        row.status =
            row.status == AttendanceStatus::Present ? AttendanceStatus::Late : AttendanceStatus::Present;
        QElapsedTimer timer;
        timer.start();
        if (const auto saved = RecordEditing::apply(workspace, Bench, Change<Meeting>{*meeting, changed});
            !saved)
            return fail(saved.error().toString());
        saves.append(millis(timer));
        timer.restart();
        const auto rescored = ScorecardRun::load(workspace, criteria->set, cellId, year, asOf);
        if (!rescored)
            return fail(rescored.error().toString());
        rescores.append(millis(timer));
        meeting = changed;
    }
    const SampleStats save(saves);
    const SampleStats rescore(rescores);
    result(QStringLiteral("save_ms=%1 rescore_ms=%2 rescore_p95_ms=%3 members=%4 iterations=%5")
               .arg(save.median(), 0, 'f', 3)
               .arg(rescore.median(), 0, 'f', 3)
               .arg(rescore.percentile(95), 0, 'f', 3)
               .arg(workspace.storage().members().registeredIn({cellId})->size())
               .arg(iterations));
    return 0;
}

int InProcessFigures::searchMembers(const QString& path, QDate day)
{
    auto opened = Workspace::open(path);
    const auto organisations =
        opened ? OrgSnapshot::read(**opened) : Result<std::unique_ptr<OrgSnapshot>>(Error{});
    if (!opened || !organisations)
        return fail(QStringLiteral("cannot open %1").arg(path));
    const OrgTree& tree = (*organisations)->tree();
    QList<QUuid> ids;
    QHash<QUuid, QString> names;
    for (const Organisation* org : tree.subtree(tree.roots().constFirst()->id)) {
        ids.append(org->id);
        names.insert(org->id, org->name);
    }
    auto members = (*opened)->storage().members().registeredIn(ids);
    if (!members)
        return fail(members.error().toString());
    const qsizetype count = members->size();
    MemberTableModel model;
    model.setMembers(std::move(members).value(), std::move(names), day);
    MemberFilterProxy proxy;
    proxy.setSourceModel(&model);
    QList<double> keystrokes;
    qint64 shown = 0;
    for (const char* typed : {"nguyen van hung", "tran thi hoa", "le duc thang", "dang thi nguyet",
                              "y bhim nie", "h'luyen mlo", "pham quoc dat", "nong thi lan"}) {
        const QString name = QString::fromLatin1(typed);
        for (qsizetype length = 1; length <= name.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(name.left(length));
            shown += proxy.rowCount();
            keystrokes.append(millis(timer));
        }
        proxy.setSearchText(QString());
    }
    const SampleStats stats(keystrokes);
    result(QStringLiteral("median_ms=%1 p95_ms=%2 keystrokes=%3 members=%4 shown=%5")
               .arg(stats.median(), 0, 'f', 2)
               .arg(stats.percentile(95), 0, 'f', 2)
               .arg(keystrokes.size())
               .arg(count)
               .arg(shown));
    return 0;
}

int InProcessFigures::attendanceFloor(const QString& path, int year)
{
    double best = -1;
    qint64 rows = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto totals = AttendanceScan::read(path, year);
        if (!totals)
            return fail(totals.error().toString());
        const double elapsed = millis(timer);
        rows = totals->rows;
        best = best < 0 ? elapsed : std::min(best, elapsed);
    }
    result(QStringLiteral("floor_ms=%1 rows=%2").arg(best, 0, 'f', 1).arg(rows));
    return 0;
}

} // namespace chibo
