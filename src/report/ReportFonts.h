// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// The typeface of official documents, chosen explicitly (HD 36: TCVN 6909 Unicode, Times New Roman):
/// Times New Roman when the machine has it, else Liberation Serif (Debian's fonts-liberation2, metric-
/// compatible with Times New Roman and covering Vietnamese). Never the machine's default font.
class ReportFonts {
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)

public:
    /// The family to use; an error naming the package to install when neither is there. Needs a
    /// QGuiApplication.
    static Result<QString> serifFamily();
};

} // namespace chibo
