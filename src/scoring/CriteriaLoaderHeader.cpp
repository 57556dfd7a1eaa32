// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderHeader.h"

#include "core/EnumCodes.h"

#include <QRegularExpression>

namespace chibo {

namespace {

using Type = CriteriaLoaderValue::Type;

constexpr int kSchemaVersion = 1;

QString periodOf(SubjectKind subject)
{
    switch (subject) {
    case SubjectKind::Meeting: return QStringLiteral("meeting");
    case SubjectKind::OrganisationMonth: return QStringLiteral("month");
    case SubjectKind::MemberYear:
    case SubjectKind::OrganisationYear: return QStringLiteral("year");
    }
    return {};
}

} // namespace

const QStringList& CriteriaLoaderHeader::rootKeys()
{
    static const QStringList keys{QStringLiteral("schema_version"), QStringLiteral("id"),
                                  QStringLiteral("version"),        QStringLiteral("title"),
                                  QStringLiteral("description"),    QStringLiteral("example"),
                                  QStringLiteral("legal_basis"),    QStringLiteral("valid_from"),
                                  QStringLiteral("valid_to"),       QStringLiteral("applies_to"),
                                  QStringLiteral("subject"),        QStringLiteral("period"),
                                  QStringLiteral("levels"),         QStringLiteral("parameters"),
                                  QStringLiteral("eligibility"),    QStringLiteral("indicators"),
                                  QStringLiteral("classification"), QStringLiteral("flags"),
                                  QStringLiteral("quota")};
    return keys;
}

bool CriteriaLoaderHeader::readSchemaVersion(const Value& root, const JsonPath& rootPath)
{
    const Value version = m_context.field(root, rootPath, u"schema_version", true);
    if (version.isAbsent())
        return true;
    const JsonPath path = rootPath / u"schema_version";
    const std::optional<qint64> number = version.is(Type::Integer) ? version.toInteger() : std::nullopt;
    if (!number || *number < 1) {
        m_context.report(path, QStringLiteral("criteria.schema-version"),
                         tr("\"schema_version\" must be the whole number %1.").arg(kSchemaVersion));
        return false;
    }
    if (*number > kSchemaVersion) {
        m_context.report(
            path, QStringLiteral("criteria.schema-version"),
            tr("This file was written by a newer ChiBo (schema version %1); this ChiBo reads schema "
               "version %2. Update ChiBo to use it.")
                .arg(*number)
                .arg(kSchemaVersion));
        return false;
    }
    m_criteria.schemaVersion = int(*number);
    return true;
}

void CriteriaLoaderHeader::read(const Value& root, const JsonPath& rootPath)
{
    m_criteria.id = m_context.identifier(root, rootPath, u"id", 3);
    m_criteria.version = m_context.text(root, rootPath, u"version", true);
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (m_criteria.version.contains(space)) {
        const JsonPath path = rootPath / u"version";
        m_context.report(path, QStringLiteral("criteria.bad-code"),
                         tr("The version \"%1\" must not contain spaces.").arg(m_criteria.version));
    }
    m_criteria.title = m_context.label(root, rootPath, u"title", true);
    m_criteria.description = m_context.label(root, rootPath, u"description", false);
    m_criteria.example = m_context.boolean(root, rootPath, u"example").value_or(false);
    const JsonPath legalPath = rootPath / u"legal_basis";
    if (const Value list = m_context.field(root, rootPath, u"legal_basis", true); !list.isAbsent())
        readLegalBasis(list, legalPath);
    readValidity(root, rootPath);
    const JsonPath appliesPath = rootPath / u"applies_to";
    if (const Value object = m_context.field(root, rootPath, u"applies_to", true); !object.isAbsent())
        readAppliesTo(object, appliesPath);
    readSubject(root, rootPath);
    const JsonPath levelsPath = rootPath / u"levels";
    if (const Value list = root.member(u"levels"); !list.isAbsent())
        readLevels(list, levelsPath);
    const JsonPath parametersPath = rootPath / u"parameters";
    if (const Value object = root.member(u"parameters"); !object.isAbsent())
        readParameters(object, parametersPath);
}

void CriteriaLoaderHeader::readValidity(const Value& root, const JsonPath& rootPath)
{
    m_criteria.validFrom = m_context.date(root, rootPath, u"valid_from", true);
    m_criteria.validTo = m_context.date(root, rootPath, u"valid_to", true, true);
    if (m_criteria.validFrom.isValid() && m_criteria.validTo.isValid() &&
        m_criteria.validTo < m_criteria.validFrom) {
        const JsonPath path = rootPath / u"valid_to";
        m_context.report(
            path, QStringLiteral("criteria.dates-reversed"),
            tr("\"valid_to\" (%1) is before \"valid_from\" (%2).")
                .arg(m_criteria.validTo.toString(Qt::ISODate), m_criteria.validFrom.toString(Qt::ISODate)));
    }
}

void CriteriaLoaderHeader::readLegalBasis(const Value& list, const JsonPath& path)
{
    if (!m_context.checkArray(list, path, true))
        return;
    static const QStringList keys{QStringLiteral("number"),     QStringLiteral("symbol"),
                                  QStringLiteral("date"),       QStringLiteral("issuer"),
                                  QStringLiteral("title"),      QStringLiteral("url"),
                                  QStringLiteral("reliability")};
    static const QStringList reliabilities{QStringLiteral("official"), QStringLiteral("legal-db"),
                                           QStringLiteral("press"), QStringLiteral("local"),
                                           QStringLiteral("unofficial")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath item = path / i;
        const Value object = list.at(i);
        if (!m_context.checkObject(object, item, keys))
            continue;
        LegalBasis basis;
        basis.number = m_context.text(object, item, u"number", true);
        basis.symbol = m_context.text(object, item, u"symbol", true);
        basis.date = m_context.date(object, item, u"date", true);
        basis.issuer = m_context.text(object, item, u"issuer", true);
        basis.title = m_context.text(object, item, u"title", false);
        basis.url = m_context.text(object, item, u"url", false);
        basis.reliability = m_context.text(object, item, u"reliability", false);
        const JsonPath reliabilityPath = item / u"reliability";
        if (!basis.reliability.isEmpty() && !reliabilities.contains(basis.reliability))
            m_context.report(reliabilityPath, QStringLiteral("criteria.bad-code"),
                             tr("Unknown reliability \"%1\"; use %2.")
                                 .arg(basis.reliability, reliabilities.join(QLatin1String(", "))));
        m_criteria.legalBasis.append(basis);
    }
}

template <typename E>
QList<E> CriteriaLoaderHeader::readCodes(const Value& object, const JsonPath& path, QStringView key)
{
    QList<E> result;
    const Value list = object.member(key);
    const JsonPath listPath = path / key;
    if (list.isAbsent() || !m_context.checkArray(list, listPath))
        return result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath item = listPath / i;
        const std::optional<E> value = enumFromCode<E>(list.at(i).toString());
        if (!list.at(i).is(Type::String))
            m_context.wrongType(item, Type::String);
        else if (!value)
            m_context.report(
                item, QStringLiteral("criteria.bad-code"),
                tr("Unknown code \"%1\" in \"%2\"; use %3.")
                    .arg(list.at(i).toString(), key.toString(), allCodes<E>().join(QLatin1String(", "))));
        else
            result.append(*value);
    }
    return result;
}

void CriteriaLoaderHeader::readAppliesTo(const Value& object, const JsonPath& path)
{
    if (!m_context.checkObject(
            object, path,
            {QStringLiteral("org_kinds"), QStringLiteral("cell_types"), QStringLiteral("locality")}))
        return;
    m_criteria.appliesTo.orgKinds = readCodes<OrgKind>(object, path, u"org_kinds");
    m_criteria.appliesTo.cellTypes = readCodes<CellType>(object, path, u"cell_types");
    m_criteria.appliesTo.locality = m_context.text(object, path, u"locality", false).trimmed();
}

void CriteriaLoaderHeader::readSubject(const Value& root, const JsonPath& rootPath)
{
    const QString subject = m_context.text(root, rootPath, u"subject", true);
    const QString period = m_context.text(root, rootPath, u"period", true);
    const std::optional<SubjectKind> kind = enumFromCode<SubjectKind>(subject);
    const JsonPath subjectPath = rootPath / u"subject";
    const JsonPath periodPath = rootPath / u"period";
    if (!subject.isEmpty() && !kind) {
        m_context.report(subjectPath, QStringLiteral("criteria.bad-code"),
                         tr("Unknown subject \"%1\"; use %2.")
                             .arg(subject, allCodes<SubjectKind>().join(QLatin1String(", "))));
        return;
    }
    if (!kind)
        return;
    m_criteria.subject = *kind;
    if (!period.isEmpty() && period != periodOf(*kind))
        m_context.report(periodPath, QStringLiteral("criteria.period-mismatch"),
                         tr("A file about \"%1\" must have the period \"%2\", not \"%3\".")
                             .arg(subject, periodOf(*kind), period));
}

void CriteriaLoaderHeader::readLevels(const Value& list, const JsonPath& path)
{
    if (!m_context.checkArray(list, path))
        return;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath item = path / i;
        const Value object = list.at(i);
        if (!m_context.checkObject(object, item, {QStringLiteral("code"), QStringLiteral("label")}))
            continue;
        Level level{m_context.code(object, item, u"code", true),
                    m_context.label(object, item, u"label", true)};
        const JsonPath codePath = item / u"code";
        if (!level.code.isEmpty() && m_criteria.levelRank(level.code) >= 0)
            m_context.report(codePath, QStringLiteral("criteria.duplicate-id"),
                             tr("The level \"%1\" is listed twice.").arg(level.code));
        m_criteria.levels.append(level);
    }
}

void CriteriaLoaderHeader::readParameters(const Value& object, const JsonPath& path)
{
    if (!m_context.checkObject(object, path, object.keys()))
        return;
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    const QStringList keys = object.keys();
    for (const QString& key : keys) {
        const JsonPath item = path / key;
        if (!name.match(key).hasMatch()) {
            m_context.report(
                item.pointer(), QStringLiteral("criteria.bad-code"),
                tr("The parameter name \"%1\" must be lower-case letters, digits or underscores.").arg(key),
                JsonLocator::Anchor::Name);
            continue;
        }
        // A bad value is reported here; the name stays known so that its uses are not reported too.
        m_criteria.parameters.insert(key, m_context.number(object.member(key), item).value_or(Rational()));
    }
}

} // namespace chibo
