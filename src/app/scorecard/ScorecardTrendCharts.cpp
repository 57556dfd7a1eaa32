// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scorecard/ScorecardTrendCharts.h"

#include "app/OutcomeColours.h"
#include "services/MeetingQualityTexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <utility>

namespace chibo {

namespace {

constexpr int monthsInYear = 12;

/// A share as a percentage for drawing; the values themselves stay exact.
double percent(const ScoreValue& value)
{
    return 100.0 * double(value.number.numerator()) / double(value.number.denominator());
}

} // namespace

ScorecardTrendCharts::ScorecardTrendCharts(QWidget* parent)
    : QWidget(parent)
    , m_attendanceView(new QChartView(this))
    , m_scoreView(new QChartView(this))
{
    m_attendanceView->setObjectName(QStringLiteral("attendanceChartView"));
    m_scoreView->setObjectName(QStringLiteral("meetingScoreChartView"));
    for (QChartView* view : {m_attendanceView, m_scoreView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attendanceView);
    layout->addWidget(m_scoreView);
    rebuild();
}

void ScorecardTrendCharts::setMonths(const QList<ScorecardTally>& months, const MeetingQualityForms& forms)
{
    m_months = months;
    m_months.resize(monthsInYear);
    m_forms = forms;
    rebuild();
}

void ScorecardTrendCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QChart* ScorecardTrendCharts::newChart(const QString& title) const
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void ScorecardTrendCharts::addAxes(QChart* chart, QAbstractSeries* series) const
{
    auto* months = new QBarCategoryAxis;
    for (int month = 1; month <= monthsInYear; ++month)
        months->append(tr("M%1", "a month on a chart axis: M1 is January").arg(month));
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setTickCount(6);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    series->attachAxis(months);
    series->attachAxis(share);
}

void ScorecardTrendCharts::rebuild()
{
    m_months.resize(monthsInYear);
    QChart* attendanceChart = newChart(tr("Attendance rate by month"));
    m_attendance = new QLineSeries;
    m_attendance->setName(tr("Attendance rate"));
    m_attendance->setPointsVisible(true);
    m_attendance->setColor(OutcomeColours::accent(OutcomeBand::Neutral));
    for (int month = 0; month < monthsInYear; ++month) {
        if (const ScoreValue rate = m_months.at(month).attendanceRate(); !rate.isMissing())
            m_attendance->append(month, percent(rate));
    }
    attendanceChart->addSeries(m_attendance);
    addAxes(attendanceChart, m_attendance);

    const bool english = QLocale().language() == QLocale::English;
    QChart* scoreChart = newChart(MeetingQualityTexts::chartTitle(m_forms, english));
    m_scores = new QBarSet(MeetingQualityTexts::name(m_forms));
    m_scores->setColor(OutcomeColours::accent(OutcomeBand::Pass));
    for (int month = 0; month < monthsInYear; ++month) {
        const ScoreValue score = m_months.at(month).meetingScore();
        m_scores->append(score.isMissing() ? 0.0 : percent(score));
    }
    auto* bars = new QBarSeries;
    bars->append(m_scores);
    scoreChart->addSeries(bars);
    addAxes(scoreChart, bars);

    // A view owns its chart but only releases the previous one.
    for (auto [view, chart] :
         {std::pair{m_attendanceView, attendanceChart}, std::pair{m_scoreView, scoreChart}}) {
        QChart* previous = view->chart();
        view->setChart(chart);
        delete previous;
    }
}

} // namespace chibo
