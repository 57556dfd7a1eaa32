// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "scoring/MetricIndex.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QTime>

namespace chibo::test {

/// A held meeting of `orgId` from 19:00 lasting `minutes`, with a name-derived id.
Meeting aMeeting(const QString& key, const QUuid& orgId, QDate date, MeetingKind kind = MeetingKind::Regular,
                 int minutes = 120);
/// Records `member`'s attendance at `meeting`.
void attend(Meeting& meeting, const Member& member, AttendanceStatus status = AttendanceStatus::Present);
/// Appends a dated status event to `member`.
void addEvent(Member& member, QDate date, StatusEventKind kind);
ScoringInput anInput(const Dataset& dataset, const QUuid& scope, int year, int month, QDate asOf);
/// The subject with that id (and period, when given) among `subjects`; an invalid one when absent.
SubjectRef subjectOf(const QList<SubjectRef>& subjects, const QUuid& id, const QString& period = {});
/// The value of the input called `name`, missing when there is none.
ScoreValue inputOf(const MetricValue& value, const QString& name);
bool hasRecord(const MetricValue& value, const QString& kind, const QUuid& id, const QString& detail = {});
QString detailOf(const Member& member);
/// An argument map, e.g. args({{"kind", "thematic"}}).
QMap<QString, QString> args(std::initializer_list<std::pair<const char16_t*, const char16_t*>> entries = {});

} // namespace chibo::test
