// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoader.h"

#include "core/JsonLocator.h"
#include "core/JsonPath.h"
#include "scoring/CriteriaLoaderContext.h"
#include "scoring/CriteriaLoaderDocument.h"
#include "scoring/CriteriaLoaderHeader.h"
#include "scoring/CriteriaLoaderIndicators.h"
#include "scoring/CriteriaLoaderNodes.h"
#include "scoring/CriteriaLoaderReferences.h"
#include "scoring/CriteriaLoaderRules.h"

#include <QCryptographicHash>

namespace chibo {

namespace {

/// Reports a document that is not well-formed JSON, or that a duplicate key makes ambiguous.
/// True when the document can be read.
bool checkSyntax(const CriteriaLoaderDocument& document, CriteriaLoaderContext& context)
{
    switch (document.status()) {
    case CriteriaLoaderDocument::Status::TooDeep:
        context.reportAtOffset(
            document.errorOffset(), QStringLiteral("criteria.too-deep"),
            CriteriaLoader::tr("The file nests lists and objects more than %1 levels deep; "
                               "a criteria file never needs that many.")
                .arg(CriteriaLoaderDocument::kMaxDepth));
        return false;
    case CriteriaLoaderDocument::Status::Syntax:
        context.reportAtOffset(
            document.errorOffset(), QStringLiteral("criteria.syntax"),
            CriteriaLoader::tr("The file is not valid JSON here (%1).").arg(document.errorDetail()));
        return false;
    case CriteriaLoaderDocument::Status::Ok: break;
    }
    const JsonLocator locator(context.source().bytes);
    if (const auto duplicate = locator.firstDuplicateName()) {
        const QStringList tokens = JsonPath::tokens(duplicate->pointer).value_or(QStringList());
        context.reportAtOffset(
            duplicate->offset, QStringLiteral("criteria.duplicate-key"),
            CriteriaLoader::tr("The key \"%1\" is given twice in the same object; only one "
                               "may be given.")
                .arg(tokens.isEmpty() ? QString() : tokens.last()),
            duplicate->pointer);
    }
    return true;
}

} // namespace

CriteriaLoader::Loaded CriteriaLoader::load(const CriteriaSource& source)
{
    CriteriaLoaderContext context(source);
    const CriteriaLoaderDocument document(source.bytes);
    Loaded loaded;
    if (!checkSyntax(document, context)) {
        loaded.problems = context.takeProblems();
        return loaded;
    }
    const CriteriaLoaderValue root = document.root();
    const JsonPath rootPath;
    Criteria criteria;
    criteria.sourceName = source.name;
    criteria.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex());
    CriteriaLoaderHeader header(context, criteria);
    if (!root.is(CriteriaLoaderValue::Type::Object)) {
        context.report(rootPath, QStringLiteral("criteria.wrong-type"),
                       tr("A criteria file must hold one JSON object, {…}."));
    } else if (header.readSchemaVersion(root, rootPath)) {
        context.checkObject(root, rootPath, CriteriaLoaderHeader::rootKeys());
        header.read(root, rootPath);
        CriteriaLoaderNodes nodes(context, criteria.subject, criteria.parameters);
        CriteriaLoaderIndicators indicators(context, nodes);
        const JsonPath indicatorsPath = rootPath / u"indicators";
        criteria.indicators = indicators.read(root.member(u"indicators"), indicatorsPath);
        CriteriaLoaderRules(context, nodes, criteria).read(root, rootPath);
        CriteriaLoaderReferences(context, criteria).check();
    }
    if (!context.hasProblems())
        loaded.criteria = std::move(criteria);
    loaded.problems = context.takeProblems();
    return loaded;
}

} // namespace chibo
