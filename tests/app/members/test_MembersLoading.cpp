// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersFixture.h"
#include "app/TextWidths.h"
#include "app/members/InlineMessage.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberListLoader.h"
#include "app/members/MembersPage.h"
#include "models/MemberTableModel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace chibo;
using namespace chibo::test;

namespace {

/// What a members page shows: the rows' names and cells, the count and the Charter's findings.
struct Shown {
    QStringList names;
    QStringList cells;
    QString count;
    QStringList warnings;

    explicit Shown(const MembersPage& page)
    {
        const auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
        names = shownColumn(*table, MemberTableModel::NameColumn);
        cells = shownColumn(*table, MemberTableModel::CellColumn);
        count = child<QLabel>(page, QStringLiteral("countLabel"))->text();
        for (const InlineMessage* message :
             page.findChildren<InlineMessage*>(QStringLiteral("charterWarning")))
            warnings.append(message->text());
    }
    bool operator==(const Shown&) const = default;
};

void waitUntilLoaded(const MembersPage& page)
{
    QElapsedTimer timer;
    timer.start();
    while (page.loader().isLoading() && timer.elapsed() < 60000)
        QTest::qWait(10);
    REQUIRE_FALSE(page.loader().isLoading());
    settle();
}

} // namespace

TEST_CASE("a large organisation's members load in the background and show as a small one's do")
{
    MembersFixture fixture;
    MembersPage direct(fixture.context);
    direct.show();
    REQUIRE_FALSE(direct.loader().isLoading());
    const Shown expected(direct);
    REQUIRE(expected.names.size() >= 120);

    MembersPage page(fixture.context);
    page.loader().setBackgroundThreshold(1); // the demo commune counts as large
    page.show();
    CHECK(page.loader().isLoading());
    CHECK(child<QLabel>(page, QStringLiteral("countLabel"))->text() ==
          QStringLiteral("Đang tải danh sách đảng viên…"));
    waitUntilLoaded(page);
    CHECK(Shown(page) == expected);
    CHECK(child<QTableView>(page, QStringLiteral("membersTableView"))->currentIndex().row() == 0);
    CHECK(fixture.dialogs.errors.isEmpty());
}

TEST_CASE("choosing another organisation while members load shows only the one chosen last")
{
    MembersFixture fixture;
    const QUuid eaKring = fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    MembersPage page(fixture.context);
    page.loader().setBackgroundThreshold(1);
    page.show();
    REQUIRE(page.loader().isLoading());
    fixture.context.setCurrentOrganisation(eaKring);
    settle();
    waitUntilLoaded(page);
    const Shown shown(page);

    MembersPage direct(fixture.context);
    direct.show();
    CHECK(shown == Shown(direct));
    REQUIRE_FALSE(shown.cells.isEmpty());
    CHECK(shown.cells.count(QStringLiteral("Chi bộ buôn Ea Kring")) > 0);
    // No late result of the first load replaces it.
    QTest::qWait(50);
    settle();
    CHECK(Shown(page) == shown);
}

TEST_CASE("a cell filter listing thousands of cells is sized from its longest names, a short one by Qt")
{
    QComboBox combo;
    for (int cell = 1; cell <= 5000; ++cell)
        combo.addItem(QStringLiteral("Chi bộ thôn %1").arg(cell));
    combo.addItem(QStringLiteral("Chi bộ Trường Trung học phổ thông Buôn Ma Thuột"));
    TextWidths::fitComboBox(combo);
    CHECK(combo.sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon);
    const QFontMetrics metrics = combo.fontMetrics();
    CHECK(combo.minimumContentsLength() * metrics.horizontalAdvance(u'x') >=
          metrics.horizontalAdvance(QStringLiteral("Chi bộ Trường Trung học phổ thông Buôn Ma Thuột")));
    CHECK(combo.sizeHint().width() >
          metrics.horizontalAdvance(QStringLiteral("Chi bộ Trường Trung học phổ thông Buôn Ma Thuột")));

    combo.clear();
    combo.addItem(QStringLiteral("Chi bộ thôn 1"));
    TextWidths::fitComboBox(combo);
    CHECK(combo.sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow);
    CHECK(combo.minimumContentsLength() == 0);
}

TEST_CASE("an edit saved while the list loads in the background shows when the reload is done")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.loader().setBackgroundThreshold(1);
    page.show();
    waitUntilLoaded(page);
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setCurrentIndex(table->model()->index(3, 0));
    const QUuid id = page.currentMemberId();
    REQUIRE_FALSE(id.isNull());
    page.editCurrentMember();
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    typeInto(child<QLineEdit>(*dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("0262 3 847 112"));
    clickOk(*dialog);
    CHECK(fixture.dialogs.errors.isEmpty());
    CHECK(fixture.stored(id)->phone == QStringLiteral("0262 3 847 112"));
    settle();
    waitUntilLoaded(page);
    // The same member stays selected, now with the saved phone.
    CHECK(page.currentMemberId() == id);
    CHECK(
        table->model()->index(table->currentIndex().row(), MemberTableModel::PhoneColumn).data().toString() ==
        QStringLiteral("0262 3 847 112"));
}
