// SPDX-License-Identifier: GPL-3.0-or-later
// ClassificationPage's part in File ▸ Export table, apart from ClassificationPage.cpp, which is at the
// project's size limit for a file.
#include "app/AppContext.h"
#include "app/classification/ClassificationPage.h"
#include "ui_ClassificationPage.h"

namespace chibo {

ExportablePage::Table ClassificationPage::exportableTable() const
{
    const Organisation* scope = m_context.organisation(scopeOrgId());
    if (!scope)
        return {};
    return {m_ui->classificationTableView, tr("Year-end classification"),
            tr("Year-end classification — %1, %2").arg(scope->name).arg(year())};
}

} // namespace chibo
