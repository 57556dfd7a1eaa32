// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// Where an organisation stands in the Party's tree. No fixed district level: an upper committee can
/// be a province, a commune, a bloc ("khối") — its name says which.
enum class OrgKind {
    UpperCommittee,      ///< đảng bộ cấp trên cơ sở (tỉnh, xã, khối…)
    GrassrootsCommittee, ///< đảng bộ cơ sở
    GrassrootsCell,      ///< chi bộ cơ sở
    SubordinateCell,     ///< chi bộ trực thuộc
    PartyGroup,          ///< tổ đảng
};

/// The kind of unit a cell serves; the rules for meetings and models differ by it.
enum class CellType { Residential, Agency, Enterprise, School, Hospital, ArmedForces, Other };

/// A committee term (nhiệm kỳ); document numbers run through one term.
struct OrgTerm {
    QUuid id;
    QDate from;
    QDate to;
    QString label; ///< e.g. "2025–2030"

    bool operator==(const OrgTerm&) const = default;
};

/// A party organisation: any node of the tree from a province committee down to a party group.
struct Organisation {
    QUuid id;
    QUuid parentId; ///< null for a root
    QString name;   ///< e.g. "Chi bộ buôn Ea Kring"
    OrgKind kind = OrgKind::SubordinateCell;
    CellType cellType = CellType::Residential;
    QString locality;  ///< e.g. "xã Ea Sin, tỉnh Đắk Lắk"
    QString shortName; ///< used in document symbols, e.g. "CB" or "ĐU"
    QDate establishedOn;
    QList<OrgTerm> terms;

    /// A cell or a grassroots committee: the units that hold meetings and are classified.
    bool isGrassroots() const
    {
        return kind == OrgKind::GrassrootsCommittee || kind == OrgKind::GrassrootsCell;
    }
    bool isCell() const { return kind == OrgKind::GrassrootsCell || kind == OrgKind::SubordinateCell; }
    bool operator==(const Organisation&) const = default;
};

} // namespace chibo
