// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetReader.h"

#include "core/JsonLocator.h"
#include "core/JsonPath.h"
#include "dataset/DatasetParser.h"
#include "dataset/DatasetValidator.h"
#include "dataset/DatasetWriter.h"
#include "dataset/DocumentOrder.h"
#include "dataset/FirstProblem.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace chibo {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// The opening quote of a string that is still open at the end of `bytes`.
std::optional<qsizetype> unclosedStringStart(const QByteArray& bytes, qsizetype start)
{
    std::optional<qsizetype> open;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        if (!open) {
            if (bytes[i] == '"')
                open = i;
        } else if (bytes[i] == '\\') {
            ++i;
        } else if (bytes[i] == '"') {
            open.reset();
        }
    }
    return open;
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

QString positionText(const QString& sourceName, JsonLocator::Position position)
{
    return QStringLiteral("%1:%2:%3").arg(sourceName).arg(position.line).arg(position.column);
}

} // namespace

Result<Dataset> DatasetReader::read(const QByteArray& bytes, const QString& sourceName)
{
    return read(bytes, sourceName, {});
}

Result<Dataset> DatasetReader::read(const QByteArray& bytes, const QString& sourceName,
                                    const QStringList& extraTopLevelMembers)
{
    return read(bytes, sourceName, extraTopLevelMembers, DatasetExtent::Whole);
}

Result<Dataset> DatasetReader::readFragment(const QByteArray& bytes, const QString& sourceName)
{
    return read(bytes, sourceName, {}, DatasetExtent::Fragment);
}

Result<Dataset> DatasetReader::read(const QByteArray& bytes, const QString& sourceName,
                                    const QStringList& extraTopLevelMembers, DatasetExtent extent)
{
    const QByteArrayView body = QByteArrayView(bytes).sliced(JsonLocator::bomLength(bytes));
    if (std::all_of(body.begin(), body.end(), isSpace))
        return Error{QStringLiteral("dataset.syntax"),
                     tr("The file is empty; a dataset is a JSON object that starts with “{”."),
                     positionText(sourceName, JsonLocator::Position{})};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return syntaxError(bytes, parseError, sourceName);

    const JsonLocator locator(bytes);
    if (!document.isObject())
        return located(Error{QStringLiteral("dataset.wrong-type"),
                             tr("The document must be a JSON object that starts with “{”, but it is a list."),
                             QString()},
                       locator, sourceName);
    if (const std::optional<JsonLocator::DuplicateName> repeated = locator.firstDuplicateName()) {
        const QString name = JsonPath::tokens(repeated->pointer).value_or(QStringList{QString()}).constLast();
        return Error{
            QStringLiteral("dataset.duplicate-key"),
            tr("The field “%1” is given twice in the same object; only one value can be kept, so remove "
               "or rename one of them.")
                .arg(name),
            positionText(sourceName, locator.positionOf(repeated->offset)) + u' ' + repeated->pointer};
    }
    const QJsonObject root = document.object();
    if (std::optional<Error> problem = headerProblem(root))
        return located(std::move(*problem), locator, sourceName);

    const DocumentOrder order(root, locator);
    FirstProblem shapeProblems(&order);
    Dataset dataset = DatasetParser::parse(root, shapeProblems, extraTopLevelMembers);
    if (!shapeProblems.isEmpty())
        return located(shapeProblems.first(), locator, sourceName);

    FirstProblem ruleProblems(&order);
    for (Error& problem : DatasetValidator::validate(dataset, extent))
        ruleProblems.report(std::move(problem));
    if (!ruleProblems.isEmpty())
        return located(ruleProblems.first(), locator, sourceName);
    return dataset;
}

std::optional<Error> DatasetReader::headerProblem(const QJsonObject& root)
{
    const QString expectedFormat = QString::fromUtf16(DatasetWriter::formatName);
    const QJsonValue format = root.value(u"format");
    if (format.isUndefined())
        return Error{QStringLiteral("dataset.wrong-format"),
                     tr("This is not a ChiBo dataset: the field “format” with the value “%1” is missing.")
                         .arg(expectedFormat),
                     QString()};
    if (format.toString() != expectedFormat)
        return Error{QStringLiteral("dataset.wrong-format"),
                     tr("This is not a ChiBo dataset: the field “format” must be “%1”.").arg(expectedFormat),
                     QStringLiteral("/format")};
    const QJsonValue version = root.value(u"format_version");
    if (version.isUndefined())
        return Error{QStringLiteral("dataset.missing-field"),
                     tr("The dataset has no “format_version” field, which is required."), QString()};
    const qint64 number = version.isDouble() ? version.toInteger(-1) : -1;
    if (number > DatasetWriter::formatVersion)
        return Error{QStringLiteral("dataset.unsupported-version"),
                     tr("This dataset has format version %1, which is newer than this version of ChiBo can "
                        "read (up to version %2). Please update ChiBo.")
                         .arg(number)
                         .arg(DatasetWriter::formatVersion),
                     QStringLiteral("/format_version")};
    if (number < 1)
        return Error{QStringLiteral("dataset.unsupported-version"),
                     tr("The field “format_version” must be a whole number from 1 to %1.")
                         .arg(DatasetWriter::formatVersion),
                     QStringLiteral("/format_version")};
    return std::nullopt;
}

Error DatasetReader::located(Error problem, const JsonLocator& locator, const QString& sourceName)
{
    const bool atName = problem.code == u"dataset.unknown-key";
    const std::optional<JsonLocator::Position> position =
        locator.locate(problem.location, atName ? JsonLocator::Anchor::Name : JsonLocator::Anchor::Value);
    QString location = position ? positionText(sourceName, *position) : sourceName;
    if (!problem.location.isEmpty())
        location += u' ' + problem.location;
    problem.location = location;
    return problem;
}

qsizetype DatasetReader::syntaxErrorOffset(const QByteArray& bytes, const QJsonParseError& error)
{
    // Qt reports where it stopped, which depends on the kind of error; this finds the offending character.
    const qsizetype start = JsonLocator::bomLength(bytes);
    qsizetype offset = std::clamp<qsizetype>(error.offset, start, bytes.size());
    switch (error.error) {
    case QJsonParseError::UnterminatedString: // at the end of the file: show where the text opens
        return unclosedStringStart(bytes, start).value_or(offset);
    case QJsonParseError::IllegalNumber: // at or just after the number: show where it starts
        while (offset > start && isNumberChar(bytes[offset - 1]))
            --offset;
        return offset;
    case QJsonParseError::IllegalEscapeSequence: // inside the escape: show its backslash
        return std::max(start, bytes.lastIndexOf('\\', offset - 1));
    case QJsonParseError::IllegalUTF8String:
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::DeepNesting: return offset;
    default: break;
    }
    // Just past the offending token: step back onto it, and to the start of a misspelt word.
    offset = std::max(start, offset - 1);
    while (offset > start && isSpace(bytes[offset]))
        --offset;
    if (error.error == QJsonParseError::IllegalValue) {
        while (offset > start && isWordChar(bytes[offset - 1]))
            --offset;
    }
    return offset;
}

Error DatasetReader::syntaxError(const QByteArray& bytes, const QJsonParseError& error,
                                 const QString& sourceName)
{
    const qsizetype offset = syntaxErrorOffset(bytes, error);
    return Error{QStringLiteral("dataset.syntax"), syntaxMessage(error.error),
                 positionText(sourceName, JsonLocator::positionIn(bytes, offset))};
}

QString DatasetReader::syntaxMessage(QJsonParseError::ParseError kind)
{
    switch (kind) {
    case QJsonParseError::UnterminatedObject:
        return tr("Missing comma or closing brace “}”: the fields of an object are separated by commas.");
    case QJsonParseError::MissingNameSeparator: return tr("Missing colon “:” after a field name.");
    case QJsonParseError::UnterminatedArray:
        return tr("Missing comma or closing bracket “]”: the items of a list are separated by commas.");
    case QJsonParseError::MissingValueSeparator: return tr("Missing comma or closing bracket.");
    case QJsonParseError::IllegalValue:
        return tr("Unexpected text: a value was expected here (text in double quotes, a number, true, false, "
                  "null, an object or a list).");
    case QJsonParseError::TerminationByNumber: return tr("The document ends in the middle of a number.");
    case QJsonParseError::IllegalNumber: return tr("This is not a valid number.");
    case QJsonParseError::IllegalEscapeSequence:
        return tr(
            "Invalid escape sequence in a text: after a backslash “\\” only \" \\ / b f n r t or uXXXX may "
            "follow.");
    case QJsonParseError::IllegalUTF8String:
        return tr("The text here is not valid UTF-8; save the file with the UTF-8 encoding.");
    case QJsonParseError::UnterminatedString:
        return tr("A text is not closed: its closing double quote “\"” is missing.");
    case QJsonParseError::MissingObject:
        return tr("A value or a field name was expected here; is there a comma too many before it?");
    case QJsonParseError::DeepNesting: return tr("The document is nested too deeply.");
    case QJsonParseError::DocumentTooLarge: return tr("The document is too large to read.");
    case QJsonParseError::GarbageAtEnd: return tr("Unexpected text after the end of the document.");
    case QJsonParseError::NoError: break;
    }
    return tr("The document is not valid JSON.");
}

} // namespace chibo
