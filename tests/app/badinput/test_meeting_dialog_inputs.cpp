// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input in the window's meeting editor (docs/bad-inputs.md, "The window's fields"), offscreen, in
// English: a meeting that ends before it starts is shown as such and refused, and the database file is
// byte-identical afterwards.
#include "DatabaseFingerprint.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsPage.h"
#include "meetings/MeetingsFixture.h"

#include <QLabel>
#include <QTimeEdit>

using namespace chibo;
using namespace chibo::test;

TEST_CASE("B54 meeting editor with an end time before the start time")
{
    MeetingsFixture f;
    REQUIRE(f.translations.install(Language::English));
    const QUuid id = f.newMeeting(QDate(2026, 11, 20));
    const Meeting created = *f.stored(id);
    DatabaseFingerprint::checkpoint(f.demo.path);
    const DatabaseFingerprint before = DatabaseFingerprint::of(f.demo.path);

    child<QTimeEdit>(*f.page, QStringLiteral("startTimeEdit"))->setTime(QTime(21, 0));
    child<QTimeEdit>(*f.page, QStringLiteral("endTimeEdit"))->setTime(QTime(19, 30));
    CHECK(child<QLabel>(*f.page, QStringLiteral("durationLabel"))->text() ==
          QStringLiteral("(the end is not after the start)"));
    f.page->editor()->flush();

    INFO(f.dialogs.errors.join(u'\n').toStdString());
    REQUIRE(f.dialogs.errors.size() == 1);
    CHECK(f.dialogs.errors.first().contains(
        QStringLiteral("the meeting ends at 19:30, which is not after its start at 21:00.")));
    CHECK(*f.stored(id) == created);
    CHECK(DatabaseFingerprint::of(f.demo.path) == before);
}
