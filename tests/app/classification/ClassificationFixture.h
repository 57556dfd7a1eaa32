// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/classification/ClassificationPage.h"
#include "i18n/Translations.h"

#include <QAbstractItemModel>
#include <QUuid>

#include <memory>

namespace chibo::test {

/// The year-end page on the demo in Vietnamese, for "Chi bộ buôn Ea Kring" and 2025, as an
/// administrator named Nguyễn Văn Tư, shown and with its first computation finished.
struct ClassificationFixture : DemoContext {
    explicit ClassificationFixture(Role role = Role::Admin,
                                   const QString& organisation = QStringLiteral("Chi bộ buôn Ea Kring"));

    /// Waits for the page's running job (if any) to finish; false on a timeout.
    bool waitForJob();
    /// The proxy row whose subject is `name`, -1 when not shown.
    int rowOf(const QString& name) const;
    QAbstractItemModel* view() const;
    QUuid orgId(const QString& name) const { return orgNamed(name); }

    std::unique_ptr<ClassificationPage> page;
};

} // namespace chibo::test
