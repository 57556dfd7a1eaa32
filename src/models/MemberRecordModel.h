// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace chibo {

/// An editable table of one kind of a member's records (status events, cell registrations, positions,
/// discipline, leave, dues, assignments) for the member dialog. Each column says how its field is shown
/// and edited (EditorRole, ChoicesRole), so one delegate serves every table. Rows are core values; the
/// typed part lives in MemberRecordListModel<T>.
class MemberRecordModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// How a column is edited; the display follows from it (dates dd/MM/yyyy, months MM/yyyy, numbers in
    /// the current locale, choices by their label).
    enum class Editor {
        Text,
        Date,         ///< EditRole: QDate
        OptionalDate, ///< EditRole: QDate, invalid for "open" (a period still running)
        Month,        ///< EditRole: QDate, the first day of the month
        Choice,       ///< EditRole: int, one of the column's choices
        Organisation, ///< EditRole: QUuid, one of setOrganisations()
        Number,       ///< EditRole: qlonglong, not negative
        Check,        ///< Qt::CheckStateRole
    };
    enum Role {
        EditorRole = Qt::UserRole + 1, ///< int(Editor) of the column (also in the horizontal header)
        ChoicesRole, ///< QVariantList of QVariantList{value, label} for Choice and Organisation columns
    };

    explicit MemberRecordModel(QObject* parent = nullptr);

    /// The organisations offered by Organisation columns, as (id, label), in the order to offer them.
    void setOrganisations(QList<std::pair<QUuid, QString>> organisations);
    /// A read-only model refuses edits and reports no editable cells.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Appends a new record made by the row factory; returns its row, -1 when read-only.
    int appendRow();
    /// Tells the views that translated texts (headers, choice labels) changed.
    void retranslate();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

protected:
    /// What the typed model provides for each column.
    virtual int fieldCount() const = 0;
    virtual const char* fieldHeader(int column) const = 0; ///< source text in this class's context
    virtual Editor fieldEditor(int column) const = 0;
    /// False for a column computed from the others (a leave's days).
    virtual bool fieldEditable(int column) const = 0;
    /// (value, label) pairs of a Choice column.
    virtual QList<std::pair<int, QString>> fieldChoices(int column) const = 0;
    virtual QVariant fieldValue(int row, int column) const = 0;
    virtual void setFieldValue(int row, int column, const QVariant& value) = 0;
    virtual void appendDefaultRecord() = 0;
    virtual void removeRecords(int row, int count) = 0;

private:
    QVariant display(const QModelIndex& index) const;
    QString choiceLabel(int column, int value) const;
    QString organisationLabel(const QUuid& id) const;

    QList<std::pair<QUuid, QString>> m_organisations;
    bool m_readOnly = false;
};

} // namespace chibo
