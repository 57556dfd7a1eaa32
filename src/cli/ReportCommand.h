// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"
#include "report/OfficialDocument.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace chibo {

class Workspace;

/// `chibo-cli report year|minutes …`: an official document (HD 36 layout) written as PDF and/or HTML.
/// `year` gives a cell's classification report, or for a committee the summary table of its cells;
/// `minutes` the minutes of a meeting with its attendance sheet. Needs no display (Qt's offscreen
/// platform is used when none is set).
class ReportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    Result<OfficialDocument> yearDocument(CliContext& context, Workspace& workspace,
                                          const QCommandLineParser& parser);
    Result<OfficialDocument> meetingDocument(Workspace& workspace, const QCommandLineParser& parser,
                                             bool minutes);
    /// Puts the document's number in: registered with --issue, else the one it has in the register, else
    /// --number or blank.
    static int number(CliContext& context, Workspace& workspace, OfficialDocument& document,
                      const QCommandLineParser& parser);
    static int write(CliContext& context, const OfficialDocument& document, const QCommandLineParser& parser);
};

} // namespace chibo
