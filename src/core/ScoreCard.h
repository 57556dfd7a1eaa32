// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rational.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <tuple>

namespace chibo {

/// What a criteria file evaluates; each subject has its own period.
enum class SubjectKind {
    Meeting,           ///< one meeting; the period is its date
    MemberYear,        ///< one member over a year
    OrganisationMonth, ///< one organisation over a month
    OrganisationYear,  ///< one organisation over a year
};

/// A text in both languages, copied from a criteria file so a result explains itself without it.
struct BilingualText {
    QString vi;
    QString en;

    const QString& pick(bool english) const { return english && !en.isEmpty() ? en : vi; }
    bool operator==(const BilingualText&) const = default;
};

/// A value an indicator or a metric produced. Missing means the records cannot give one (a share of
/// zero expected members, an entry nobody made): rules treat it as unknown, never as zero.
struct ScoreValue {
    enum class Type { Missing, Number, Boolean, Code };

    Type type = Type::Missing;
    Rational number;
    bool boolean = false;
    QString code; ///< a grade or level code

    static ScoreValue missing() { return {}; }
    static ScoreValue of(Rational value) { return {Type::Number, value, false, {}}; }
    static ScoreValue ofBool(bool value) { return {Type::Boolean, {}, value, {}}; }
    static ScoreValue ofCode(QString value) { return {Type::Code, {}, false, std::move(value)}; }
    bool isMissing() const { return type == Type::Missing; }
    /// Canonical text: "17/20", "true", "tot", "" for missing.
    QString toString() const;
    bool operator==(const ScoreValue&) const = default;
};

/// One input of a value, e.g. present = 12 and expected = 14 for an attendance share.
struct NamedValue {
    QString name;
    ScoreValue value;

    bool operator==(const NamedValue&) const = default;
};

/// A record behind a value. kind: "meeting", "attendance" (id = meeting, detail = member), "member",
/// "organisation", "target", "discipline", "leave", "dues" (id = member, detail = "YYYY-MM"),
/// "violation", "commendation", "rating", "result" (id = subject, detail = criteria id).
struct RecordRef {
    QString kind;
    QUuid id;
    QString detail;

    bool operator==(const RecordRef&) const = default;
    auto operator<=>(const RecordRef& other) const
    {
        return std::tie(kind, id, detail) <=> std::tie(other.kind, other.id, other.detail);
    }
};

/// Three-valued truth: a condition on a missing value is Unknown, and ChiBo flags it.
enum class Truth { False, True, Unknown };

/// One comparison inside a condition, as evaluated: "indicator:attendance = 4/5 ≥ 17/20 → False".
/// `what` names the left side: "indicator:ID", "points:ID", "metric:NAME", "param:NAME", "total", "results".
struct Check {
    QString what;
    ScoreValue actual;
    QString op; ///< ">=", ">", "<=", "<", "==", "!=", "grade>="
    ScoreValue expected;
    Truth result = Truth::Unknown;

    bool operator==(const Check&) const = default;
};

enum class IndicatorOutcome {
    Pass,          ///< its pass condition holds
    Fail,          ///< its pass condition does not hold
    Info,          ///< no pass condition: a value (and maybe points) only
    Missing,       ///< the value is missing (not entered, or nothing to measure)
    NotApplicable, ///< the file says it does not apply to this subject
};

struct IndicatorResult {
    QString id;
    BilingualText label;
    QString legalRef;
    ScoreValue value;
    QList<NamedValue> inputs;
    QList<RecordRef> records; ///< sorted, no duplicates
    QList<Check> passChecks;  ///< the pass condition's comparisons, which state the threshold
    bool scored = false;      ///< the indicator gives points
    Rational points;
    Rational maxPoints;
    IndicatorOutcome outcome = IndicatorOutcome::Info;

    bool operator==(const IndicatorResult&) const = default;
};

/// Why a level was or was not given: a classification rule, cap, eligibility rule or flag, with the
/// comparisons that decided it.
struct Reason {
    enum class Kind { Rule, Exception, Cap, NotRated, Quota };

    Kind kind = Kind::Rule;
    QString ruleId;
    BilingualText label;
    QString legalRef;
    Truth met = Truth::Unknown;
    QString level; ///< the level the rule gives or the cap allows
    QList<Check> checks;

    bool operator==(const Reason&) const = default;
};

/// A case the rules leave open, or a value missing: a person must decide. Never guessed.
struct Flag {
    QString id;
    BilingualText label;
    QString legalRef;
    QList<Check> checks;

    bool operator==(const Flag&) const = default;
};

/// The result of one criteria file for one subject and period.
struct ScoreCard {
    QString criteriaId;
    QString criteriaVersion;
    QString contentHash; ///< SHA-256 of the criteria file's bytes, hex
    SubjectKind subjectKind = SubjectKind::OrganisationYear;
    QUuid subjectId;
    QUuid orgId;    ///< the organisation the subject belongs to (itself for an organisation)
    QString period; ///< "2025", "2025-03" or "2025-03-14"
    bool rated = true;
    QList<IndicatorResult> indicators;
    bool hasPoints = false;
    Rational total;
    Rational maxTotal;
    QString level; ///< a level code of the file, "" when not rated or undetermined
    QList<Reason> reasons;
    QList<Flag> flags;

    bool needsDecision() const { return rated && (level.isEmpty() || !flags.isEmpty()); }
    bool operator==(const ScoreCard&) const = default;
};

/// "HTXS ≤ 20 % of HTT" across one grassroots organisation: the counts and what is allowed.
struct QuotaState {
    QString criteriaId;
    QString quotaId;
    BilingualText label;
    QString legalRef;
    QUuid scopeOrgId; ///< members: their grassroots organisation; organisations: the committee above them
    QString level;    ///< the limited level, e.g. "htxs"
    QStringList baseLevels;
    qint64 current = 0;   ///< subjects proposed at `level`
    qint64 baseCount = 0; ///< subjects proposed at a base level
    qint64 allowed = 0;   ///< floor(baseCount × share): never rounded up
    bool exceeded() const { return current > allowed; }
    bool operator==(const QuotaState&) const = default;
};

/// Everything one evaluation produced, in a stable order: by criteria id, subject kind, period, subject.
struct ScoreRun {
    QList<ScoreCard> cards;
    QList<QuotaState> quotas;

    bool operator==(const ScoreRun&) const = default;
};

} // namespace chibo
