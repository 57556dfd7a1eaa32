// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersFixture.h"

#include "app/members/MemberDialog.h"
#include "core/OrgTree.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace chibo::test {

MembersFixture::MembersFixture()
{
    REQUIRE(!context.organisations().isEmpty());
    context.setCurrentOrganisation(context.tree().roots().first()->id);
}

std::optional<Member> MembersFixture::stored(const QUuid& id) const
{
    auto found = context.workspace()->storage().members().find(id);
    REQUIRE(found.ok());
    return *found;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void typeInto(QWidget* edit, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit))
        line->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // QTest::keyClicks maps characters to Latin-1 keys; Vietnamese letters arrive as text, as from an IME.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clickOk(MemberDialog& dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    settle();
}

QStringList shownColumn(const QAbstractItemView& view, int column)
{
    return columnTexts(view.model(), column);
}

} // namespace chibo::test
