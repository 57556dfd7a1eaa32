// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace chibo {

/// `chibo-cli lock-year --org KEY --year YYYY [--by NAME]` closes a year's classification for an
/// organisation and everything below it; `chibo-cli unlock-year --org KEY --year YYYY --reason TEXT`
/// reopens it, an administrator's act whose reason is kept with the lock.
class YearLockCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(YearLockCommand)

public:
    enum class Mode { Lock, Unlock };

    explicit YearLockCommand(Mode mode)
        : m_mode(mode)
    {}

    QString name() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    Mode m_mode;
};

} // namespace chibo
