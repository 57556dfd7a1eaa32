// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class DecisionDialog;
}

namespace chibo {

/// What the committee decides about: one subject's proposal and the levels its rules allow.
struct DecisionRequest {
    QString subjectName;
    QString proposedLevel;   ///< "" when the rules gave none
    QString proposalSummary; ///< "Hoàn thành tốt nhiệm vụ (htt)"
    QString explanation;     ///< the rules tried, one per line
    bool needsDecision = false;
    QList<Level> levels;  ///< best first
    QString currentLevel; ///< preselected: the level decided so far, else the proposal
    QString decidedBy;    ///< preset from the session
};

/// Records a decided level for a member or an organisation: shows ChiBo's proposal with its reasons, and
/// asks for the level, the reason and who decides. OK stays disabled until the decision is one the
/// service accepts (a reason and a name given; a level other than a proposal that needs no decision).
/// Opened window-modal with open(); the page reads the answers when it is accepted.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    explicit DecisionDialog(DecisionRequest request, QWidget* parent = nullptr);
    ~DecisionDialog() override;

    QString decidedLevel() const;
    QString reason() const;
    QString decidedBy() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void updateAcceptable();

    const std::unique_ptr<Ui::DecisionDialog> m_ui;
    DecisionRequest m_request;
};

} // namespace chibo
