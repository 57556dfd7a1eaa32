// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ScorecardTally.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractSeries;
class QChart;
class QChartView;
class QLineSeries;
class QBarSet;

namespace chibo {

/// The cell's year month by month: the attendance rate as a line and the meeting quality as bars, both in
/// percent over "M1".."M12". Drawn from the tallies of the page's run; no animation (tests render it
/// offscreen).
class ScorecardTrendCharts : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardTrendCharts(QWidget* parent = nullptr);

    /// Twelve months, January first, tallied by `forms`.
    void setMonths(const QList<ScorecardTally>& months, const MeetingQualityForms& forms);
    /// The attendance line: one point per month with meetings.
    const QLineSeries* attendanceSeries() const { return m_attendance; }
    /// The meeting score bars: twelve values, 0 where no meeting was scored.
    const QBarSet* meetingScoreSet() const { return m_scores; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QChart* newChart(const QString& title) const;
    void addAxes(QChart* chart, QAbstractSeries* series) const;

    QChartView* m_attendanceView;
    QChartView* m_scoreView;
    QLineSeries* m_attendance = nullptr;
    QBarSet* m_scores = nullptr;
    QList<ScorecardTally> m_months;
    MeetingQualityForms m_forms;
};

} // namespace chibo
