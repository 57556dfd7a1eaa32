// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "core/Member.h"
#include "i18n/Translations.h"
#include "support/Catch.h"

#include <QString>
#include <QUuid>

#include <optional>

class QAbstractItemView;
class QWidget;

namespace chibo {
class MemberDialog;
class MembersPage;
} // namespace chibo

namespace chibo::test {

/// The demo database opened in an AppContext, in Vietnamese, as a page test starts.
struct MembersFixture : DemoContext {
    MembersFixture();

    /// The member as stored now; none when not in the database.
    std::optional<Member> stored(const QUuid& id) const;
};

/// Lets the page's deferred reload (one per batch of saved edits) run.
void settle();
/// Replaces the text of a line edit by typing, as a person would.
void typeInto(QWidget* edit, const QString& text);
/// Accepts a member dialog through its OK button.
void clickOk(MemberDialog& dialog);
/// The display texts of one column of a view's model.
QStringList shownColumn(const QAbstractItemView& view, int column);

} // namespace chibo::test
