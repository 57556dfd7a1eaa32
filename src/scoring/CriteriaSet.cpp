// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaSet.h"

#include "core/EnumCodes.h"
#include "core/JsonLocator.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

/// One `results` reference: the file read and where the reference is written.
struct Reference {
    QString id;
    QString pointer; ///< of the id inside the node's "criteria" list
    ResultsQuery::Over over;
    QString level;        ///< the level the aggregate counts from, if any
    QString levelPointer; ///< where that level is written
};

void collectReferences(const Node& node, QList<Reference>& out)
{
    if (node.op == Node::Op::Results) {
        for (qsizetype i = 0; i < node.results.criteriaIds.size(); ++i)
            out.append(Reference{
                node.results.criteriaIds[i], node.pointer + QStringLiteral("/results/criteria/%1").arg(i),
                node.results.over, node.results.level, node.pointer + QStringLiteral("/results/level")});
    }
    for (const Node& operand : node.operands)
        collectReferences(operand, out);
}

/// Every `results` reference of a file, in the order of its expressions.
QList<Reference> referencesOf(const Criteria& criteria)
{
    QList<Reference> out;
    for (const Node* root : criteria.expressions())
        collectReferences(*root, out);
    return out;
}

SubjectKind subjectRead(ResultsQuery::Over over)
{
    switch (over) {
    case ResultsQuery::Over::Meetings: return SubjectKind::Meeting;
    case ResultsQuery::Over::Months: return SubjectKind::OrganisationMonth;
    case ResultsQuery::Over::Members: return SubjectKind::MemberYear;
    case ResultsQuery::Over::Subordinates: return SubjectKind::OrganisationYear;
    }
    return SubjectKind::OrganisationYear;
}

bool overlaps(const Criteria& a, const Criteria& b)
{
    const bool aEndsBefore = a.validTo.isValid() && a.validTo < b.validFrom;
    const bool bEndsBefore = b.validTo.isValid() && b.validTo < a.validFrom;
    return !aEndsBefore && !bEndsBefore;
}

QString overCode(ResultsQuery::Over over)
{
    switch (over) {
    case ResultsQuery::Over::Meetings: return QStringLiteral("meetings");
    case ResultsQuery::Over::Months: return QStringLiteral("months");
    case ResultsQuery::Over::Members: return QStringLiteral("members");
    case ResultsQuery::Over::Subordinates: return QStringLiteral("subordinates");
    }
    return {};
}

/// What the checks across files share: the files that loaded without a problem of their own (sorted by
/// id then valid_from), the ids of every file given, and which files are left out so far.
struct SetState {
    const QList<CriteriaSource>& sources;
    const QList<Criteria>& files;
    const QSet<QString>& allIds;
    CriteriaProblems& problems;
    QList<bool> excluded;
};

void report(SetState& state, qsizetype file, const QString& pointer, const QString& code,
            const QString& message)
{
    const Criteria& criteria = state.files[file];
    const auto source =
        std::find_if(state.sources.cbegin(), state.sources.cend(),
                     [&](const CriteriaSource& item) { return item.name == criteria.sourceName; });
    JsonLocator::Position position;
    if (source != state.sources.cend())
        position = JsonLocator(source->bytes).locate(pointer).value_or(JsonLocator::Position{});
    state.problems.append(
        CriteriaProblem{criteria.sourceName, position.line, position.column, pointer, code, message});
    state.excluded[file] = true;
}

void checkOverlaps(SetState& state)
{
    // Compare each file with every earlier file of its id; report on the later one.
    for (qsizetype later = 0; later < state.files.size(); ++later) {
        const Criteria& file = state.files[later];
        for (qsizetype earlier = later - 1; earlier >= 0 && state.files[earlier].id == file.id; --earlier) {
            if (!overlaps(state.files[earlier], file))
                continue;
            report(
                state, later, QStringLiteral("/valid_from"), QStringLiteral("criteria.validity-overlap"),
                CriteriaSet::tr("This file and %1 both have the id \"%2\" and are both in force on %3; the "
                                "dates of two versions of a file must not overlap.")
                    .arg(state.files[earlier].sourceName, file.id, file.validFrom.toString(Qt::ISODate)));
            break;
        }
    }
}

void checkReference(SetState& state, qsizetype file, const Reference& reference)
{
    if (!state.allIds.contains(reference.id)) {
        report(state, file, reference.pointer, QStringLiteral("criteria.unknown-criteria"),
               CriteriaSet::tr("No criteria file has the id \"%1\".").arg(reference.id));
        return;
    }
    const SubjectKind wanted = subjectRead(reference.over);
    for (const Criteria& target : state.files) {
        if (target.id != reference.id)
            continue;
        if (!reference.level.isEmpty() && target.levelRank(reference.level) < 0) {
            report(state, file, reference.levelPointer, QStringLiteral("criteria.unknown-level"),
                   CriteriaSet::tr("The file \"%1\" (%2) has no level \"%3\".")
                       .arg(reference.id, target.sourceName, reference.level));
            return;
        }
        if (target.subject == wanted)
            continue;
        report(state, file, reference.pointer, QStringLiteral("criteria.results-subject"),
               CriteriaSet::tr(
                   "The file \"%1\" is about \"%2\"; results over \"%3\" must come from a file about "
                   "\"%4\".")
                   .arg(reference.id, codeOf(target.subject), overCode(reference.over), codeOf(wanted)));
        return;
    }
}

/// Whether the files with id `from` read, directly or through others, a file with id `target`.
bool reaches(const QHash<QString, QSet<QString>>& reads, const QString& from, const QString& target)
{
    QSet<QString> seen;
    QStringList queue{from};
    while (!queue.isEmpty()) {
        const QString id = queue.takeLast();
        for (const QString& next : reads.value(id)) {
            if (next == target)
                return true;
            if (!seen.contains(next)) {
                seen.insert(next);
                queue.append(next);
            }
        }
    }
    return false;
}

void checkCycles(SetState& state)
{
    QHash<QString, QSet<QString>> reads;
    for (const Criteria& file : state.files) {
        for (const Reference& reference : referencesOf(file))
            reads[file.id].insert(reference.id);
    }
    for (qsizetype file = 0; file < state.files.size(); ++file) {
        const QString& id = state.files[file].id;
        for (const Reference& reference : referencesOf(state.files[file])) {
            if (reference.id != id && !reaches(reads, reference.id, id))
                continue;
            report(
                state, file, reference.pointer, QStringLiteral("criteria.reference-cycle"),
                CriteriaSet::tr("The file \"%1\" reads the results of \"%2\", which in turn read the results "
                                "of \"%1\"; files must not read each other in a cycle.")
                    .arg(id, reference.id));
            break;
        }
    }
}

/// Leaves out, until nothing changes, every file that reads an id one of whose files is left out.
void excludeReaders(SetState& state, const QSet<QString>& brokenIds)
{
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> excludedIds = brokenIds;
        for (qsizetype file = 0; file < state.files.size(); ++file) {
            if (state.excluded[file])
                excludedIds.insert(state.files[file].id);
        }
        for (qsizetype file = 0; file < state.files.size(); ++file) {
            if (state.excluded[file])
                continue;
            for (const Reference& reference : referencesOf(state.files[file])) {
                if (!excludedIds.contains(reference.id))
                    continue;
                report(
                    state, file, reference.pointer, QStringLiteral("criteria.reads-excluded"),
                    CriteriaSet::tr("This file reads the results of \"%1\", which cannot be used because of "
                                    "the problems reported for it.")
                        .arg(reference.id));
                changed = true;
                break;
            }
        }
    }
}

/// The id a file that failed to load declares, if its text can tell: readers of it are then told that
/// it is left out rather than that no file has the id.
QString idOf(const CriteriaSource& source)
{
    const QJsonDocument document = QJsonDocument::fromJson(source.bytes);
    return document.object().value(QLatin1String("id")).toString();
}

bool byIdThenValidity(const Criteria& a, const Criteria& b)
{
    if (a.id != b.id)
        return a.id < b.id;
    if (a.validFrom != b.validFrom)
        return a.validFrom < b.validFrom;
    return a.sourceName < b.sourceName;
}

} // namespace

CriteriaSet::Loaded CriteriaSet::load(const QList<CriteriaSource>& sources)
{
    Loaded loaded;
    QList<Criteria> files;
    QSet<QString> allIds;
    QSet<QString> brokenIds;
    for (const CriteriaSource& source : sources) {
        CriteriaLoader::Loaded one = CriteriaLoader::load(source);
        loaded.problems += one.problems;
        if (one.criteria) {
            allIds.insert(one.criteria->id);
            files.append(std::move(*one.criteria));
            continue;
        }
        // A broken file still names its id when it can, so that readers are told why they are left out.
        if (const QString id = idOf(source); !id.isEmpty()) {
            allIds.insert(id);
            brokenIds.insert(id);
        }
    }
    std::stable_sort(files.begin(), files.end(), byIdThenValidity);
    SetState state{sources, files, allIds, loaded.problems, QList<bool>(files.size(), false)};
    checkOverlaps(state);
    for (qsizetype file = 0; file < files.size(); ++file) {
        for (const Reference& reference : referencesOf(files[file]))
            checkReference(state, file, reference);
    }
    checkCycles(state);
    excludeReaders(state, brokenIds);
    for (qsizetype file = 0; file < files.size(); ++file) {
        if (!state.excluded[file])
            loaded.set.m_files.append(files[file]);
    }
    std::stable_sort(loaded.problems.begin(), loaded.problems.end(), [](const auto& a, const auto& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return loaded;
}

const Criteria* CriteriaSet::find(const QString& id, QDate periodEnd) const
{
    const auto found = std::find_if(m_files.cbegin(), m_files.cend(), [&](const Criteria& file) {
        return file.id == id && file.isValidOn(periodEnd);
    });
    return found == m_files.cend() ? nullptr : &*found;
}

const Criteria* CriteriaSet::latest(const QString& id) const
{
    const Criteria* best = nullptr;
    for (const Criteria& file : m_files) {
        if (file.id == id && (!best || file.validFrom >= best->validFrom))
            best = &file;
    }
    return best;
}

} // namespace chibo
