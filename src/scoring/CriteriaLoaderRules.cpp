// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderRules.h"

namespace chibo {

namespace {

using Type = CriteriaLoaderValue::Type;

QStringList keysWith(std::initializer_list<const char*> extra)
{
    QStringList keys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("legal_ref")};
    for (const char* key : extra)
        keys.append(QLatin1String(key));
    return keys;
}

} // namespace

void CriteriaLoaderRules::read(const Value& root, const JsonPath& rootPath)
{
    const JsonPath eligibility = rootPath / u"eligibility";
    const JsonPath classification = rootPath / u"classification";
    const JsonPath flags = rootPath / u"flags";
    const JsonPath quota = rootPath / u"quota";
    if (const Value value = root.member(u"eligibility"); !value.isAbsent())
        readEligibility(value, eligibility);
    if (const Value value = root.member(u"classification"); !value.isAbsent())
        readClassification(value, classification);
    if (const Value value = root.member(u"flags"); !value.isAbsent())
        readFlags(value, flags);
    if (const Value value = root.member(u"quota"); !value.isAbsent() && !value.is(Type::Null))
        readQuota(value, quota);
}

bool CriteriaLoaderRules::readHead(const Value& object, const JsonPath& path, const QStringList& keys,
                                   QString& id, BilingualText& label, QString& legalRef, QStringView labelKey)
{
    if (!m_context.checkObject(object, path, keys))
        return false;
    id = m_context.identifier(object, path, u"id");
    const JsonPath idPath = path / u"id";
    m_context.claimId(id, idPath);
    label = m_context.label(object, path, labelKey, true);
    legalRef = m_context.text(object, path, u"legal_ref", true);
    return true;
}

void CriteriaLoaderRules::checkLevel(const QString& code, const JsonPath& path)
{
    if (code.isEmpty() || m_criteria.levelRank(code) >= 0)
        return;
    QStringList codes;
    for (const Level& item : m_criteria.levels)
        codes.append(item.code);
    m_context.report(path, QStringLiteral("criteria.unknown-level"),
                     codes.isEmpty() ? tr("Unknown level \"%1\": this file has no \"levels\".").arg(code)
                                     : tr("Unknown level \"%1\"; the file's levels are: %2.")
                                           .arg(code, codes.join(QLatin1String(", "))));
}

QString CriteriaLoaderRules::level(const Value& object, const JsonPath& path, QStringView key, bool required)
{
    const QString code = m_context.text(object, path, key, required);
    const JsonPath child = path / key;
    checkLevel(code, child);
    return code;
}

void CriteriaLoaderRules::readEligibility(const Value& rules, const JsonPath& path)
{
    if (!m_context.checkArray(rules, path))
        return;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const JsonPath item = path / i;
        EligibilityRule rule;
        const QStringList keys{QStringLiteral("id"), QStringLiteral("reason"), QStringLiteral("legal_ref"),
                               QStringLiteral("when")};
        if (!readHead(rules.at(i), item, keys, rule.id, rule.reason, rule.legalRef, u"reason"))
            continue;
        rule.when = m_nodes.readField(rules.at(i), item, u"when", true, false).value_or(Node());
        m_criteria.eligibility.append(rule);
    }
}

void CriteriaLoaderRules::readClassification(const Value& classification, const JsonPath& path)
{
    if (!m_context.checkObject(
            classification, path,
            {QStringLiteral("rules"), QStringLiteral("otherwise"), QStringLiteral("caps")}))
        return;
    const JsonPath rulesPath = path / u"rules";
    const JsonPath capsPath = path / u"caps";
    const Value rules = m_context.field(classification, path, u"rules", true);
    if (!rules.isAbsent())
        readLadder(rules, rulesPath);
    m_criteria.otherwise = level(classification, path, u"otherwise", false);
    if (const Value caps = classification.member(u"caps"); !caps.isAbsent())
        readCaps(caps, capsPath);
    if (m_criteria.levels.isEmpty())
        m_context.report(path, QStringLiteral("criteria.missing-field"),
                         tr("A file with a \"classification\" must list its \"levels\"."));
}

void CriteriaLoaderRules::readLadder(const Value& rules, const JsonPath& path)
{
    if (!m_context.checkArray(rules, path, true))
        return;
    static const QStringList keys = keysWith({"level", "when", "unless", "flag"});
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const JsonPath item = path / i;
        const Value object = rules.at(i);
        LadderRule rule;
        if (!readHead(object, item, keys, rule.id, rule.label, rule.legalRef))
            continue;
        rule.level = level(object, item, u"level", true);
        rule.when = m_nodes.readField(object, item, u"when", true, false).value_or(Node());
        rule.unless = m_nodes.readField(object, item, u"unless", false, false);
        rule.flag = m_context.boolean(object, item, u"flag").value_or(false);
        m_criteria.ladder.append(rule);
    }
}

void CriteriaLoaderRules::readCaps(const Value& caps, const JsonPath& path)
{
    if (!m_context.checkArray(caps, path))
        return;
    static const QStringList keys = keysWith({"at_most", "when"});
    for (qsizetype i = 0; i < caps.size(); ++i) {
        const JsonPath item = path / i;
        const Value object = caps.at(i);
        Cap cap;
        if (!readHead(object, item, keys, cap.id, cap.label, cap.legalRef))
            continue;
        cap.atMost = level(object, item, u"at_most", true);
        cap.when = m_nodes.readField(object, item, u"when", true, false).value_or(Node());
        m_criteria.caps.append(cap);
    }
}

void CriteriaLoaderRules::readFlags(const Value& flags, const JsonPath& path)
{
    if (!m_context.checkArray(flags, path))
        return;
    static const QStringList keys = keysWith({"when"});
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const JsonPath item = path / i;
        FlagRule flag;
        if (!readHead(flags.at(i), item, keys, flag.id, flag.label, flag.legalRef))
            continue;
        flag.when = m_nodes.readField(flags.at(i), item, u"when", true, false).value_or(Node());
        m_criteria.flags.append(flag);
    }
}

void CriteriaLoaderRules::readQuota(const Value& quota, const JsonPath& path)
{
    Quota result;
    static const QStringList keys = keysWith({"level", "base", "share"});
    if (!readHead(quota, path, keys, result.id, result.label, result.legalRef))
        return;
    result.level = level(quota, path, u"level", true);
    const JsonPath basePath = path / u"base";
    const Value base = m_context.field(quota, path, u"base", true);
    if (!base.isAbsent() && m_context.checkArray(base, basePath, true)) {
        for (qsizetype i = 0; i < base.size(); ++i) {
            const JsonPath item = basePath / i;
            if (!base.at(i).is(Type::String)) {
                m_context.wrongType(item, Type::String);
                continue;
            }
            checkLevel(base.at(i).toString(), item);
            result.baseLevels.append(base.at(i).toString());
        }
    }
    const std::optional<Rational> share = m_context.numberField(quota, path, u"share", true);
    const JsonPath sharePath = path / u"share";
    if (share && (*share < Rational(0) || *share > Rational(1)))
        m_context.report(
            sharePath, QStringLiteral("criteria.bad-number"),
            tr("The quota's share must be between 0 and 1 (0% and 100%), not %1.").arg(share->toString()));
    result.share = share.value_or(Rational());
    m_criteria.quota = result;
}

} // namespace chibo
