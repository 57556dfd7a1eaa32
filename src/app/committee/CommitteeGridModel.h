// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CommitteeGridSheet.h"
#include "services/CommitteeOverview.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QVariant>

namespace chibo {

/// The committee overview as a grid: the columns, headers, criterion and level texts and colour bands of
/// CommitteeGridSheet (the same as the exported sheet), the numbers in the current locale. Texts, colours
/// and sort keys are prepared when the overview, the comparison mode or the language changes; painting
/// reads them only. Read-only.
class CommitteeGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// What a column shows; the criteria columns repeat Section once per criterion of the cell model.
    using Field = CommitteeGridSheet::Field;
    enum Role {
        CellIdRole = Qt::UserRole + 10, ///< QUuid of the row's cell
    };

    explicit CommitteeGridModel(QObject* parent = nullptr);

    void setOverview(CommitteeOverview overview);
    const CommitteeOverview& overview() const { return m_overview; }
    /// Shows each number's rank among the cells of the same type ("2/5") instead of the number.
    void setCompareWithinType(bool compare);
    bool compareWithinType() const { return m_compare; }
    /// Recomputes the texts after a language change.
    void retranslate();

    Field fieldOf(int column) const;
    /// The column that shows `field` (the first criterion for Section).
    int columnOf(Field field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Shown {
        QString text;
        QVariant sortKey;
        QColor background;
        QString toolTip;
        bool number = false;
    };

    void prepare();
    Shown shownNumber(int row, Field field) const;
    Shown shownLevel(int row, Field field) const;
    Shown shownSection(int row, int section) const;
    Shown shown(int row, int column) const;

    CommitteeOverview m_overview;
    bool m_compare = false;
    QList<QList<Shown>> m_cells; ///< [row][column]
};

} // namespace chibo
