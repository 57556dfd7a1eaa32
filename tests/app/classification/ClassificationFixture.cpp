// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassificationFixture.h"

#include "app/JobRunner.h"
#include "models/ClassificationTableModel.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QSignalSpy>
#include <QTableView>

namespace chibo::test {

ClassificationFixture::ClassificationFixture(Role role, const QString& organisation)
{
    context.setSession(Session{QStringLiteral("Nguyễn Văn Tư"), role, {}});
    context.setCurrentOrganisation(orgId(organisation));
    page = std::make_unique<ClassificationPage>(context);
    page->setYear(2025);
    page->resize(1200, 700);
    QSignalSpy finished(&page->jobRunner(), &JobRunner::finished);
    page->show();
    REQUIRE(page->jobRunner().isRunning());
    REQUIRE(finished.wait(60000));
}

bool ClassificationFixture::waitForJob()
{
    if (!page->jobRunner().isRunning())
        return true;
    QSignalSpy finished(&page->jobRunner(), &JobRunner::finished);
    return finished.wait(60000);
}

QAbstractItemModel* ClassificationFixture::view() const
{
    auto* table = page->findChild<QTableView*>(QStringLiteral("classificationTableView"));
    REQUIRE(table);
    return table->model();
}

int ClassificationFixture::rowOf(const QString& name) const
{
    const QAbstractItemModel* model = view();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ClassificationTableModel::SubjectColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace chibo::test
