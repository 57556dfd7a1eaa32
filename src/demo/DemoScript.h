// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/PositionTerm.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chibo {

/// The cast and the stories of the demo: which member slot (cell key and index) plays which part,
/// and the dates of the scripted events. Builders read it so that histories, attendance, dues and
/// records tell one consistent story.
class DemoScript {
public:
    enum class AgeGroup { Any, Young, Adult, Senior, Elder };

    struct Slot {
        QString cell;
        int index = -1;

        QString key() const { return cell + u'/' + QString::number(index); }
        bool operator==(const Slot&) const = default;
    };

    /// A slot's fixed profile; a forced name makes the member a Kinh woman or man by that name.
    struct Casting {
        Slot slot;
        AgeGroup age = AgeGroup::Any;
        int sex = -1; ///< -1 drawn, else the Sex value
        QString name;
    };

    struct Admission {
        Slot slot;
        QDate ceremony;
    };

    /// A seat in the commune committee or the grassroots committee, held through both terms.
    struct Seat {
        Slot slot;
        QString org;
        Position position = Position::CommitteeMember;
        QString title; ///< how minutes name the holder, e.g. "Phó Bí thư Thường trực Đảng ủy xã"
    };

    struct Story {
        enum class Kind {
            Exempt,
            Removed,
            Deceased,
            Suspended,
            TemporaryAway,
            TransferWithin,
            TransferIn,
            TransferOut,
            TemporaryIn
        };
        Kind kind = Kind::Exempt;
        Slot slot;
        QDate from;
        QDate to;           ///< end of a suspension, a temporary stay or transfer; invalid when open-ended
        QString targetCell; ///< for a transfer between cells
        QString decision;
        QString note;
    };

    static const QList<Casting>& castings();
    static const QList<Admission>& admissions();
    static const QList<Seat>& seats();
    static const QList<Story>& stories();
    /// The first story of `kind`; every kind is in the script.
    static const Story& story(Story::Kind kind);
    /// The story a slot plays in, or nullptr.
    static const Story* storyOf(const Slot& slot);
    /// Cells whose secretary changes at the 2025 congress.
    static bool secretaryChangesIn(const QString& cellKey);
    /// The upper-committee seat that follows a cell (dự sinh hoạt, chỉ đạo); nullptr when none.
    static const Seat* followerOf(const QString& cellKey);
    /// Slots that hold a committee post at some time: they need a long membership.
    static bool holdsPost(const QString& cellKey, int committeeSeats, int index);

private:
    static QList<Story> buildStories();
};

} // namespace chibo
