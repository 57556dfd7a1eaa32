// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

struct Classification;
struct Dataset;
class CliContext;
class CriteriaSet;
class ExplainWriter;
class SubjectNames;

/// `chibo-cli classify`: the year's proposed classification of every member and organisation, with the
/// reasons, the members not rated, the HTXS quota and the cases a person must decide. With a database
/// the proposals are stored (recorded decisions are kept and shown).
class ClassifyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ClassifyCommand)

public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    struct Output {
        bool json = false;
        bool explain = false;
    };

    /// Classifies the organisation `orgKey` of the database and stores the proposals.
    static int classifyDatabase(CliContext& context, const QString& orgKey, const CriteriaSet& criteria,
                                int year, Output output);
    /// One classification as JSON (the whole run) or as the report (names from `dataset`).
    static void print(CliContext& context, const Classification& result, const Dataset& dataset,
                      const CriteriaSet& criteria, Output output);
    static void printReport(CliContext& context, const Classification& result, const ExplainWriter& writer,
                            const SubjectNames& names, bool explain);
    static void printMembers(CliContext& context, const Classification& result, const ExplainWriter& writer,
                             const SubjectNames& names, bool explain);
    static void printDecisions(CliContext& context, const Classification& result, const ExplainWriter& writer,
                               const SubjectNames& names);
};

} // namespace chibo
