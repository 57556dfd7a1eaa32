// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"

#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "support/Catch.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace chibo::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

ReportFixture::ReportFixture()
{
    REQUIRE(translations.install(Language::Vietnamese));
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(path, day()).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    workspace = std::move(opened).value();
    auto loaded = CriteriaLibrary::load();
    REQUIRE(loaded.ok());
    criteria = loaded->set;
}

QUuid ReportFixture::orgNamed(const QString& name) const
{
    const auto found = workspace->findOrganisation(name);
    REQUIRE(found.ok());
    return found->id;
}

QUuid ReportFixture::meetingOf(const QString& cell, QDate day) const
{
    const auto meetings = workspace->storage().meetings().ofOrganisations({orgNamed(cell)}, day, day);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 1);
    return meetings->constFirst().id;
}

void checkGolden(const QString& name, const QString& html)
{
    const QString path = QStringLiteral(CHIBO_GOLDEN_DIR "/") + name + QStringLiteral(".html");
    QFile file(path);
    if (qEnvironmentVariable("CHIBO_UPDATE_GOLDEN") == u"1") {
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(html.toUtf8());
        return;
    }
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString golden = QString::fromUtf8(file.readAll());
    const QStringList expected = golden.split(u'\n');
    const QStringList actual = html.split(u'\n');
    for (qsizetype line = 0; line < std::max(expected.size(), actual.size()); ++line) {
        INFO(name.toStdString() << ".html line " << line + 1);
        REQUIRE(actual.value(line).toStdString() == expected.value(line).toStdString());
    }
}

QString pdfText(const QString& path)
{
    QString text = run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QStringList pdfFonts(const QString& path)
{
    QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(2);
}

QString pdfPageSize(const QString& path)
{
    for (const QString& line : run(QStringLiteral("pdfinfo"), {path}).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Page size:")))
            return line.simplified();
    }
    return {};
}

bool inOrder(const QString& text, const QStringList& texts)
{
    qsizetype from = 0;
    for (const QString& wanted : texts) {
        const qsizetype at = text.indexOf(wanted, from);
        if (at < 0) {
            UNSCOPED_INFO("not found in order: " << wanted.toStdString());
            return false;
        }
        from = at + wanted.size();
    }
    return true;
}

} // namespace chibo::test
