// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli decide`: records the level an authorised person decided for a member or an organisation
/// where it differs from the proposal or where the proposal was flagged. Run `classify` first.
class DecideCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DecideCommand)

public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
