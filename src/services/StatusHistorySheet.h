// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/StatusEvent.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

/// The columns of the status history sheet: who (the identification the import links a row to a member
/// by), then the event.
enum class StatusHistoryColumn {
    FullName,
    BirthDate,
    CitizenId,
    PartyCardNumber,
    Date,
    Event,
    Decision,
    Note,
};

/// The second table of the member workbook: one row per status event of every member (MemberSheet's
/// order, then date order), the admission and the recognition as a full member among them: the members
/// table carries their dates, this sheet their decisions and notes. What StatusHistoryReader reads back.
/// Headers are matched like MemberFields' (English or Vietnamese, without diacritics too); so are the events'
/// names.
class StatusHistorySheet {
    Q_DECLARE_TR_FUNCTIONS(StatusHistorySheet)

public:
    /// Every column, in the sheet's order.
    static QList<StatusHistoryColumn> columns();
    /// The sheet's name in the current language ("Status history").
    static QString title();
    /// The column header in the current language; the member columns are MemberFields' labels.
    static QString label(StatusHistoryColumn column);
    static QStringList header();
    /// The column a header names, if any: its label or a known English or Vietnamese header.
    static std::optional<StatusHistoryColumn> match(const QString& header);
    /// Whether the members table carries the date of events of `kind` (Admitted and Recognised): their
    /// history rows must agree with it and give only their decision and note.
    static bool datedByMembersTable(StatusEventKind kind);
    /// The event a text names: its label in the current language, in English or in Vietnamese (matched
    /// as headers are), or its code in the dataset format ("exemption_started").
    static std::optional<StatusEventKind> eventOf(const QString& text);
    /// The rows of `members`, who are in the sheet's order already.
    static SheetTable table(const QList<const Member*>& members);

private:
    /// The names an event is known by besides its label: English and Vietnamese.
    static QStringList knownNames(StatusEventKind kind);
    /// The headers a column is known by besides its label (the member columns: MemberFields').
    static QStringList knownHeaders(StatusHistoryColumn column);
};

} // namespace chibo
