// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberImportPreviewModel.h"

#include "app/OutcomeColours.h"
#include "core/Labels.h"
#include "services/MemberSheet.h"

namespace chibo {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy") : QString();
}

} // namespace

MemberImportPreviewModel::MemberImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MemberImportPreviewModel::setPreview(const MemberImportPreview& preview)
{
    beginResetModel();
    m_fields.clear();
    for (const std::optional<MemberField>& field : preview.mapping) {
        if (field && !m_fields.contains(*field))
            m_fields.append(*field);
    }
    m_rows = preview.rows;
    endResetModel();
}

int MemberImportPreviewModel::columnOf(MemberField field) const
{
    const qsizetype index = m_fields.indexOf(field);
    return index < 0 ? -1 : int(index) + 1;
}

int MemberImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size()) + 2;
}

QVariant MemberImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MemberImportRow& row = m_rows.at(index.row());
    const QStringList notes = row.problems + row.warnings;
    const OutcomeBand band = !row.problems.isEmpty()   ? OutcomeBand::Fail
                             : !row.warnings.isEmpty() ? OutcomeBand::NeedsDecision
                                                       : OutcomeBand::Neutral;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return row.row;
        if (index.column() == problemsColumn())
            return notes.join(QStringLiteral("; "));
        return fieldText(row.member, m_fields.at(index.column() - 1));
    case Qt::ToolTipRole: return notes.isEmpty() ? QVariant() : notes.join(u'\n');
    case Qt::BackgroundRole:
        return band == OutcomeBand::Neutral ? QVariant() : OutcomeColours::background(band);
    case Qt::ForegroundRole: return band == OutcomeBand::Neutral ? QVariant() : OutcomeColours::foreground();
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant MemberImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return tr("Row");
    if (section == problemsColumn())
        return tr("Problems and warnings");
    return MemberImport::label(m_fields.at(section - 1));
}

QString MemberImportPreviewModel::fieldText(const Member& member, MemberField field)
{
    switch (field) {
    case MemberField::FullName: return member.fullName;
    case MemberField::GivenName: return member.givenName;
    case MemberField::Sex: return Labels::of(member.sex);
    case MemberField::BirthDate: return dateText(member.birthDate);
    case MemberField::Ethnicity: return member.ethnicity;
    case MemberField::Religion: return member.religion;
    case MemberField::Hometown: return member.hometown;
    case MemberField::CitizenId: return member.citizenId;
    case MemberField::Phone: return member.phone;
    case MemberField::PartyCardNumber: return member.partyCardNumber;
    case MemberField::AdmissionDecisionDate: return dateText(member.admissionDecisionDate);
    case MemberField::CeremonyDate: return dateText(member.ceremonyDate);
    case MemberField::OfficialDate: return dateText(member.officialDate);
    case MemberField::WorksInPoliticalSystem: return MemberSheet::yesNo(member.worksInPoliticalSystem);
    case MemberField::Note: return member.note;
    }
    return {};
}

} // namespace chibo
