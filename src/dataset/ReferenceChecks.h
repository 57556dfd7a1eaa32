// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Error.h"
#include "core/JsonPath.h"
#include "dataset/DatasetExtent.h"
#include "dataset/RecordKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <utility>

namespace chibo {

/// The integrity of a dataset as a whole: ids unique within each kind of record, every reference
/// pointing at a record of the dataset, organisations' parents present and free of cycles, one attendance
/// row per member and meeting, one dues record per member and month, periods that end after they start.
/// Builds its indexes once (O(records)); DatasetValidator uses them for the domain rules.
class ReferenceChecks {
    Q_DECLARE_TR_FUNCTIONS(ReferenceChecks)

public:
    /// `dataset` must outlive this. A fragment's references to records it does not hold are not findings.
    explicit ReferenceChecks(const Dataset& dataset, DatasetExtent extent = DatasetExtent::Whole);

    /// Appends every integrity problem, located by the JSON pointer of the offending value.
    void run(QList<Error>& errors);

    /// The record with `id` (the first one when an id is repeated); null when none.
    const Organisation* organisation(const QUuid& id) const;
    const Member* member(const QUuid& id) const;
    const Meeting* meeting(const QUuid& id) const;
    /// Whether references may point outside the dataset (DatasetExtent::Fragment).
    bool isFragment() const { return m_extent == DatasetExtent::Fragment; }
    /// Position of the member with `id` in the dataset's list; -1 when none.
    qsizetype memberIndex(const QUuid& id) const { return m_members.value(id, -1); }

    /// "dd/MM/yyyy", the form of dates in messages.
    static QString shownDate(QDate date) { return date.toString(u"dd/MM/yyyy"); }
    /// The name of a member for messages: the full name, or the id when unknown.
    QString memberName(const QUuid& id) const;

private:
    enum class Ref { Organisation, Member, Meeting };
    /// Where each id of one kind of record was first seen: (index in the top-level list, nested index).
    struct IdSpace {
        QStringView section;
        QStringView nested; ///< the list inside the record, empty for a top-level record
        RecordKind kind;
        QHash<QUuid, std::pair<qsizetype, qsizetype>> seen;
    };

    void noteId(IdSpace& space, const QUuid& id, qsizetype outer, qsizetype inner = -1);
    void refer(Ref kind, const QUuid& id, const JsonPath& at);
    void endsAfterStart(RecordKind kind, QDate from, QDate to, const JsonPath& record);
    void checkOrganisations();
    void checkParents();
    void checkMembers();
    void checkMeetings();
    void checkMeetingTimes(const Meeting& meeting, const JsonPath& at);
    void checkAttendance(const Meeting& meeting, const JsonPath& at);
    void checkTargetsAndAssignments();
    void checkDisciplines();
    void checkMemberRecords();
    void checkCommendations();
    void report(const JsonPath& at, const QString& code, const QString& message);

    const Dataset& m_dataset;
    DatasetExtent m_extent;
    QHash<QUuid, qsizetype> m_organisations;
    QHash<QUuid, qsizetype> m_members;
    QHash<QUuid, qsizetype> m_meetings;
    QList<Error>* m_errors = nullptr;
};

} // namespace chibo
