// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonPath.h"
#include "scoring/Criteria.h"
#include "scoring/CriteriaLoaderContext.h"

#include <QCoreApplication>

namespace chibo {

/// Reads what a criteria file says about itself (docs/criteria-format.md §1): identity, titles, legal
/// basis, validity, scope, subject and period, levels and parameters.
class CriteriaLoaderHeader {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderHeader)

public:
    using Value = CriteriaLoaderValue;

    CriteriaLoaderHeader(CriteriaLoaderContext& context, Criteria& criteria)
        : m_context(context)
        , m_criteria(criteria)
    {}

    /// The top-level keys a file may have.
    static const QStringList& rootKeys();
    /// Reads `schema_version`; false when the file must not be read further (a newer or a bad schema).
    bool readSchemaVersion(const Value& root, const JsonPath& rootPath);
    void read(const Value& root, const JsonPath& rootPath);

private:
    void readValidity(const Value& root, const JsonPath& rootPath);
    void readLegalBasis(const Value& list, const JsonPath& path);
    void readAppliesTo(const Value& object, const JsonPath& path);
    void readSubject(const Value& root, const JsonPath& rootPath);
    void readLevels(const Value& list, const JsonPath& path);
    void readParameters(const Value& object, const JsonPath& path);
    template <typename E>
    QList<E> readCodes(const Value& object, const JsonPath& path, QStringView key);

    CriteriaLoaderContext& m_context;
    Criteria& m_criteria;
};

} // namespace chibo
