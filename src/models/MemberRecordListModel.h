// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/MemberRecordModel.h"

#include <QList>
#include <QVariant>

#include <functional>
#include <utility>

namespace chibo {

/// A MemberRecordModel over a list of one core record type: the columns read and write the record's
/// fields, new rows come from a factory (the dialog knows the member, the day and the cell). What is
/// edited stays in the list until the caller takes it with records().
template <typename T>
class MemberRecordListModel : public MemberRecordModel {
public:
    struct Column {
        const char* header; ///< QT_TRANSLATE_NOOP("chibo::MemberRecordModel", …)
        Editor editor;
        std::function<QVariant(const T&)> get;
        std::function<void(T&, const QVariant&)> set; ///< empty for a computed, read-only column
        std::function<QList<std::pair<int, QString>>()> choices = {}; ///< for Choice columns
    };

    MemberRecordListModel(QList<Column> columns, QObject* parent = nullptr)
        : MemberRecordModel(parent)
        , m_columns(std::move(columns))
    {}

    void setRecords(QList<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<T>& records() const { return m_records; }
    /// Makes the record appendRow() adds.
    void setRowFactory(std::function<T()> factory) { m_factory = std::move(factory); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

protected:
    int fieldCount() const override { return int(m_columns.size()); }
    const char* fieldHeader(int column) const override { return m_columns[column].header; }
    Editor fieldEditor(int column) const override { return m_columns[column].editor; }
    bool fieldEditable(int column) const override { return bool(m_columns[column].set); }
    QList<std::pair<int, QString>> fieldChoices(int column) const override
    {
        const auto& choices = m_columns[column].choices;
        return choices ? choices() : QList<std::pair<int, QString>>();
    }
    QVariant fieldValue(int row, int column) const override { return m_columns[column].get(m_records[row]); }
    void setFieldValue(int row, int column, const QVariant& value) override
    {
        m_columns[column].set(m_records[row], value);
    }
    void appendDefaultRecord() override { m_records.append(m_factory ? m_factory() : T{}); }
    void removeRecords(int row, int count) override { m_records.remove(row, count); }

private:
    QList<Column> m_columns;
    QList<T> m_records;
    std::function<T()> m_factory;
};

} // namespace chibo
