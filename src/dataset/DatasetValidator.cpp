// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetValidator.h"

#include "dataset/DomainChecks.h"
#include "dataset/RatingChecks.h"
#include "dataset/ReferenceChecks.h"

namespace chibo {

QList<Error> DatasetValidator::validate(const Dataset& dataset, DatasetExtent extent)
{
    QList<Error> errors;
    ReferenceChecks references(dataset, extent);
    references.run(errors);
    DomainChecks rules(dataset, references, errors);
    rules.checkMembers();
    rules.checkMeetings();
    rules.checkDisciplines();
    RatingChecks(dataset, references, errors).run();
    return errors;
}

} // namespace chibo
