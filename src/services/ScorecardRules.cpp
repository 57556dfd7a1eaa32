// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScorecardRules.h"

#include "services/Applicability.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace chibo {

namespace {

/// "2. …", "B11. …": an optional capital letter, a number, a full stop and a space.
const QRegularExpression& sectionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]?)(\\d+)\\.\\s+"));
    return pattern;
}

bool isCellKind(OrgKind kind)
{
    return kind == OrgKind::GrassrootsCell || kind == OrgKind::SubordinateCell;
}

/// Whether the file may have cells among its subjects.
bool reachesCells(const Criteria& file)
{
    const QList<OrgKind>& kinds = file.appliesTo.orgKinds;
    return kinds.isEmpty() || std::any_of(kinds.cbegin(), kinds.cend(), isCellKind);
}

bool inForceWithin(const Criteria& file, QDate from, QDate to)
{
    return file.validFrom <= to && (!file.validTo.isValid() || file.validTo >= from);
}

int subjectOrder(SubjectKind subject)
{
    switch (subject) {
    case SubjectKind::OrganisationYear: return 0;
    case SubjectKind::OrganisationMonth: return 1;
    case SubjectKind::Meeting: return 2;
    case SubjectKind::MemberYear: return 3;
    }
    return 3;
}

/// Whether `org` has subjects of the file's kind in the period, as the engine lists them.
bool inForceFor(const Criteria& file, const Organisation& org, int year, int month)
{
    const QDate yearEnd(year, 12, 31);
    const QDate from = month == 0 ? QDate(year, 1, 1) : QDate(year, month, 1);
    const QDate to = month == 0 ? yearEnd : from.addMonths(1).addDays(-1);
    switch (file.subject) {
    case SubjectKind::Meeting: return inForceWithin(file, from, to);
    case SubjectKind::OrganisationMonth: return org.isCell() && file.isValidOn(to);
    case SubjectKind::OrganisationYear:
        return org.kind != OrgKind::PartyGroup && org.kind != OrgKind::UpperCommittee &&
               file.isValidOn(yearEnd);
    case SubjectKind::MemberYear: return false;
    }
    return false;
}

} // namespace

QList<const Criteria*> ScorecardRules::applicable(const CriteriaSet& criteria, const Organisation& org,
                                                  int year, int month)
{
    QList<const Criteria*> files;
    QStringList ids;
    for (const Criteria& file : criteria.files()) {
        if (ids.contains(file.id) || !Applicability::admits(file, org) || !inForceFor(file, org, year, month))
            continue;
        ids.append(file.id);
        files.append(&file);
    }
    std::stable_sort(files.begin(), files.end(), [](const Criteria* a, const Criteria* b) {
        return std::make_tuple(subjectOrder(a->subject), a->example, a->id) <
               std::make_tuple(subjectOrder(b->subject), b->example, b->id);
    });
    return files;
}

QStringList ScorecardRules::idsOf(const QList<const Criteria*>& files)
{
    QStringList ids;
    for (const Criteria* file : files) {
        if (!ids.contains(file->id))
            ids.append(file->id);
    }
    return ids;
}

const Criteria* ScorecardRules::cellModel(const CriteriaSet& criteria, const Organisation& committee,
                                          int year)
{
    const QDate yearEnd(year, 12, 31);
    // A grassroots cell directly under an upper committee has no committee of its own: its files are
    // found as if it were one, with its locality and cell type.
    Organisation asCommittee = committee;
    asCommittee.kind = OrgKind::GrassrootsCommittee;
    for (const Criteria& file : criteria.files()) {
        if (file.subject != SubjectKind::OrganisationYear || file.example || reachesCells(file) ||
            !file.isValidOn(yearEnd) || !Applicability::admits(file, asCommittee))
            continue;
        for (const QString& id : file.dependencies()) {
            const Criteria* read = criteria.find(id, yearEnd);
            if (read && read->subject == SubjectKind::OrganisationYear && !read->example &&
                reachesCells(*read))
                return read;
        }
    }
    return nullptr;
}

QString ScorecardRules::sectionOf(const QString& label)
{
    const QRegularExpressionMatch match = sectionPattern().match(label);
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

Truth ScorecardRules::sectionMet(const ScoreCard& card, const QString& section)
{
    bool missing = false;
    for (const IndicatorResult& item : card.indicators) {
        if (sectionOf(item.label.vi) != section)
            continue;
        if (item.outcome == IndicatorOutcome::Fail)
            return Truth::False;
        missing = missing || item.outcome == IndicatorOutcome::Missing;
    }
    return missing ? Truth::Unknown : Truth::True;
}

QString ScorecardRules::withoutSection(const QString& label)
{
    const QRegularExpressionMatch match = sectionPattern().match(label);
    return match.hasMatch() ? label.mid(match.capturedLength(0)) : label;
}

} // namespace chibo
