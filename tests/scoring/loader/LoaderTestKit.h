// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/CriteriaLoader.h"

#include <QByteArray>
#include <QString>

namespace chibo::test {

/// The bytes of a file under tests/data/criteria (e.g. "bad/syntax-error.json"); empty when missing.
QByteArray criteriaFile(const QString& relativePath);
/// A source named after the file's base name, as the CLI reports it.
CriteriaSource criteriaSource(const QString& relativePath);
/// All problems as "line:column pointer code", one per line, for failure messages.
QString describe(const CriteriaProblems& problems);

} // namespace chibo::test
