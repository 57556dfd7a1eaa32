// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderValue.h"

#include <limits>
#include <nlohmann/json.hpp>

namespace chibo {

namespace {

const nlohmann::json& json(const void* value)
{
    return *static_cast<const nlohmann::json*>(value);
}

} // namespace

CriteriaLoaderValue CriteriaLoaderValue::fromJson(const void* json)
{
    CriteriaLoaderValue view;
    view.m_json = json;
    return view;
}

CriteriaLoaderValue::Type CriteriaLoaderValue::type() const
{
    if (!m_json)
        return Type::Absent;
    switch (json(m_json).type()) {
    case nlohmann::json::value_t::null: return Type::Null;
    case nlohmann::json::value_t::boolean: return Type::Boolean;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return Type::Integer;
    case nlohmann::json::value_t::number_float: return Type::Float;
    case nlohmann::json::value_t::string: return Type::String;
    case nlohmann::json::value_t::array: return Type::Array;
    case nlohmann::json::value_t::object: return Type::Object;
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded: return Type::Absent;
    }
    return Type::Absent;
}

bool CriteriaLoaderValue::toBool() const
{
    const bool* value = m_json ? json(m_json).get_ptr<const bool*>() : nullptr;
    return value && *value;
}

std::optional<qint64> CriteriaLoaderValue::toInteger() const
{
    if (!m_json)
        return std::nullopt;
    if (const auto* value = json(m_json).get_ptr<const std::int64_t*>(); value)
        return qint64(*value);
    if (const auto* value = json(m_json).get_ptr<const std::uint64_t*>(); value) {
        if (*value <= std::uint64_t(std::numeric_limits<qint64>::max()))
            return qint64(*value);
    }
    return std::nullopt;
}

QString CriteriaLoaderValue::toString() const
{
    const std::string* value = m_json ? json(m_json).get_ptr<const std::string*>() : nullptr;
    return value ? QString::fromUtf8(value->data(), qsizetype(value->size())) : QString();
}

qsizetype CriteriaLoaderValue::size() const
{
    if (!m_json || !(json(m_json).is_array() || json(m_json).is_object()))
        return 0;
    return qsizetype(json(m_json).size());
}

CriteriaLoaderValue CriteriaLoaderValue::at(qsizetype index) const
{
    if (!m_json || !json(m_json).is_array() || index < 0 || std::size_t(index) >= json(m_json).size())
        return {};
    return fromJson(&json(m_json)[std::size_t(index)]);
}

CriteriaLoaderValue CriteriaLoaderValue::member(QStringView key) const
{
    if (!m_json || !json(m_json).is_object())
        return {};
    const auto* object = json(m_json).get_ptr<const nlohmann::json::object_t*>();
    const auto found = object->find(key.toString().toStdString());
    return found == object->end() ? CriteriaLoaderValue() : fromJson(&found->second);
}

QStringList CriteriaLoaderValue::keys() const
{
    QStringList names;
    if (!m_json || !json(m_json).is_object())
        return names;
    for (const auto& item : *json(m_json).get_ptr<const nlohmann::json::object_t*>())
        names.append(QString::fromStdString(item.first));
    return names;
}

} // namespace chibo
