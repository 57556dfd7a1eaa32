// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IssuedDocument.h"
#include "core/Organisation.h"

#include <QAbstractTableModel>
#include <QList>

namespace chibo {

/// An organisation's register of issued documents as a table: term, number and symbol, date, type,
/// summary, who numbered it; in the register's order (term, type, number).
class IssuedDocumentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TermColumn,
        NumberColumn,
        DateColumn,
        TypeColumn,
        TitleColumn,
        RecordedByColumn,
        ColumnCount
    };

    explicit IssuedDocumentModel(QObject* parent = nullptr);

    /// `org` names the terms and gives the symbol.
    void setEntries(const Organisation& org, QList<IssuedDocument> entries);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString termLabel(QDate termFrom) const;

    Organisation m_org;
    QList<IssuedDocument> m_entries;
};

} // namespace chibo
