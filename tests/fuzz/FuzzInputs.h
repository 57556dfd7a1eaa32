// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace chibo::fuzz {

/// What one file's bytes did to an import: read (nullopt) or refused with the Error a person would see.
/// Every function below must return for any bytes; a crash, a sanitizer report or an exception escaping
/// is the bug the fuzz targets and the regression test look for.
using Outcome = std::optional<Error>;

/// A criteria file (CriteriaLoader::load): refused with the first of its problems.
Outcome loadCriteria(const QByteArray& bytes);
/// A dataset file as DatasetTransfer::readFile reads it, without a database: DatasetReader::read, then
/// DatasetValidator::validate.
Outcome readDataset(const QByteArray& bytes);
/// A member sheet in CSV (CsvReader::parse), previewed as MemberImport would import it on a fixed day,
/// with the import's checks that need no database (MemberImportChecks against the file's own members).
Outcome previewMemberCsv(const QByteArray& bytes);
/// The same for a workbook (XlsxReader::readAllBytes), with its status history sheet when it has one.
Outcome previewMemberXlsx(const QByteArray& bytes);

/// A fuzz target's entry: `function` over the bytes libFuzzer gives, for LLVMFuzzerTestOneInput.
int runOnce(Outcome (*function)(const QByteArray&), const uint8_t* data, size_t size);
/// Creates the one QCoreApplication the readers may need, for LLVMFuzzerInitialize.
void initialise(int* argc, char*** argv);

} // namespace chibo::fuzz
