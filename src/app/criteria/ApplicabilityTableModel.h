// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Applicability.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace chibo {

/// Which criteria files apply to which organisation and year: one row per cell (and the grassroots
/// organisation above them), one column per year, the ids of the files in force in each cell of the
/// table, one per line; the tooltip gives their titles. Read-only.
class ApplicabilityTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        IdsRole = Qt::UserRole + 1, ///< QStringList of the file ids
    };

    explicit ApplicabilityTableModel(QObject* parent = nullptr);

    /// `names` maps organisation ids to names, `titles` file ids to titles.
    void setTable(QList<ApplicabilityRow> rows, int firstYear, QHash<QUuid, QString> names,
                  QHash<QString, QString> titles);
    int firstYear() const { return m_firstYear; }
    /// The column of `year`, -1 when not shown.
    int columnOf(int year) const;
    /// The row of an organisation, -1 when not listed.
    int rowOf(const QUuid& orgId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApplicabilityRow> m_rows;
    int m_firstYear = 0;
    int m_years = 0;
    QHash<QUuid, QString> m_names;
    QHash<QString, QString> m_titles;
};

} // namespace chibo
