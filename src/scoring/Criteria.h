// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/ScoreCard.h"
#include "scoring/Node.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace chibo {

/// A document a rule rests on, identified by number, symbol and date (never the number alone: there
/// are two "HD 12-HD/BTCTW").
struct LegalBasis {
    QString number;      ///< "366"
    QString symbol;      ///< "QĐ/TW"
    QDate date;          ///< of signature
    QString issuer;      ///< "Bộ Chính trị"
    QString title;       ///< trích yếu
    QString url;         ///< where it was read
    QString reliability; ///< "official", "legal-db", "press", "local", "unofficial"

    bool operator==(const LegalBasis&) const = default;
};

struct AppliesTo {
    QList<OrgKind> orgKinds;   ///< empty: any kind that has subjects of this file
    QList<CellType> cellTypes; ///< empty: any
    QString locality;          ///< empty: anywhere; else matched against Organisation::locality (folded)

    bool operator==(const AppliesTo&) const = default;
};

/// A level of the file's outcome ladder: "htxs", "tot", "dat"…; the file lists them best first.
struct Level {
    QString code;
    BilingualText label;

    bool operator==(const Level&) const = default;
};

/// A band of a points table: from ≤ value < to; a missing end is unbounded.
struct Band {
    std::optional<Rational> from;
    std::optional<Rational> to;
    Rational points;
    QString pointer;

    bool operator==(const Band&) const = default;
};

struct Bonus {
    QString id;
    BilingualText label;
    QString legalRef;
    Node when;
    Rational points;

    bool operator==(const Bonus&) const = default;
};

/// What a person enters for an indicator the records cannot compute (stored as a Rating).
struct InputSpec {
    enum class Kind { None, Points, Grade, YesNo };

    Kind kind = Kind::None;
    Rational max;                        ///< Points: the largest value allowed
    QList<Level> scale;                  ///< Grade: the grades, best first
    QMap<QString, Rational> gradePoints; ///< Grade: points per grade code, if the grade gives points

    bool operator==(const InputSpec&) const = default;
};

struct Indicator {
    enum class WhenMissing { Flag, NoPoints, FullPoints };

    QString id;
    BilingualText label;
    QString legalRef;
    BilingualText note;
    std::optional<Node> value;         ///< computed indicators
    InputSpec input;                   ///< entered indicators (exactly one of value / input)
    QList<Band> bands;                 ///< points by the value's band, or
    std::optional<Node> pointsFormula; ///< points by a formula (may use Node::Op::Value)
    std::optional<Rational> maxPoints; ///< points (with bonuses) never exceed this
    QList<Bonus> bonuses;
    std::optional<Node> pass;        ///< pass condition, usually on the value
    std::optional<Node> appliesWhen; ///< false: NotApplicable, no points and not counted in maxTotal
    WhenMissing whenMissing = WhenMissing::Flag;
    QString pointer;

    bool givesPoints() const
    {
        return !bands.isEmpty() || pointsFormula || (input.kind != InputSpec::Kind::None && maxPoints) ||
               !input.gradePoints.isEmpty();
    }
    bool operator==(const Indicator&) const = default;
};

/// A rung of the classification ladder: the first rule whose `when` holds (and `unless` does not) gives
/// its level. `flag` marks a rung that covers a case the rules leave open: its level is only a proposal.
struct LadderRule {
    QString id;
    BilingualText label;
    QString legalRef;
    QString level;
    Node when;
    std::optional<Node> unless; ///< the exception clause, e.g. self-discovered and remedied
    bool flag = false;

    bool operator==(const LadderRule&) const = default;
};

/// When `when` holds the level can be at most `atMost` (sick leave ≥ 3 months → at most HT).
struct Cap {
    QString id;
    BilingualText label;
    QString legalRef;
    QString atMost;
    Node when;

    bool operator==(const Cap&) const = default;
};

/// A case for a person: when `when` holds (or cannot be decided) the result is flagged.
struct FlagRule {
    QString id;
    BilingualText label;
    QString legalRef;
    Node when;

    bool operator==(const FlagRule&) const = default;
};

/// A subject matching `when` is not rated, with this reason (admitted < 6 months, exempt, suspended).
struct EligibilityRule {
    QString id;
    BilingualText reason;
    QString legalRef;
    Node when;

    bool operator==(const EligibilityRule&) const = default;
};

/// At most `share` of the subjects at a base level may be at `level`, across each grassroots
/// organisation. Allowed = floor(base count × share).
struct Quota {
    QString id;
    BilingualText label;
    QString legalRef;
    QString level;
    QStringList baseLevels;
    Rational share;

    bool operator==(const Quota&) const = default;
};

/// One criteria file, loaded and checked (docs/criteria-format.md).
struct Criteria {
    int schemaVersion = 1;
    QString id;
    QString version;
    BilingualText title;
    BilingualText description;
    bool example = false; ///< a template for a committee to adapt, not a rule in force
    QList<LegalBasis> legalBasis;
    QDate validFrom;
    QDate validTo; ///< invalid: open-ended
    AppliesTo appliesTo;
    SubjectKind subject = SubjectKind::OrganisationYear;
    QList<Level> levels; ///< best first; empty when the file gives points or pass/fail only
    QMap<QString, Rational> parameters;
    QList<EligibilityRule> eligibility;
    QList<Indicator> indicators;
    QList<LadderRule> ladder;
    QString otherwise; ///< the level when no rung matches; "" = undetermined (flagged)
    QList<Cap> caps;
    QList<FlagRule> flags;
    std::optional<Quota> quota;

    QString sourceName;  ///< file name, for messages
    QString contentHash; ///< SHA-256 of the file's bytes, hex

    /// `id@version`, how results name their rules.
    QString reference() const { return id + u'@' + version; }
    /// Whether the file is in force for a period ending on `periodEnd`.
    bool isValidOn(QDate periodEnd) const
    {
        return periodEnd >= validFrom && (!validTo.isValid() || periodEnd <= validTo);
    }
    /// Index of a level code, 0 = best; -1 when unknown.
    int levelRank(const QString& code) const;
    const Indicator* indicator(const QString& indicatorId) const;
    /// The root of every expression and condition in the file: eligibility, indicators, ladder, caps,
    /// flags.
    QList<const Node*> expressions() const;
    /// The ids of the files whose results this one reads, sorted, without duplicates.
    QStringList dependencies() const;
};

} // namespace chibo
