// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace chibo {

/// A read-only view of one value of a parsed criteria document. The loader's other parts read JSON
/// only through it, so that nlohmann's types stay inside CriteriaLoader*.cpp files (architecture rule).
/// A default-constructed view is "absent". The document it points into must outlive it.
class CriteriaLoaderValue {
public:
    enum class Type { Absent, Null, Boolean, Integer, Float, String, Array, Object };

    CriteriaLoaderValue() = default;
    /// `json` is a `const nlohmann::json*`; only CriteriaLoader*.cpp files create views.
    static CriteriaLoaderValue fromJson(const void* json);

    Type type() const;
    bool isAbsent() const { return m_json == nullptr; }
    bool is(Type wanted) const { return type() == wanted; }
    bool toBool() const;
    /// The integer, or nullopt when it does not fit in 64 signed bits.
    std::optional<qint64> toInteger() const;
    QString toString() const;
    /// Items of an array or members of an object; 0 for anything else.
    qsizetype size() const;
    CriteriaLoaderValue at(qsizetype index) const;
    /// The member `key` of an object; absent when there is none or this is not an object.
    CriteriaLoaderValue member(QStringView key) const;
    bool has(QStringView key) const { return !member(key).isAbsent(); }
    /// Member names of an object, sorted.
    QStringList keys() const;

private:
    const void* m_json = nullptr;
};

} // namespace chibo
