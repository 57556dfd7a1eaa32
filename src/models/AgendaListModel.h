// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace chibo {

/// A meeting's agenda, one item per row, shown numbered ("1. Khai mạc"). Edits are requests: setData()
/// and the move / insert / remove helpers emit agendaEdited() with the whole new agenda, and the caller
/// saves it and calls setItems() with what the database holds.
class AgendaListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit AgendaListModel(QObject* parent = nullptr);

    void setItems(QStringList items);
    const QStringList& items() const { return m_items; }
    void setEditable(bool editable);

    /// The agenda with `text` inserted at `row` (clamped), or with `row` removed, or with `row` moved by
    /// `delta` places. Each emits agendaEdited() when it changes something and says whether it did.
    bool requestInsert(int row, const QString& text);
    bool requestRemove(int row);
    bool requestMove(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void agendaEdited(const QStringList& after);

private:
    bool request(const QStringList& after);

    QStringList m_items;
    bool m_editable = false;
};

} // namespace chibo
