// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ScorecardEvidenceRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace chibo {

/// The records behind one value, one row each: kind, date, name, detail. Read-only.
class EvidenceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, NameColumn, DetailColumn, ColumnCount };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    void setRows(QList<ScorecardEvidenceRow> rows);
    const QList<ScorecardEvidenceRow>& rows() const { return m_rows; }
    /// Announces new header texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScorecardEvidenceRow> m_rows;
};

} // namespace chibo
