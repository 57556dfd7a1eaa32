// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/RatingChecks.h"

#include "dataset/RecordKind.h"
#include "dataset/ReferenceChecks.h"
#include "dataset/TextFormats.h"

#include <QHash>

namespace chibo {

namespace {

/// The identity of a rating: what it rates, for which indicator and period.
QString ratingKey(const Rating& rating)
{
    return rating.criteriaId + u'\n' + rating.indicatorId + u'\n' + TextFormats::id(rating.subjectId) +
           u'\n' + rating.period;
}

} // namespace

RatingChecks::RatingChecks(const Dataset& dataset, const ReferenceChecks& index, QList<Error>& errors)
    : m_dataset(dataset)
    , m_index(index)
    , m_errors(errors)
{}

void RatingChecks::report(const JsonPath& at, const QString& code, const QString& message)
{
    m_errors.append(Error{code, message, at.pointer()});
}

void RatingChecks::run()
{
    const QList<Rating>& ratings = m_dataset.ratings;
    QHash<QUuid, qsizetype> firstId;
    QHash<QString, qsizetype> firstKey;
    firstId.reserve(ratings.size());
    firstKey.reserve(ratings.size());
    const JsonPath root;
    const JsonPath section = root / u"ratings";
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const Rating& rating = ratings[i];
        const JsonPath record = section / i;
        if (!rating.id.isNull()) {
            const auto seen = firstId.constFind(rating.id);
            if (seen == firstId.cend())
                firstId.insert(rating.id, i);
            else
                report(record / u"id", QStringLiteral("dataset.duplicate-id"),
                       tr("This %1 has the id %2, which the %1 at %3 already has; every record needs its own "
                          "id.")
                           .arg(recordNoun(RecordKind::Rating), TextFormats::id(rating.id),
                                (section / *seen).pointer()));
        }
        checkSubject(rating, record);
        if (rating.criteriaId.isEmpty() || rating.indicatorId.isEmpty() || rating.subjectId.isNull())
            continue;
        const QString key = ratingKey(rating);
        const auto first = firstKey.constFind(key);
        if (first == firstKey.cend()) {
            firstKey.insert(key, i);
            continue;
        }
        report(record, QStringLiteral("dataset.duplicate-rating"),
               tr("The indicator “%1” of “%2” is rated twice for the same subject and period; the first "
                  "rating is at %3. Keep one value.")
                   .arg(rating.indicatorId, rating.criteriaId, (section / *first).pointer()));
    }
}

void RatingChecks::checkSubject(const Rating& rating, const JsonPath& record)
{
    if (rating.subjectId.isNull())
        return;
    const bool isMeeting = m_index.meeting(rating.subjectId) != nullptr;
    const bool known =
        isMeeting || m_index.member(rating.subjectId) || m_index.organisation(rating.subjectId);
    if (!known && m_index.isFragment())
        return; // a subject outside the fragment: the database checks it and the period when writing
    if (!known) {
        report(record / u"subject", QStringLiteral("dataset.unknown-reference"),
               tr("The field “subject” refers to %1, which is neither a member, an organisation nor a "
                  "meeting of this dataset.")
                   .arg(TextFormats::id(rating.subjectId)));
        return;
    }
    if (isMeeting && !rating.period.isEmpty())
        report(record / u"period", QStringLiteral("dataset.rating-period"),
               tr("This rating is of a meeting, which is its own period, so its “period” must be left out, "
                  "but it is “%1”.")
                   .arg(rating.period));
    else if (!isMeeting && rating.period.isEmpty())
        report(record, QStringLiteral("dataset.rating-period"),
               tr("This rating is of a member or an organisation, so it needs a “period”: a year written "
                  "YYYY or a month written YYYY-MM."));
}

} // namespace chibo
