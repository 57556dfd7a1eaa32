// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberImport.h"

#include <QAbstractTableModel>
#include <QList>

namespace chibo {

/// The rows a member import would create, as MemberImportDialog previews them: the file's row number, the
/// mapped fields in the order of their columns, and the row's problems, then its warnings. Rows with a
/// problem are painted in OutcomeColours' Fail band, rows with warnings only in its NeedsDecision band.
/// Read-only.
class MemberImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit MemberImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const MemberImportPreview& preview);
    /// The column that shows `field`, -1 when the field is not mapped.
    int columnOf(MemberField field) const;
    int problemsColumn() const { return int(m_fields.size()) + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A member's field as the preview shows it: dates dd/MM/yyyy, sex and yes/no as translated words.
    static QString fieldText(const Member& member, MemberField field);

private:
    QList<MemberField> m_fields; ///< the mapped fields, each once, in column order
    QList<MemberImportRow> m_rows;
};

} // namespace chibo
