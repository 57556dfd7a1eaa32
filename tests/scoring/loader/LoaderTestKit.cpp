// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoaderTestKit.h"

#include <QFile>
#include <QFileInfo>

namespace chibo::test {

QByteArray criteriaFile(const QString& relativePath)
{
    QFile file(QStringLiteral(CHIBO_TEST_DATA_DIR "/criteria/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CriteriaSource criteriaSource(const QString& relativePath)
{
    return CriteriaSource{QFileInfo(relativePath).fileName(), criteriaFile(relativePath)};
}

QString describe(const CriteriaProblems& problems)
{
    QString text;
    for (const CriteriaProblem& problem : problems)
        text += QStringLiteral("%1:%2 %3 %4 | %5\n")
                    .arg(problem.line)
                    .arg(problem.column)
                    .arg(problem.pointer, problem.code, problem.message);
    return text;
}

} // namespace chibo::test
