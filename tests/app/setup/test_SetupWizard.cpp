// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/setup/FirstStart.h"
#include "app/setup/SetupWizard.h"
#include "core/OrgTree.h"
#include "i18n/Translations.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace chibo;

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void fillCell(SetupWizard& wizard, int row, const QString& name, CellType type)
{
    auto* table = child<QTableWidget>(wizard, "cellsTableWidget");
    if (row >= table->rowCount())
        child<QPushButton>(wizard, "addCellButton")->click();
    table->item(row, 0)->setText(name);
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 1));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(int(type)));
}

const Session admin{QStringLiteral("Nguyễn Văn An"), Role::Admin, {}};

} // namespace

TEST_CASE("the first-start wizard offers the demo by default and finishes at once")
{
    Translations translations;
    translations.install(Language::Vietnamese);
    SetupWizard wizard;
    wizard.show();
    CHECK(wizard.wantsDemo());
    CHECK(wizard.nextId() == -1);
    CHECK(wizard.windowTitle() == QStringLiteral("Chào mừng đến với ChiBo"));
}

TEST_CASE("the wizard creates a commune committee with its cells in a new database")
{
    QTemporaryDir dir;
    SetupWizard wizard;
    wizard.show();
    child<QRadioButton>(wizard, "createRadioButton")->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::OrganisationPageId);
    CHECK_FALSE(wizard.validateCurrentPage()); // a name is required
    child<QLineEdit>(wizard, "nameLineEdit")->setText(QStringLiteral("Đảng bộ xã Ea Tul"));
    child<QLineEdit>(wizard, "upperLineEdit")->setText(QStringLiteral("Đảng bộ huyện Cư M'gar"));
    child<QLineEdit>(wizard, "localityLineEdit")->setText(QStringLiteral("xã Ea Tul, tỉnh Đắk Lắk"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::CellsPageId);
    fillCell(wizard, 0, QStringLiteral("Chi bộ buôn Ea Tul"), CellType::Residential);
    fillCell(wizard, 1, QStringLiteral("Chi bộ Trường THCS Ea Tul"), CellType::School);
    fillCell(wizard, 2, QStringLiteral("chi bo buon ea tul"), CellType::Residential);
    CHECK_FALSE(wizard.validateCurrentPage()); // the same name, accents aside
    CHECK(child<QLabel>(wizard, "problemsLabel")->text().contains(QStringLiteral("chi bo buon ea tul")));
    child<QTableWidget>(wizard, "cellsTableWidget")->removeRow(2);
    CHECK(wizard.validateCurrentPage());

    const QString path = dir.filePath(QStringLiteral("ea-tul.sqlite"));
    auto created = FirstStart::create(wizard.plan(), admin, path);
    REQUIRE(created.ok());
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    auto organisations = (*workspace)->storage().organisations().all();
    REQUIRE(organisations.ok());
    REQUIRE(organisations->size() == 4);
    const OrgTree tree(*organisations);
    const Organisation* commune = tree.find(created->organisationId);
    REQUIRE(commune);
    CHECK(commune->name == QStringLiteral("Đảng bộ xã Ea Tul"));
    CHECK(commune->kind == OrgKind::GrassrootsCommittee);
    CHECK(tree.find(commune->parentId)->name == QStringLiteral("Đảng bộ huyện Cư M'gar"));
    const QList<const Organisation*> cells = tree.children(commune->id);
    REQUIRE(cells.size() == 2);
    CHECK(cells.at(1)->cellType == CellType::School);
}

TEST_CASE("a grassroots cell is created alone, and a viewer cannot create organisations")
{
    QTemporaryDir dir;
    OrganisationPlan plan;
    plan.name = QStringLiteral("Chi bộ Trường THPT Buôn Hồ");
    plan.kind = OrgKind::GrassrootsCell;
    plan.cellType = CellType::School;
    const QString path = dir.filePath(QStringLiteral("cell.sqlite"));
    const Session viewer{QStringLiteral("Trần Thị Hoa"), Role::Viewer, {}};
    auto refused = FirstStart::create(plan, viewer, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("permission_denied"));
    auto created = FirstStart::create(plan, admin, path);
    REQUIRE(created.ok());
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    auto organisations = (*workspace)->storage().organisations().all();
    REQUIRE(organisations.ok());
    REQUIRE(organisations->size() == 1);
    CHECK(organisations->first().cellType == CellType::School);
    plan.cells.append({QStringLiteral("Chi bộ tổ 1"), CellType::Residential});
    CHECK_FALSE(OrganisationSetup::problems(plan).isEmpty());
}
