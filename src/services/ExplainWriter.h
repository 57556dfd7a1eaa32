// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

/// Writes results as sentences for people: the level and points, each rule tried with the comparisons
/// that failed ("why not higher"), the caps, the flags for a decision, and each indicator's value with
/// its threshold, legal reference and the records behind it. Vietnamese or English, as the criteria
/// labels and the installed translation give.
class ExplainWriter {
    Q_DECLARE_TR_FUNCTIONS(ExplainWriter)

public:
    ExplainWriter(const CriteriaSet& criteria, const SubjectNames& names, bool english);

    /// One line: "Nguyễn Văn An — Hoàn thành tốt nhiệm vụ (htt) — 85/100 điểm — cần quyết định".
    QString headline(const ScoreCard& card) const;
    /// The headline and, indented, the reasons, flags and indicators.
    QStringList explain(const ScoreCard& card, bool withIndicators) const;
    /// "Đảng bộ xã Ea Sin: 5 htxs of 30 htt — at most 6 allowed — within the quota".
    QString quotaLine(const QuotaState& quota) const;
    /// The label of a level code in the card's file, with the code: "Hoàn thành tốt nhiệm vụ (htt)".
    QString levelLabel(const ScoreCard& card, const QString& code) const;
    /// A value for people: "11/13 (84.62 %)", "yes", "missing".
    QString valueText(const ScoreValue& value) const;

private:
    QString checkText(const ScoreCard& card, const Check& check) const;
    QString whatText(const ScoreCard& card, const QString& what) const;
    QStringList indicatorLines(const ScoreCard& card) const;
    QString recordsText(const QList<RecordRef>& records) const;
    const Criteria* criteriaOf(const ScoreCard& card) const;

    const CriteriaSet& m_criteria;
    const SubjectNames& m_names;
    bool m_english = false;
};

} // namespace chibo
