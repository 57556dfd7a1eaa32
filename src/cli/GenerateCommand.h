// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli generate`: creates a synthetic province of any size, for measuring ChiBo.
class GenerateCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
