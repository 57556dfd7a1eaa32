// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/TrashPayload.h"

#include "dataset/DatasetReader.h"
#include "dataset/DatasetWriter.h"

namespace chibo {

QString TrashPayload::write(const Dataset& fragment)
{
    return QString::fromUtf8(DatasetWriter::write(fragment));
}

Result<Dataset> TrashPayload::read(const QString& payload, const QUuid& entryId)
{
    const QString source = tr("recycle bin entry %1").arg(entryId.toString(QUuid::WithoutBraces));
    Result<Dataset> fragment = DatasetReader::readFragment(payload.toUtf8(), source);
    if (!fragment)
        return Error{QStringLiteral("bin_entry_unreadable"),
                     tr("The recycle bin entry cannot be read back: %1").arg(fragment.error().message),
                     fragment.error().location};
    return fragment;
}

} // namespace chibo
