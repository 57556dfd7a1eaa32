// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInputs.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetValidator.h"

namespace chibo::fuzz {

Outcome readDataset(const QByteArray& bytes)
{
    const QString name = QStringLiteral("fuzz.json");
    auto dataset = DatasetReader::read(bytes, name);
    if (!dataset)
        return dataset.error();
    if (const QList<Error> problems = DatasetValidator::validate(*dataset); !problems.isEmpty())
        return problems.first();
    return std::nullopt;
}

} // namespace chibo::fuzz
