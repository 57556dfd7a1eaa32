// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"

#include <QAbstractItemModel>
#include <QList>

namespace chibo {

/// The installed criteria files grouped by what they judge (organisations by year, members by year,
/// organisations by month, meetings), each group ordered by validity period. Two levels: a group row,
/// then its files. Read-only; holds copies of the files' headers, not the rules.
class CriteriaFilesModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TitleColumn,
        VersionColumn,
        ValidFromColumn,
        ValidToColumn,
        LegalBasisColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        ReferenceRole = Qt::UserRole + 1, ///< "id@version" of a file row, invalid for a group row
    };

    /// A file as the list shows it.
    struct Entry {
        QString id;
        QString version;
        BilingualText title;
        QDate validFrom;
        QDate validTo;
        QList<LegalBasis> legalBasis;
        bool example = false;
        bool userFile = false; ///< installed by a committee rather than shipped
        SubjectKind subject = SubjectKind::OrganisationYear;
    };

    explicit CriteriaFilesModel(QObject* parent = nullptr);

    void setEntries(QList<Entry> entries);
    /// The file of a file row, nullptr for a group row.
    const Entry* entry(const QModelIndex& index) const;
    /// The index of the file "id@version", invalid when it is not listed.
    QModelIndex indexOf(const QString& reference) const;
    int fileCount() const { return int(m_entries.size()); }
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        SubjectKind subject;
        QList<int> entries; ///< into m_entries, by valid_from then id
    };
    static constexpr quintptr GroupRow = quintptr(-1);

    QVariant fileData(const Entry& entry, int column, int role) const;
    QString groupTitle(const Group& group) const;

    QList<Entry> m_entries;
    QList<Group> m_groups;
};

} // namespace chibo
