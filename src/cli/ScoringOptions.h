// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "services/CriteriaLibrary.h"
#include "services/ScoringSnapshot.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace chibo {

class CliContext;

/// The options `score` and `classify` share (--org, --year, --dataset, --criteria, --json, --explain)
/// and what they load: the criteria files and a snapshot from the database or a dataset file.
class ScoringOptions {
    Q_DECLARE_TR_FUNCTIONS(ScoringOptions)

public:
    ScoringOptions();
    void addTo(QCommandLineParser& parser) const;

    /// Prints every problem of the criteria files and fails if any file was left out.
    std::optional<CriteriaSet> loadCriteria(CliContext& context, const QCommandLineParser& parser) const;
    Result<ScoringSnapshot> loadSnapshot(CliContext& context, const QCommandLineParser& parser) const;
    /// --year, checked; nullopt after printing the problem.
    std::optional<int> year(CliContext& context, const QCommandLineParser& parser) const;

    const QCommandLineOption org;
    const QCommandLineOption yearOption;
    const QCommandLineOption dataset;
    const QCommandLineOption criteria;
    const QCommandLineOption json;
    const QCommandLineOption explain;
};

} // namespace chibo
