// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"

#include "services/OrganisationSetup.h"
#include "sheets/SheetReader.h"
#include "support/Catch.h"

#include <QFile>

namespace chibo::test {

MemberIoFixture::MemberIoFixture()
{
    REQUIRE(m_dir.isValid());
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ea-tul.sqlite")));
    REQUIRE(opened.ok());
    m_workspace = std::move(opened).value();
    OrganisationPlan plan;
    plan.name = QStringLiteral("Đảng bộ xã Ea Tul");
    plan.kind = OrgKind::GrassrootsCommittee;
    plan.cells = {{QStringLiteral("Chi bộ thôn 3"), CellType::Residential},
                  {QStringLiteral("Chi bộ thôn 5"), CellType::Residential}};
    const auto root = OrganisationSetup::create(*m_workspace, admin(), plan);
    REQUIRE(root.ok());
    m_rootId = *root;
    const auto all = m_workspace->storage().organisations().all();
    REQUIRE(all.ok());
    for (const Organisation& org : *all) {
        if (org.name == QStringLiteral("Chi bộ thôn 3"))
            m_thon3 = org.id;
        if (org.name == QStringLiteral("Chi bộ thôn 5"))
            m_thon5 = org.id;
    }
    REQUIRE_FALSE(m_thon3.isNull());
    REQUIRE_FALSE(m_thon5.isNull());
}

qsizetype MemberIoFixture::memberCount() const
{
    const auto all = m_workspace->storage().members().all();
    REQUIRE(all.ok());
    return all->size();
}

SheetGrid MemberIoFixture::csv(const QString& name, const char* utf8) const
{
    QFile file(m_dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(utf8);
    file.close();
    const auto grid = SheetReader::read(file.fileName());
    INFO((grid ? QString() : grid.error().toString()).toStdString());
    REQUIRE(grid.ok());
    return *grid;
}

QStringList texts(std::initializer_list<const char*> utf8)
{
    QStringList list;
    for (const char* part : utf8)
        list.append(text(part));
    return list;
}

SheetGrid textGrid(const QList<QStringList>& rows)
{
    SheetGrid grid;
    grid.sourceName = QStringLiteral("members.xlsx");
    grid.sheetName = QStringLiteral("Sheet1");
    for (const QStringList& texts : rows) {
        QList<SheetValue> cells;
        for (const QString& text : texts)
            cells.append(text.isEmpty() ? SheetValue() : SheetValue::ofText(text));
        grid.rows.append(cells);
    }
    return grid;
}

QStringList allProblems(const MemberImportPreview& preview)
{
    QStringList problems = preview.problems;
    for (const MemberImportRow& row : preview.rows)
        problems += row.problems;
    return problems;
}

} // namespace chibo::test
