// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace chibo {

/// `chibo-cli documents list --org KEY`: an organisation's register of issued documents, by term and type;
/// `documents record --org KEY --type NQ --date D --title T [--number N]`: records a document issued
/// outside ChiBo, so that the numbers ChiBo gives next follow it.
class DocumentsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DocumentsCommand)

public:
    QString name() const override { return QStringLiteral("documents"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    static int list(CliContext& context, const QString& orgKey);
    static int record(CliContext& context, const QCommandLineParser& parser);
};

} // namespace chibo
