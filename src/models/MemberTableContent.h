// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "models/MemberTableRow.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// What a MemberTableModel shows: its members on one day, in Vietnamese name order, with what it derives
/// for each. Built apart from the model — a plain value, no QObject, translations only read — so that
/// a window can build a province's 100,000 rows on a worker thread and hand them to the model at once.
struct MemberTableContent {
    QDate day;
    /// By given name, then full name (vi_VN collation, case-insensitive, as PersonNameOrder), then id:
    /// an index is a rank in name order. The members' own fields only: their status, registration and
    /// position histories are dropped once `rows` are derived from them (a third of the memory).
    QList<Member> members;
    QList<MemberTableRow> rows; ///< one for each of `members`, at the same index
    /// The members' folded full names (VietnameseText::fold), at the same indexes; namesakes share one text.
    QList<QString> searchKeys;
    QHash<QUuid, int> indexById;

    /// Derives each member's state, cell, positions, party age and search key on `day` and sorts them.
    /// `cellNames` maps organisation ids to names for the cell column. Names that occur many times (a
    /// province has thousands of "Nguyễn Văn …") are folded, collated and stored once.
    static MemberTableContent build(QList<Member> members, const QHash<QUuid, QString>& cellNames, QDate day);
    /// The date party age counts from: the admission decision, else the ceremony.
    static QDate admittedOn(const Member& member);
    /// Recomputes the translated texts (status, positions) in the current language.
    void translate();
};

} // namespace chibo
