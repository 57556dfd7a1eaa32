// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/OrganisationSetup.h"

#include <QWizard>

#include <memory>

namespace Ui {
class SetupWizard;
}

namespace chibo {

/// The first start: open the demo, or describe the grassroots organisation and its cells so that
/// ChiBo creates them (OrganisationSetup). Asks; the caller creates the database and the records.
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageIds { StartPageId, OrganisationPageId, CellsPageId };

    explicit SetupWizard(QWidget* parent = nullptr);
    ~SetupWizard() override;

    bool wantsDemo() const;
    /// The organisation described (meaningful when !wantsDemo()).
    OrganisationPlan plan() const;

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent* event) override;

private:
    void fillKinds();
    void addCellRow(const QString& name = {}, CellType type = CellType::Residential);
    void removeCurrentCell();

    std::unique_ptr<Ui::SetupWizard> m_ui;
};

} // namespace chibo
