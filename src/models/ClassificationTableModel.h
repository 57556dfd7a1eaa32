// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationRow.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

#include <functional>

namespace chibo {

/// The year's classification, one row per member or organisation: proposed, decided and final level,
/// points, flags and the reason. Read-only; decisions are recorded through the page's dialog and the
/// rows are then replaced. Levels are shown as their upper-case codes (HTXS, HTT…), their names in the
/// tooltip; the final level colours the row through the colours the page gives.
class ClassificationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        CellColumn,
        ProposedColumn,
        DecidedColumn,
        FinalColumn,
        PointsColumn,
        FlagsColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        SubjectIdRole = Qt::UserRole + 1, ///< QUuid
        IsMemberRole,                     ///< bool
        OrgIdRole,                        ///< QUuid of the member's cell or the organisation
        FinalLevelRole,                   ///< the final level code
        NeedsDecisionRole,                ///< bool: rated, and undetermined or flagged
        DecidedRole,                      ///< bool: a decision is recorded
        DiffersRole,                      ///< bool: the decision differs from the proposal
        SortRole,                         ///< a value to sort the column by (the level's rank, the points)
    };
    /// The background for a level code ("" = undetermined); an invalid colour leaves the row plain.
    using LevelColours = std::function<QColor(const QString& level)>;

    explicit ClassificationTableModel(QObject* parent = nullptr);

    void setRows(QList<ClassificationRow> rows);
    void setColours(LevelColours background, QColor foreground);
    const ClassificationRow* row(int row) const;
    /// The row of a subject, -1 when not listed.
    int rowOf(const QUuid& subjectId) const;
    /// The headers follow the language; the rows are rebuilt by the page.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ClassificationRow& row, int column) const;
    QVariant toolTip(const ClassificationRow& row, int column) const;
    QVariant sortValue(const ClassificationRow& row, int column) const;

    QList<ClassificationRow> m_rows;
    QHash<QUuid, int> m_rowBySubject;
    LevelColours m_background;
    QColor m_foreground;
};

} // namespace chibo
