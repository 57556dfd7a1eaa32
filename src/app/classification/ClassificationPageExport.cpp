// SPDX-License-Identifier: GPL-3.0-or-later
// ClassificationPage's part in File ▸ Export table.
#include "app/AppContext.h"
#include "app/classification/ClassificationPage.h"
#include "services/ClassificationSheet.h"
#include "ui_ClassificationPage.h"

namespace chibo {

ExportablePage::Table ClassificationPage::exportableTable() const
{
    const Organisation* scope = m_context.organisation(scopeOrgId());
    if (!scope)
        return {};
    // Named as the CLI names the same table (ClassificationSheet).
    return {m_ui->classificationTableView, ClassificationSheet::title(),
            ClassificationSheet::caption(scope->name, year())};
}

} // namespace chibo
