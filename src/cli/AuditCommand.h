// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli audit list [--limit N]`, `audit export FILE` (.csv or .xlsx) and `audit verify`: the audit
/// trail, read by an administrator or a committee member; verify recomputes its hash chain and exits 1
/// when an entry was changed, removed or put in by hand.
class AuditCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int list(CliContext& context, int limit);
    int exportTo(CliContext& context, const QString& path);
    int verify(CliContext& context);
};

} // namespace chibo
