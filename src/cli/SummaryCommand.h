// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli summary`: each organisation's members, the year's meetings and attendance, and the
/// Charter's findings — the headless view of the organisation tree.
class SummaryCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace chibo
