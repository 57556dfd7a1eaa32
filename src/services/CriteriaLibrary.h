// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scoring/CriteriaSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// Where criteria files come from: the files shipped inside ChiBo (criteria/ at build time) with the
/// test cases beside them, the files a committee installed in the user's criteria folder, and any
/// folder or file named on a command line. Reads the bytes; CriteriaSet checks them.
class CriteriaLibrary {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLibrary)

public:
    /// The shipped files, named "criteria/<file>.json".
    static QList<CriteriaSource> shippedSources();
    /// The test cases shipped for the file `criteriaId` (criteria/tests/<id>/*.json), in name order,
    /// named "criteria/tests/<id>/<file>.json". Empty for a file installed by a committee.
    static QList<CriteriaSource> shippedCases(const QString& criteriaId);
    /// The folder imported criteria files are copied to: <data directory>/criteria. Not created here.
    static QString userDirectory();
    /// The *.json files of userDirectory(), in name order, each named by its absolute path. A missing
    /// folder gives none; an unreadable file is an error naming it.
    static Result<QList<CriteriaSource>> userSources();
    /// Whether a source or file name (Criteria::sourceName) is one of userSources().
    static bool isUserFile(const QString& sourceName);
    /// The files named by `paths`: a .json file, or a folder whose *.json files (not subfolders) are
    /// read in name order. An error names a path that cannot be read.
    static Result<QList<CriteriaSource>> readSources(const QStringList& paths);
    /// The shipped files, or with `paths` given, those files instead.
    static Result<CriteriaSet::Loaded> load(const QStringList& paths = {});
    /// What the window and the commands use: the shipped files and those in userDirectory(), checked
    /// together (a file with a problem is left out and the problem says why).
    static Result<QList<CriteriaSource>> installedSources();
    static Result<CriteriaSet::Loaded> loadInstalled();
};

} // namespace chibo
