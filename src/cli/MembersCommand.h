// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli members --org ID [--search TEXT]`: members in Vietnamese name order.
class MembersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(MembersCommand)

public:
    QString name() const override { return QStringLiteral("members"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
