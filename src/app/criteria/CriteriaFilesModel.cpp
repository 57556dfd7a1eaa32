// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/CriteriaFilesModel.h"

#include "i18n/Language.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace chibo {

namespace {

QString dateText(QDate day)
{
    return day.isValid() ? day.toString(u"dd/MM/yyyy") : QString();
}

/// "QĐ 366-QĐ/TW, 30/08/2025": number, symbol and date, never the number alone.
QString basisText(const LegalBasis& basis)
{
    const QString symbol = basis.symbol.section(u'/', 0, 0);
    return symbol + u' ' + basis.number + u'-' + basis.symbol + QStringLiteral(", ") + dateText(basis.date);
}

} // namespace

CriteriaFilesModel::CriteriaFilesModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void CriteriaFilesModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_groups.clear();
    for (const SubjectKind subject : {SubjectKind::OrganisationYear, SubjectKind::MemberYear,
                                      SubjectKind::OrganisationMonth, SubjectKind::Meeting}) {
        Group group{subject, {}};
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).subject == subject)
                group.entries.append(i);
        }
        std::stable_sort(group.entries.begin(), group.entries.end(), [this](int a, int b) {
            const Entry& x = m_entries.at(a);
            const Entry& y = m_entries.at(b);
            return x.validFrom != y.validFrom ? x.validFrom < y.validFrom : x.id < y.id;
        });
        if (!group.entries.isEmpty())
            m_groups.append(std::move(group));
    }
    endResetModel();
}

const CriteriaFilesModel::Entry* CriteriaFilesModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return nullptr;
    const Group& group = m_groups.at(qsizetype(index.internalId()));
    return &m_entries.at(group.entries.at(index.row()));
}

QModelIndex CriteriaFilesModel::indexOf(const QString& reference) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int>& entries = m_groups.at(g).entries;
        for (int row = 0; row < entries.size(); ++row) {
            const Entry& file = m_entries.at(entries.at(row));
            if (file.id + u'@' + file.version == reference)
                return createIndex(row, 0, quintptr(g));
        }
    }
    return {};
}

void CriteriaFilesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (const int rows = rowCount(parent); rows > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    }
}

QModelIndex CriteriaFilesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex CriteriaFilesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId()), 0, GroupRow);
}

int CriteriaFilesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int CriteriaFilesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CriteriaFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Entry* file = entry(index))
        return fileData(*file, index.column(), role);
    const Group& group = m_groups.at(index.row());
    if (role == Qt::DisplayRole && index.column() == IdColumn)
        return groupTitle(group);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant CriteriaFilesModel::fileData(const Entry& file, int column, int role) const
{
    if (role == ReferenceRole)
        return QString(file.id + u'@' + file.version);
    if (role == Qt::ToolTipRole && column == LegalBasisColumn) {
        QStringList lines;
        for (const LegalBasis& basis : file.legalBasis)
            lines.append(basisText(basis) + QStringLiteral(" — ") + basis.issuer);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn: return file.id;
    case TitleColumn:
        return file.example ? tr("%1 (example to adapt)").arg(file.title.pick(showsEnglish()))
                            : file.title.pick(showsEnglish());
    case VersionColumn: return file.version;
    case ValidFromColumn: return dateText(file.validFrom);
    case ValidToColumn: return file.validTo.isValid() ? dateText(file.validTo) : tr("open-ended");
    case LegalBasisColumn:
        return file.legalBasis.isEmpty() ? QString() : basisText(file.legalBasis.constFirst());
    case SourceColumn: return file.userFile ? tr("Imported") : tr("Shipped");
    default: return {};
    }
}

QString CriteriaFilesModel::groupTitle(const Group& group) const
{
    const int files = int(group.entries.size());
    switch (group.subject) {
    case SubjectKind::OrganisationYear: return tr("Organisations, by year (%n file(s))", nullptr, files);
    case SubjectKind::MemberYear: return tr("Members, by year (%n file(s))", nullptr, files);
    case SubjectKind::OrganisationMonth: return tr("Organisations, by month (%n file(s))", nullptr, files);
    case SubjectKind::Meeting: return tr("Meetings (%n file(s))", nullptr, files);
    }
    return {};
}

QVariant CriteriaFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Id");
    case TitleColumn: return tr("Title");
    case VersionColumn: return tr("Version");
    case ValidFromColumn: return tr("Valid from");
    case ValidToColumn: return tr("Valid to");
    case LegalBasisColumn: return tr("Legal basis");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

} // namespace chibo
