// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationRow.h"
#include "core/Organisation.h"
#include "core/Result.h"
#include "scoring/CriteriaSet.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

class Workspace;

/// The year-end classification as a table, with the columns of the window's Year-end page: the member or
/// organisation, the cell, the proposed, decided and final level (codes in upper case), the points, the
/// flags (an HTXS quota exceeded among them) and the reason. A rated row is filled with the shade of its
/// final level, or the "for a decision" shade while a person must still decide; a row not rated is plain.
class ClassificationSheet {
    // The page's table model lives in the models layer, which cannot use this one: the texts are written
    // again here in its translation context and with the same source texts, so that the catalogue's one
    // entry each serves both (the page's tests check that the headers agree).
    Q_DECLARE_TR_FUNCTIONS(chibo::ClassificationTableModel)

public:
    /// The translated headers, as ClassificationTableModel's.
    static QStringList header();
    /// The sheet's name and its caption line ("Year-end classification — Đảng bộ xã Ea Sin, 2025"), as
    /// the window's File ▸ Export table names them.
    static QString title();
    static QString caption(const QString& organisationName, int year);
    /// `rows` ordered as the page first lists them: by cell name in Vietnamese order, then by given name
    /// and full name; one sheet row each.
    static SheetTable table(QList<ClassificationRow> rows, const QString& organisationName, int year);
    /// The classification of `year` as the page computes it for `org`, from the records as they are
    /// (nothing is stored): the proposals for the grassroots organisation at or above `org` (or `org`
    /// itself when it is above that level), with the decisions recorded, keeping the subjects at or below
    /// `org`. Texts of the rules in English when `english`.
    static Result<SheetTable> ofOrganisation(const Workspace& workspace, const CriteriaSet& criteria,
                                             const Organisation& org, int year, QDate asOf, bool english);
};

} // namespace chibo
