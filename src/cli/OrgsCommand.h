// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli orgs`: the organisation tree with ids, for --org.
class OrgsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(OrgsCommand)

public:
    QString name() const override { return QStringLiteral("orgs"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
