// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonLocator.h"
#include "core/JsonPath.h"
#include "core/Rational.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaLoader.h"
#include "scoring/CriteriaLoaderValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

namespace chibo {

/// What every part of the loader shares while reading one file: the problems found so far, with their
/// places, and readers for the field shapes of docs/criteria-format.md. Readers report what is wrong and
/// return an empty value; nothing throws and reading goes on, so every problem of a file is reported.
class CriteriaLoaderContext {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderContext)

public:
    using Value = CriteriaLoaderValue;
    using Type = CriteriaLoaderValue::Type;

    explicit CriteriaLoaderContext(const CriteriaSource& source);

    const CriteriaSource& source() const { return m_source; }
    /// The problems, by line then column.
    CriteriaProblems takeProblems();
    bool hasProblems() const { return !m_problems.isEmpty(); }

    void report(const QString& pointer, const QString& code, const QString& message,
                JsonLocator::Anchor anchor = JsonLocator::Anchor::Value);
    void report(const JsonPath& path, const QString& code, const QString& message)
    {
        report(path.pointer(), code, message);
    }
    void reportAtOffset(qsizetype offset, const QString& code, const QString& message,
                        const QString& pointer = {});

    /// Reports a value that is not an object, and every member not in `allowed` (at its name).
    bool checkObject(const Value& value, const JsonPath& path, const QStringList& allowed);
    /// Reports a value that is not an array; with `nonEmpty`, an empty one too.
    bool checkArray(const Value& value, const JsonPath& path, bool nonEmpty = false);
    /// The member `key`; a missing required one is reported at the object.
    Value field(const Value& object, const JsonPath& path, QStringView key, bool required);
    void wrongType(const JsonPath& path, Type expected);

    /// Text member; a required one must not be empty.
    QString text(const Value& object, const JsonPath& path, QStringView key, bool required);
    /// `{"vi", "en"}`; `vi` must not be empty.
    BilingualText label(const Value& object, const JsonPath& path, QStringView key, bool required);
    /// An identifier: lower-case letters, digits and "-", at most 64 characters. A file's id has at least
    /// 3; a rule's or an indicator's may be as short as a level code ("ht").
    QString identifier(const Value& object, const JsonPath& path, QStringView key, int minimumLength = 1);
    /// A code of the form of level and parameter names: lower-case letters, digits and "_".
    QString code(const Value& object, const JsonPath& path, QStringView key, bool required);
    std::optional<bool> boolean(const Value& object, const JsonPath& path, QStringView key);
    /// YYYY-MM-DD; `nullable` accepts null (returned as an invalid date without a problem).
    QDate date(const Value& object, const JsonPath& path, QStringView key, bool required,
               bool nullable = false);
    /// A number (§5): a JSON integer or a string holding an exact number. `what` is the value itself.
    std::optional<Rational> number(const Value& value, const JsonPath& path);
    std::optional<Rational> numberField(const Value& object, const JsonPath& path, QStringView key,
                                        bool required);
    /// Reports a second use of an id within the file.
    void claimId(const QString& id, const JsonPath& idPath);

    static constexpr qint64 kMaxMagnitude = 1'000'000'000'000; ///< larger numbers are refused

private:
    CriteriaSource m_source;
    JsonLocator m_locator;
    CriteriaProblems m_problems;
    QSet<QString> m_ids;
};

} // namespace chibo
