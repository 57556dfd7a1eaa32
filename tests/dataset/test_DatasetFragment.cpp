// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDatasets.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetWriter.h"
#include "support/Catch.h"

using namespace chibo;

namespace {

/// One meeting of the sample with its ratings, without the cell and the members it refers to: what the
/// recycle bin keeps of a removed meeting.
Dataset meetingFragment()
{
    const Dataset whole = test::everyFieldDataset();
    REQUIRE_FALSE(whole.meetings.isEmpty());
    Dataset fragment;
    fragment.meetings = {whole.meetings.first()};
    for (const Rating& rating : whole.ratings) {
        if (rating.subjectId == fragment.meetings.first().id)
            fragment.ratings.append(rating);
    }
    return fragment;
}

} // namespace

TEST_CASE("A fragment whose references point outside it reads back exactly as a fragment, not as a dataset")
{
    const Dataset fragment = meetingFragment();
    const QByteArray bytes = DatasetWriter::write(fragment);
    const auto whole = DatasetReader::read(bytes, QStringLiteral("bin.json"));
    REQUIRE_FALSE(whole.ok());
    CHECK(whole.error().code == QStringLiteral("dataset.unknown-reference"));
    const auto part = DatasetReader::readFragment(bytes, QStringLiteral("bin.json"));
    INFO((part ? QString() : part.error().toString()));
    REQUIRE(part.ok());
    CHECK(*part == fragment);
}

TEST_CASE("A fragment is still checked for everything it holds itself")
{
    Dataset twice = meetingFragment();
    twice.meetings.append(twice.meetings.first());
    const auto repeated =
        DatasetReader::readFragment(DatasetWriter::write(twice), QStringLiteral("bin.json"));
    REQUIRE_FALSE(repeated.ok());
    CHECK(repeated.error().code == QStringLiteral("dataset.duplicate-id"));
    CHECK(repeated.error().location.startsWith(QStringLiteral("bin.json:")));

    Dataset member;
    member.members = {test::everyFieldDataset().members.first()};
    member.members.first().statusEvents.append(member.members.first().statusEvents.first());
    member.members.first().statusEvents.last().id = QUuid::createUuid();
    const auto twiceAdmitted =
        DatasetReader::readFragment(DatasetWriter::write(member), QStringLiteral("bin.json"));
    REQUIRE_FALSE(twiceAdmitted.ok());

    const QByteArray broken = DatasetWriter::write(meetingFragment()).replace("\"date\"", "\"day\"");
    CHECK(DatasetReader::readFragment(broken, QStringLiteral("bin.json")).error().code ==
          QStringLiteral("dataset.missing-field"));
}
