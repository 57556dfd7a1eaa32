// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/ScoreCard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace chibo {

class CriteriaSet;

/// A cell's meetings of one year: date, kind, state, attendance, and the meeting-quality result of
/// each held meeting (points or indicators met, and the level in its colour band). Read-only.
class MeetingListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        StateColumn,
        AttendanceColumn,
        ScoreColumn,
        LevelColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MeetingListModel(QObject* parent = nullptr);

    /// The meetings by date, with the cards of those assessed; `criteria` names their levels.
    void setMeetings(const QList<Meeting>& meetings, const QHash<QUuid, ScoreCard>& cards,
                     const CriteriaSet& criteria);
    /// The language changed: the headers are asked for again (the page sets the rows again).
    void retranslate();
    const Meeting* meeting(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Meeting meeting;
        int attended = 0;
        int recorded = 0;
        std::optional<ScoreCard> card;
        QString score;
        QString level;
    };
    QVariant display(const Row& row, int column) const;
    static QString scoreText(const ScoreCard& card);
    static QString levelText(const ScoreCard& card, const CriteriaSet& criteria, QDate date);

    QList<Row> m_rows;
};

} // namespace chibo
