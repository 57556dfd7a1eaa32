// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/SheetNames.h"

#include <QSet>

namespace chibo {

namespace {

bool isForbidden(QChar character)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    return forbidden.contains(character) || character.category() == QChar::Other_Control;
}

QString withoutEdgeApostrophes(QString name)
{
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name;
}

} // namespace

QString SheetNames::truncated(const QString& text, int length)
{
    QString result;
    int characters = 0;
    for (qsizetype i = 0; i < text.size() && characters < length; ++i, ++characters) {
        result += text[i];
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            result += text[++i];
    }
    return result;
}

QString SheetNames::validName(const QString& title, int position)
{
    QString name = title.normalized(QString::NormalizationForm_C).simplified();
    for (QChar& character : name) {
        if (isForbidden(character))
            character = u'_';
    }
    name = withoutEdgeApostrophes(truncated(withoutEdgeApostrophes(name), maxLength)).trimmed();
    return name.isEmpty() ? tr("Sheet %1").arg(position + 1) : name;
}

QStringList SheetNames::validNames(const QStringList& titles)
{
    QStringList names;
    // Case-folded, as Excel compares sheet names; Excel reserves "History" for itself.
    QSet<QString> taken{QStringLiteral("history")};
    for (int position = 0; position < titles.size(); ++position) {
        const QString base = validName(titles[position], position);
        QString name = base;
        for (int repeat = 2; taken.contains(name.toCaseFolded()); ++repeat) {
            const QString suffix = QStringLiteral(" (%1)").arg(repeat);
            name = truncated(base, maxLength - int(suffix.size())).trimmed() + suffix;
        }
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

} // namespace chibo
