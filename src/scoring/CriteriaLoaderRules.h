// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonPath.h"
#include "scoring/Criteria.h"
#include "scoring/CriteriaLoaderContext.h"
#include "scoring/CriteriaLoaderNodes.h"

#include <QCoreApplication>

namespace chibo {

/// Reads the rules of a criteria file (docs/criteria-format.md §3–§4): eligibility, the classification
/// ladder with its caps, flags and the quota; every level named must be one of the file's levels.
class CriteriaLoaderRules {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderRules)

public:
    using Value = CriteriaLoaderValue;

    CriteriaLoaderRules(CriteriaLoaderContext& context, CriteriaLoaderNodes& nodes, Criteria& criteria)
        : m_context(context)
        , m_nodes(nodes)
        , m_criteria(criteria)
    {}

    /// Reads eligibility, classification, flags and quota from the file's root object.
    void read(const Value& root, const JsonPath& rootPath);

private:
    void readEligibility(const Value& rules, const JsonPath& path);
    void readClassification(const Value& classification, const JsonPath& path);
    void readLadder(const Value& rules, const JsonPath& path);
    void readCaps(const Value& caps, const JsonPath& path);
    void readFlags(const Value& flags, const JsonPath& path);
    void readQuota(const Value& quota, const JsonPath& path);
    /// The common head of a rule: checks keys, reads and claims the id, reads label and legal_ref.
    bool readHead(const Value& object, const JsonPath& path, const QStringList& keys, QString& id,
                  BilingualText& label, QString& legalRef, QStringView labelKey = u"label");
    /// A level code of the file; reports an unknown one.
    QString level(const Value& object, const JsonPath& path, QStringView key, bool required);
    void checkLevel(const QString& code, const JsonPath& path);

    CriteriaLoaderContext& m_context;
    CriteriaLoaderNodes& m_nodes;
    Criteria& m_criteria;
};

} // namespace chibo
