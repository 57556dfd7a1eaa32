// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingListModel.h"

#include "app/OutcomeColours.h"
#include "core/Labels.h"
#include "scoring/CriteriaSet.h"
#include "services/MeetingQualityForms.h"

#include <QLocale>

namespace chibo {

namespace {

QString number(const Rational& value)
{
    return value.isInteger() ? QLocale().toString(value.numerator())
                             : value.toDecimal(2).replace(u'.', QLocale().decimalPoint());
}

} // namespace

MeetingListModel::MeetingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MeetingListModel::setMeetings(const QList<Meeting>& meetings, const QHash<QUuid, ScoreCard>& cards,
                                   const CriteriaSet& criteria)
{
    QList<Row> rows;
    rows.reserve(meetings.size());
    for (const Meeting& meeting : meetings) {
        Row row;
        row.meeting = meeting;
        row.meeting.attendance.clear(); // the list needs the counts only
        row.recorded = int(meeting.attendance.size());
        for (const Attendance& entry : meeting.attendance)
            row.attended += entry.attended() ? 1 : 0;
        const auto card = cards.constFind(meeting.id);
        if (card != cards.cend()) {
            row.card = *card;
            row.score = scoreText(*card);
            row.level = levelText(*card, criteria, meeting.date);
        }
        rows.append(std::move(row));
    }
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const Row& a, const Row& b) { return a.meeting.id == b.meeting.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void MeetingListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Meeting* MeetingListModel::meeting(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].meeting : nullptr;
}

int MeetingListModel::rowOf(const QUuid& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].meeting.id == id)
            return i;
    }
    return -1;
}

QString MeetingListModel::scoreText(const ScoreCard& card)
{
    if (!card.rated)
        return {};
    if (card.hasPoints)
        return tr("%1/%2 points").arg(number(card.total), number(card.maxTotal));
    const auto [judged, met] = MeetingQualityForms::criteriaMet(card);
    return judged == 0 ? QString() : tr("%1 of %2 criteria met").arg(met).arg(judged);
}

QString MeetingListModel::levelText(const ScoreCard& card, const CriteriaSet& criteria, QDate date)
{
    if (!card.rated)
        return tr("Not rated");
    if (card.level.isEmpty())
        return tr("For the committee to decide");
    const bool english = QLocale().language() == QLocale::English;
    if (const Criteria* file = criteria.find(card.criteriaId, date)) {
        for (const Level& level : file->levels) {
            if (level.code == card.level)
                return card.flags.isEmpty() ? level.label.pick(english)
                                            : tr("%1 (to be confirmed)").arg(level.label.pick(english));
        }
    }
    return card.level;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::display(const Row& row, int column) const
{
    const Meeting& m = row.meeting;
    switch (column) {
    case DateColumn: return m.date.toString(u"dd/MM/yyyy");
    case KindColumn: return Labels::of(m.kind);
    case StateColumn: return Labels::of(m.state);
    case AttendanceColumn:
        return row.recorded == 0
                   ? QString()
                   : tr("%1/%2").arg(QLocale().toString(row.attended), QLocale().toString(row.recorded));
    case ScoreColumn: return row.score;
    case LevelColumn: return row.level;
    default: return {};
    }
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttendanceColumn || index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == LevelColumn && row.card) {
            const QColor colour = row.card->needsDecision() || !row.card->rated
                                      ? OutcomeColours::background(*row.card)
                                      : OutcomeColours::levelBackground(row.card->level);
            if (colour.isValid())
                return colour;
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == LevelColumn && row.card ? QVariant(OutcomeColours::foreground())
                                                         : QVariant();
    case IdRole: return row.meeting.id;
    default: return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case AttendanceColumn: return tr("Present");
    case ScoreColumn: return tr("Score");
    case LevelColumn: return tr("Quality");
    default: return {};
    }
}

} // namespace chibo
