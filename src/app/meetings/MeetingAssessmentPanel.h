// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"
#include "core/ScoreCard.h"
#include "scoring/Criteria.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Ui {
class MeetingAssessmentPanel;
}

namespace chibo {

/// The meeting's self-assessment, live: every indicator of the chosen meeting-quality file with its
/// value and outcome band; indicators a person judges get an editor of the values the file allows (a
/// list for yes / no and grades, a spin box for points). Below them the total points, the level and the
/// cases left for a decision. It shows cards; the editor computes them and saves the entries.
class MeetingAssessmentPanel : public QWidget {
    Q_OBJECT

public:
    explicit MeetingAssessmentPanel(QWidget* parent = nullptr);
    ~MeetingAssessmentPanel() override;

    /// The files that apply to the meeting, rules in force first, and the one in use (may be null).
    /// The pointers must stay valid until the next call.
    void setFiles(const QList<const Criteria*>& files, const Criteria* chosen);
    const Criteria* currentFile() const { return m_file; }
    /// Shows `card` (of the current file) and, in the editors, the values entered for the meeting.
    void showCard(const ScoreCard& card, const QList<Rating>& ratings);
    /// Shows why there is nothing to assess.
    void showMessage(const QString& message);
    void setEditable(bool editable);

    /// A value as people read it: "18/20 (90 %)", "Yes", a grade's name, "—" when missing.
    static QString valueText(const IndicatorResult& result, const Criteria* file);

Q_SIGNALS:
    void fileChosen(const chibo::Criteria* file);
    /// A value being set, not yet final (a spin box stepped): assess it, do not save. "" = not entered.
    void ratingPreviewed(const QString& indicatorId, const QString& value);
    /// A value entered: save it. "" removes the entry.
    void ratingCommitted(const QString& indicatorId, const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        const Indicator* indicator = nullptr;
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QComboBox* choice = nullptr;
        QSpinBox* points = nullptr;
        QLabel* outcome = nullptr;
        QLabel* score = nullptr;
    };
    void fillFiles();
    void buildRows();
    void clearRows();
    QWidget* inputEditor(Row& row);
    void showEntry(const Row& row, const QList<Rating>& ratings);
    void showResult(const Row& row, const IndicatorResult* result);
    void showLevel(const ScoreCard& card);
    QString levelName(const QString& code) const;
    static QString outcomeText(IndicatorOutcome outcome);
    static void paint(QLabel* label, const QColor& background);

    const std::unique_ptr<Ui::MeetingAssessmentPanel> m_ui;
    QList<const Criteria*> m_files;
    const Criteria* m_file = nullptr;
    QList<Row> m_rows;
    bool m_editable = false;
    std::optional<ScoreCard> m_card;
    QList<Rating> m_ratings;
};

} // namespace chibo
