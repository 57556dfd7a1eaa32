// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace chibo {

/// The items of one criteria file as a tree, for reading the rules: its indicators (with their point
/// bands and bonuses), classification rules, caps, flags, eligibility rules and quota, each with its
/// id, title, points, threshold, legal reference and whether it is computed or entered. Read-only.
class CriteriaItemsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TitleColumn,
        PointsColumn,
        ThresholdColumn,
        LegalRefColumn,
        KindColumn,
        ColumnCount
    };

    explicit CriteriaItemsModel(QObject* parent = nullptr);

    /// Shows `file` (a copy is kept to translate the texts again); none clears the tree.
    void setCriteria(std::optional<Criteria> file);
    /// The ids of the indicators listed, in file order.
    QStringList indicatorIds() const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        int parent = -1; ///< -1 for a section
        QList<int> children;
        QStringList texts; ///< one per column
        bool section = false;
        bool indicator = false;
    };

    void build();
    int add(int parent, QStringList texts);
    int addSection(const QString& title, int count);
    void addIndicators(const Criteria& file);
    void addIndicator(int section, const Criteria& file, const Indicator& indicator);
    void addRules(const Criteria& file);
    QString pointsOf(const Indicator& indicator) const;

    std::optional<Criteria> m_file;
    QList<Item> m_items;
    QList<int> m_sections;
};

} // namespace chibo
