// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scoring/CriteriaSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// Where criteria files come from: the files shipped inside ChiBo (criteria/ at build time), plus any
/// folder or file a committee adds. Reads the bytes; CriteriaSet checks them.
class CriteriaLibrary {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLibrary)

public:
    /// The shipped files, named "criteria/<file>.json".
    static QList<CriteriaSource> shippedSources();
    /// The files named by `paths`: a .json file, or a folder whose *.json files (not subfolders) are
    /// read in name order. An error names a path that cannot be read.
    static Result<QList<CriteriaSource>> readSources(const QStringList& paths);
    /// The shipped files, or with `paths` given, those files instead.
    static Result<CriteriaSet::Loaded> load(const QStringList& paths = {});
};

} // namespace chibo
