// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Organisation.h"

#include <QDate>
#include <QString>

namespace chibo::test {

/// Path of a file under tests/data.
QString dataPath(const QString& relative);

/// A QString from UTF-8 source text (the sources are UTF-8; QT_NO_CAST_FROM_ASCII is on).
inline QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Writes `bytes` to `path`, replacing the file; the test fails when it cannot.
void writeFile(const QString& path, const QByteArray& bytes);

/// A deterministic id for test records: the same name gives the same uuid.
QUuid idFor(const QString& name);

/// Builds an organisation with a name-derived id.
Organisation anOrganisation(const QString& name, OrgKind kind, const QUuid& parentId = {});

/// Builds a member admitted on `ceremony`, recognised 12 months later when that is before `recognisedBy`,
/// registered officially in `cellId` from the ceremony.
Member aMember(const QString& fullName, const QUuid& cellId, QDate ceremony, QDate recognisedBy = {});

} // namespace chibo::test
