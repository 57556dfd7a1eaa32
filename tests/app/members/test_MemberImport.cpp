// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersFixture.h"
#include "app/OutcomeColours.h"
#include "app/members/MemberImportDialog.h"
#include "app/members/MemberImportPreviewModel.h"
#include "app/members/MembersPage.h"
#include "models/MemberTableModel.h"
#include "services/MemberImport.h"
#include "services/Workspace.h"
#include "sheets/XlsxWriter.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace chibo;
using namespace chibo::test;

namespace {

/// The members page on Ea Kring, the cell the import writes into.
struct ImportFixture : MembersFixture {
    ImportFixture()
        : cell(orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")))
    {
        context.setCurrentOrganisation(cell);
    }
    /// How many members are registered in the cell now.
    qsizetype membersInCell() const
    {
        auto members = context.workspace()->storage().members().registeredIn({cell});
        REQUIRE(members.ok());
        return members->size();
    }
    /// Writes `lines` as a UTF-8 CSV file in the test's directory; returns its path.
    QString csv(const QString& name, const QStringList& lines) const
    {
        const QString path = demo.dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write((lines.join(u'\n') + u'\n').toUtf8());
        return path;
    }
    /// The Members page, shown and settled; made on first use, so a test sets the session first.
    MembersPage& page()
    {
        if (!m_page) {
            m_page = std::make_unique<MembersPage>(context);
            m_page->show();
            settle();
        }
        return *m_page;
    }
    QUuid cell;

private:
    std::unique_ptr<MembersPage> m_page;
};

const QString header = QStringLiteral("Họ và tên,Giới tính,Ngày sinh,Quê quán");
const QString goodRow1 = QStringLiteral("Đặng Thị Mỹ Duyên,Nữ,12/03/1985,Ea Sin");
const QString goodRow2 = QStringLiteral("H'Drơng Adrơng,Nữ,05/07/1990,Buôn Ea Kring");
const QString badRow = QStringLiteral("Nguyễn Văn Bảy,Nam,31/02/1980,Krông Búk");

/// Opens the import through the page's action with `path` as the file chosen.
MemberImportDialog* openImport(ImportFixture& f, MembersPage& page, const QString& path)
{
    auto* action = child<QAction>(page, QStringLiteral("importMembersAction"));
    REQUIRE(action->isEnabled());
    f.dialogs.nextFile = path;
    action->trigger();
    MemberImportDialog* dialog = page.importDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    return dialog;
}

} // namespace

TEST_CASE("a CSV with a bad row shows the row's problem and cannot be imported until it is gone")
{
    ImportFixture f;
    MembersPage& page = f.page();
    const qsizetype before = f.membersInCell();
    MemberImportDialog* dialog =
        openImport(f, page, f.csv(QStringLiteral("dang-vien-1.csv"), {header, goodRow1, goodRow2, badRow}));
    CHECK(dialog->cellId() == f.cell);
    REQUIRE(dialog->preview().rows.size() == 3);
    CHECK(dialog->preview().headerRow == 1);
    CHECK(child<QSpinBox>(*dialog, QStringLiteral("headerRowSpinBox"))->value() == 1);

    auto* view = child<QTableView>(*dialog, QStringLiteral("previewTableView"));
    const auto* model = qobject_cast<const MemberImportPreviewModel*>(view->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(2, 0).data().toInt() == 4); // the file's row number
    CHECK(model->index(0, model->columnOf(MemberField::FullName)).data().toString() ==
          QStringLiteral("Đặng Thị Mỹ Duyên"));
    CHECK(model->index(1, model->columnOf(MemberField::BirthDate)).data().toString() ==
          QStringLiteral("05/07/1990"));
    const QModelIndex problem = model->index(2, model->problemsColumn());
    CHECK(problem.data().toString().contains(QStringLiteral("31/02/1980")));
    CHECK(problem.data(Qt::BackgroundRole).value<QColor>() == OutcomeColours::background(OutcomeBand::Fail));
    CHECK_FALSE(model->index(0, model->problemsColumn()).data(Qt::BackgroundRole).isValid());
    const QString summary = child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->text();
    CHECK(summary.startsWith(QStringLiteral("3 ")));
    CHECK(summary.contains(QStringLiteral("1 ")));
    QPushButton* import = dialog->importButton();
    CHECK_FALSE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(f.membersInCell() == before);

    // Not importing the birth dates previews again at once: no problem left.
    auto* mapping = child<QTableWidget>(*dialog, QStringLiteral("mappingTableWidget"));
    REQUIRE(mapping->rowCount() == 4);
    auto* dates = qobject_cast<QComboBox*>(mapping->cellWidget(2, 1));
    REQUIRE(dates);
    CHECK(dates->currentData().toInt() == int(MemberField::BirthDate));
    dates->setCurrentIndex(0);
    CHECK_FALSE(dialog->preview().hasProblems());
    CHECK(model->columnOf(MemberField::BirthDate) == -1);
    CHECK(import->isEnabled());
    CHECK(mapping->cellWidget(2, 1) == dates); // the combo box in use stays
    dates->setCurrentIndex(dates->findData(int(MemberField::BirthDate)));
    CHECK(dialog->preview().hasProblems());
    CHECK_FALSE(import->isEnabled());

    // Another header row: nothing there names the columns, so nothing can be imported.
    child<QSpinBox>(*dialog, QStringLiteral("headerRowSpinBox"))->setValue(2);
    CHECK(dialog->preview().headerRow == 2);
    CHECK_FALSE(import->isEnabled());
    child<QSpinBox>(*dialog, QStringLiteral("headerRowSpinBox"))->setValue(1);
    CHECK(dialog->preview().rows.size() == 3);
    CHECK(f.membersInCell() == before);
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("importing a CSV adds its members to the cell and they appear in the table")
{
    ImportFixture f;
    MembersPage& page = f.page();
    const qsizetype before = f.membersInCell();
    MemberImportDialog* dialog =
        openImport(f, page, f.csv(QStringLiteral("dang-vien-1.csv"), {header, goodRow1, badRow, goodRow2}));
    CHECK_FALSE(dialog->importButton()->isEnabled());

    // The secretary fixes the file and chooses it again.
    f.dialogs.nextFile = f.csv(QStringLiteral("dang-vien-2.csv"), {header, goodRow1, goodRow2});
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(dialog->preview().rows.size() == 2);
    CHECK_FALSE(dialog->preview().hasProblems());
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    settle();
    INFO(f.dialogs.errors.join(u'\n').toStdString());
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(f.membersInCell() == before + 2);
    CHECK(page.importDialog() == nullptr);
    CHECK(f.dialogs.informations.size() == 1);
    const QStringList names = shownColumn(*child<QTableView>(page, QStringLiteral("membersTableView")),
                                          MemberTableModel::NameColumn);
    CHECK(names.contains(QStringLiteral("Đặng Thị Mỹ Duyên")));
    CHECK(names.contains(QStringLiteral("H'Drơng Adrơng")));
}

TEST_CASE("an import the database refuses writes nothing and keeps the dialog open with the error")
{
    ImportFixture f;
    auto members = f.context.workspace()->storage().members().registeredIn({f.cell});
    REQUIRE(members.ok());
    const auto known = std::find_if(members->cbegin(), members->cend(),
                                    [](const Member& m) { return !m.citizenId.isEmpty(); });
    REQUIRE(known != members->cend());
    MembersPage& page = f.page();
    const qsizetype before = f.membersInCell();
    MemberImportDialog* dialog =
        openImport(f, page,
                   f.csv(QStringLiteral("trung-cccd.csv"),
                         {header + u',' + MemberImport::label(MemberField::CitizenId),
                          goodRow1 + u',' + known->citizenId, goodRow2 + QStringLiteral(",")}));
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    settle();
    REQUIRE(f.dialogs.errors.size() == 1);
    CHECK(f.dialogs.errors.first().contains(known->citizenId));
    CHECK(f.membersInCell() == before);
    CHECK(page.importDialog() == dialog);
    CHECK(dialog->isVisible());
}

TEST_CASE("a viewer cannot import members, the cell's secretary can")
{
    ImportFixture f;
    f.context.setSession(Session{QStringLiteral("Y Bhiăr Niê"), Role::Viewer, {}});
    MembersPage& page = f.page();
    auto* action = child<QAction>(page, QStringLiteral("importMembersAction"));
    CHECK_FALSE(action->isEnabled());
    f.dialogs.nextFile = f.csv(QStringLiteral("dang-vien.csv"), {header, goodRow1});
    page.importMembers();
    CHECK(page.importDialog() == nullptr);

    f.context.setSession(Session{QStringLiteral("Đặng Thị Bình"), Role::Secretary, {f.cell}});
    settle();
    CHECK(action->isEnabled());
}

TEST_CASE("a workbook's status history is counted in the summary and imported with the members")
{
    ImportFixture f;
    MembersPage& page = f.page();
    const QString path = f.demo.dir.filePath(QStringLiteral("chuyen-den.xlsx"));
    const SheetTable members{
        QStringLiteral("Đảng viên"),
        {QStringLiteral("Họ và tên"), QStringLiteral("Giới tính"), QStringLiteral("Số thẻ đảng viên"),
         QStringLiteral("Ngày kết nạp")},
        {{SheetValue::ofText(QStringLiteral("Hà Văn Thắng")), SheetValue::ofText(QStringLiteral("Nam")),
          SheetValue::ofText(QStringLiteral("48.000301")), SheetValue::ofDate(QDate(1978, 3, 26))}},
        {}};
    const SheetTable history{
        QStringLiteral("Lịch sử tình trạng"),
        {QStringLiteral("Số thẻ đảng viên"), QStringLiteral("Ngày"), QStringLiteral("Sự kiện")},
        {{SheetValue::ofText(QStringLiteral("48.000301")), SheetValue::ofDate(QDate(2024, 3, 1)),
          SheetValue::ofText(QStringLiteral("Miễn công tác và sinh hoạt đảng"))}},
        {}};
    REQUIRE(XlsxWriter::write(path, {members, history}).ok());
    const qsizetype before = f.membersInCell();
    MemberImportDialog* dialog = openImport(f, page, path);
    INFO(dialog->preview().problems.join(u'\n').toStdString());
    CHECK_FALSE(dialog->preview().hasProblems());
    CHECK(dialog->preview().history.size() == 1);
    const QString summary = child<QLabel>(*dialog, QStringLiteral("summaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("1 ")));
    CHECK(summary.contains(QStringLiteral("“Lịch sử tình trạng”")));
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    settle();
    INFO(f.dialogs.errors.join(u'\n').toStdString());
    CHECK(f.membersInCell() == before + 1);
    auto stored = f.context.workspace()->storage().members().registeredIn({f.cell});
    REQUIRE(stored.ok());
    const auto thang = std::find_if(stored->cbegin(), stored->cend(), [](const Member& m) {
        return m.fullName == QStringLiteral("Hà Văn Thắng");
    });
    REQUIRE(thang != stored->cend());
    REQUIRE(thang->statusEvents.size() == 2);
    CHECK(thang->statusEvents[1].kind == StatusEventKind::ExemptionStarted);
    CHECK(thang->statusEvents[1].date == QDate(2024, 3, 1));
}

TEST_CASE("a status the CSV gives without its date is a warning on its row that does not stop the import")
{
    ImportFixture f;
    MembersPage& page = f.page();
    const qsizetype before = f.membersInCell();
    MemberImportDialog* dialog =
        openImport(f, page,
                   f.csv(QStringLiteral("tu-tran.csv"),
                         {header + QStringLiteral(",Tình trạng"), goodRow1 + QStringLiteral(",Từ trần"),
                          goodRow2 + QStringLiteral(",Đảng viên chính thức")}));
    CHECK_FALSE(dialog->preview().hasProblems());
    CHECK(dialog->preview().warningCount() == 1);
    const auto* model = qobject_cast<const MemberImportPreviewModel*>(
        child<QTableView>(*dialog, QStringLiteral("previewTableView"))->model());
    REQUIRE(model);
    const QModelIndex warned = model->index(0, model->problemsColumn());
    CHECK(warned.data().toString().contains(QStringLiteral("“Từ trần”")));
    CHECK(warned.data(Qt::BackgroundRole).value<QColor>() ==
          OutcomeColours::background(OutcomeBand::NeedsDecision));
    CHECK_FALSE(model->index(1, model->problemsColumn()).data(Qt::BackgroundRole).isValid());
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    settle();
    CHECK(f.dialogs.errors.isEmpty());
    CHECK(f.membersInCell() == before + 2);
}
