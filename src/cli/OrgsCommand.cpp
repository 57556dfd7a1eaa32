// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OrgsCommand.h"

#include "cli/CliContext.h"
#include "core/Labels.h"
#include "core/OrgTree.h"

#include <QCommandLineParser>

namespace chibo {

QString OrgsCommand::summary() const
{
    return tr("List the organisation tree with each organisation's id.");
}

int OrgsCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto all = (*workspace)->storage().organisations().all();
    if (!all)
        return context.fail(all.error());
    const OrgTree tree(*all);
    for (const Organisation* root : tree.roots()) {
        for (const Organisation* org : tree.subtree(root->id)) {
            context.out() << org->id.toString(QUuid::WithoutBraces) << QStringLiteral("  ")
                          << QString(tree.depthOf(org->id) * 2, u' ') << org->name << QStringLiteral(" (")
                          << Labels::of(org->kind) << QStringLiteral(")") << Qt::endl;
        }
    }
    return CliContext::Success;
}

} // namespace chibo
