// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "dataset/DatasetExtent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

class JsonLocator;

/// Reads a "chibo-dataset" JSON document (docs/dataset-format.md) and checks it completely; the first
/// problem, in this order, is returned as an Error:
///  1. JSON syntax — location "source:LINE:COL";
///  2. a field name given twice in one object;
///  3. "format" and "format_version";
///  4. the shape of every record (RecordReader: types, required fields, formats, codes, unknown fields);
///  5. integrity and domain rules (DatasetValidator).
/// Within steps 4 and 5 the problem reported is the one that comes first in the text; its location is
/// "source:LINE:COL JSON-POINTER", e.g. "ea-sin.json:120:17 /members/3/birth_date". Lines and columns
/// are 1-based and columns count characters, not bytes.
class DatasetReader {
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    /// `sourceName` names the document in locations, usually the file name.
    static Result<Dataset> read(const QByteArray& bytes, const QString& sourceName);
    /// As above, but the top-level members named in `extraTopLevelMembers` are allowed and left for the
    /// caller to read (a criteria test case's "criteria_test", docs/criteria-format.md §8).
    static Result<Dataset> read(const QByteArray& bytes, const QString& sourceName,
                                const QStringList& extraTopLevelMembers);
    /// Reads a part of a database written with DatasetWriter (a recycle-bin entry): every check above,
    /// except that references to records the fragment does not hold are left to the database.
    static Result<Dataset> readFragment(const QByteArray& bytes, const QString& sourceName);

private:
    static Result<Dataset> read(const QByteArray& bytes, const QString& sourceName,
                                const QStringList& extraTopLevelMembers, DatasetExtent extent);
    static Error syntaxError(const QByteArray& bytes, const QJsonParseError& error,
                             const QString& sourceName);
    static QString syntaxMessage(QJsonParseError::ParseError kind);
    static qsizetype syntaxErrorOffset(const QByteArray& bytes, const QJsonParseError& error);
    static std::optional<Error> headerProblem(const QJsonObject& root);
    /// `problem` with its JSON pointer location turned into "source:LINE:COL POINTER".
    static Error located(Error problem, const JsonLocator& locator, const QString& sourceName);
};

} // namespace chibo
