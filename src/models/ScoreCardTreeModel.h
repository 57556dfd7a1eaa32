// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScoreCardRow.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QList>

namespace chibo {

/// Scorecards as a two-level tree of prepared rows: cards (or criteria) with their indicators below, or
/// indicators alone. Read-only; the texts come translated and are replaced whole on a language change.
class ScoreCardTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ValueColumn,
        ThresholdColumn,
        PointsColumn,
        ResultColumn,
        ReasonColumn,
        LegalRefColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(ScoreCardRow::Kind)
        CardIndexRole,               ///< int: the card in the page's run
        IndicatorIndexRole,          ///< int: the indicator in its card, -1 for other rows
        HasEvidenceRole,             ///< bool: records or inputs are behind the value
    };

    explicit ScoreCardTreeModel(QObject* parent = nullptr);

    void setRows(QList<ScoreCardRow> rows);
    /// The colour of the numbers a click opens the evidence of (the palette's link colour).
    void setLinkColour(const QColor& colour);
    const ScoreCardRow* rowAt(const QModelIndex& index) const;
    /// Whether a click on `index` opens the evidence: a value or points cell of an indicator with some.
    static bool opensEvidence(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Announces new header texts after a language change.
    void retranslate();

private:
    QVariant roleData(const ScoreCardRow& row, int column, int role) const;

    QList<ScoreCardRow> m_rows;
    QColor m_linkColour;
};

} // namespace chibo
