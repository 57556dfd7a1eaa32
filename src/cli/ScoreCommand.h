// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli score`: evaluates criteria files (a model, a meeting-quality form…) for an organisation
/// over a year or a month and prints each subject's result with its evidence, or the results as JSON.
class ScoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
