// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ScorecardEvidenceRow.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Ui {
class EvidenceDialog;
}

namespace chibo {

class EvidenceTableModel;

/// The evidence of one value: the indicator, its inputs (e.g. present 12 of expected 14) and the
/// records behind it (meetings, each member's attendance, targets…). Read-only; shown with open().
class EvidenceDialog : public QDialog {
    Q_OBJECT

public:
    explicit EvidenceDialog(QWidget* parent = nullptr);
    ~EvidenceDialog() override;

    /// `heading`: the indicator with its value; `inputs`: (name, value) pairs.
    void setEvidence(const QString& heading, const QList<std::pair<QString, QString>>& inputs,
                     QList<ScorecardEvidenceRow> rows);
    const EvidenceTableModel& records() const { return *m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    const std::unique_ptr<Ui::EvidenceDialog> m_ui;
    EvidenceTableModel* m_model;
};

} // namespace chibo
