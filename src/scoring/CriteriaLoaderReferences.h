// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"
#include "scoring/CriteriaLoaderContext.h"

#include <QCoreApplication>
#include <QHash>

namespace chibo {

/// The second pass over a read file, once every indicator is known: references to indicators, their
/// points and grades; cycles of indicators reading each other; the kind of every expression (numbers,
/// conditions, codes) where an operator or a field needs one; and the domain a points table must cover.
class CriteriaLoaderReferences {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderReferences)

public:
    CriteriaLoaderReferences(CriteriaLoaderContext& context, const Criteria& criteria);

    void check();

private:
    enum class Kind { Unknown, Number, Boolean, Code, Grade };
    struct Typed {
        Kind kind = Kind::Unknown;
        const Indicator* grade = nullptr; ///< for Kind::Grade, the indicator whose scale applies
    };

    void checkIndicator(const Indicator& indicator);
    void checkRules();
    /// The kind of `node`, reporting what is wrong inside it when m_reporting is set.
    Typed typeOf(const Node& node, const Indicator* current);
    Typed typeOfComparison(const Node& node, const Indicator* current);
    Typed typeOfGradeAtLeast(const Node& node, const Indicator* current);
    void expect(const Node& node, const Indicator* current, Kind wanted);
    void mismatch(const Node& node, Kind wanted, Kind actual);
    void checkCode(const Node& code, const Indicator& grade);
    const Indicator* resolve(const QString& id, const QString& pointer);
    Typed indicatorType(const Indicator& indicator);
    bool isShare(const Indicator& indicator, int depth = 0) const;
    void checkCycles();

    CriteriaLoaderContext& m_context;
    const Criteria& m_criteria;
    QHash<QString, const Indicator*> m_byId;
    QHash<const Indicator*, Typed> m_types;
    QSet<const Indicator*> m_typing; ///< indicators whose type is being worked out (cycle guard)
    int m_typingDepth = 0;
    bool m_reporting = true;
};

} // namespace chibo
