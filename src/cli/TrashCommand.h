// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

struct DeletedRecord;

/// `chibo-cli trash list [--org KEY]` and `chibo-cli trash restore ENTRY-ID`: the recycle bin, where a
/// removed member, meeting or record waits, with everything removed with it, until it is restored.
class TrashCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    QString name() const override { return QStringLiteral("trash"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    static int list(CliContext& context, const QString& orgKey);
    static int restore(CliContext& context, const QString& entryId, const QString& by);
    /// The translated name of a bin entry's kind ("member", "meeting" …).
    static QString kindLabel(const QString& kind);
};

} // namespace chibo
