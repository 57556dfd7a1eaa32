// SPDX-License-Identifier: GPL-3.0-or-later
#include "walk/TranslationAudit.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QWizardPage>
#include <QXmlStreamReader>

namespace chibo::test {

namespace {

/// What a person reads: no accelerator ampersands, no markup, trimmed.
QString readable(const QString& text)
{
    QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return plain.simplified();
}

/// English words that Vietnamese text does not contain.
const QRegularExpression& functionWords()
{
    static const QRegularExpression words(QStringLiteral("\\b(the|of|and|with|this|that|from|is|are|was)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words;
}

struct TsEntry {
    QString source;
    QString translation;
    bool numerus = false;
};

QList<TsEntry> readTs(const QString& path)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    TsEntry current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            current = {};
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation" && !current.numerus) {
            current.translation = xml.readElementText();
            entries.append(current);
        } else if (xml.name() == u"numerusform" && current.numerus) {
            current.translation = xml.readElementText();
            entries.append(current);
        }
    }
    return entries;
}

} // namespace

TranslationAudit TranslationAudit::fromTsFiles(const QStringList& paths)
{
    TranslationAudit audit;
    for (const QString& path : paths) {
        for (const TsEntry& entry : readTs(path)) {
            if (readable(entry.translation) != readable(entry.source))
                audit.addSource(entry.source);
        }
    }
    return audit;
}

void TranslationAudit::addSource(const QString& source)
{
    const QString text = readable(source);
    static const QRegularExpression argument(QStringLiteral("%(?:L?\\d+|n)"));
    if (!text.contains(argument)) {
        if (text.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) >= 3)
            m_exact.insert(text);
        return;
    }
    // Only patterns with enough literal English to be recognised; "%1 (%2)" would match anything.
    QString literal = text;
    literal.remove(argument);
    if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 6)
        return;
    QString pattern = QRegularExpression::escape(text);
    pattern.replace(QRegularExpression(QStringLiteral("%(?:L?\\d+|n)")), QStringLiteral(".*"));
    m_patterns.append(QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                         QRegularExpression::DotMatchesEverythingOption));
}

bool TranslationAudit::isEnglish(const QString& raw) const
{
    const QString text = readable(raw);
    if (text.isEmpty())
        return false;
    if (m_exact.contains(text) || functionWords().match(text).hasMatch())
        return true;
    for (const QRegularExpression& pattern : m_patterns) {
        if (pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

void TranslationAudit::check(const QString& text, const QString& where, QStringList& found) const
{
    if (isEnglish(text))
        found.append(readable(text) + QStringLiteral(" — ") + where);
}

void TranslationAudit::checkModel(const QAbstractItemModel* model, const QString& where,
                                  QStringList& found) const
{
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        check(model->headerData(column, Qt::Horizontal).toString(), where + QStringLiteral(" header"), found);
        check(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), where, found);
    }
    QList<QModelIndex> parents{QModelIndex()};
    for (int depth = 0; depth < 3 && !parents.isEmpty(); ++depth) {
        QList<QModelIndex> next;
        for (const QModelIndex& parent : parents) {
            for (int row = 0; row < qMin(model->rowCount(parent), 60); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    check(index.data().toString(), where, found);
                    check(index.data(Qt::ToolTipRole).toString(), where, found);
                }
                next.append(model->index(row, 0, parent));
            }
        }
        parents = next;
    }
}

QStringList TranslationAudit::untranslatedIn(const QWidget* root) const
{
    QStringList found;
    QList<const QWidget*> widgets{root};
    for (const QWidget* child : root->findChildren<const QWidget*>())
        widgets.append(child);
    for (const QWidget* widget : widgets) {
        const QString where =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        check(widget->toolTip(), where, found);
        if (widget->isWindow())
            check(widget->windowTitle(), where, found);
        for (const QAction* action : widget->actions()) {
            check(action->text(), where + QStringLiteral(" action ") + action->objectName(), found);
            check(action->toolTip(), where, found);
        }
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            check(label->text(), where, found);
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            check(button->text(), where, found);
        if (const auto* box = qobject_cast<const QGroupBox*>(widget))
            check(box->title(), where, found);
        if (const auto* menu = qobject_cast<const QMenu*>(widget))
            check(menu->title(), where, found);
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            check(edit->placeholderText(), where, found);
        if (const auto* page = qobject_cast<const QWizardPage*>(widget)) {
            check(page->title(), where, found);
            check(page->subTitle(), where, found);
        }
        if (const auto* tabs = qobject_cast<const QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs->tabText(i), where, found);
        }
        if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(combo->itemText(i), where, found);
        }
        if (const auto* view = qobject_cast<const QAbstractItemView*>(widget))
            checkModel(view->model(), where, found);
        if (const auto* chartView = qobject_cast<const QChartView*>(widget)) {
            const QChart* chart = chartView->chart();
            check(chart->title(), where, found);
            for (const QAbstractAxis* axis : chart->axes())
                check(axis->titleText(), where, found);
            for (const QAbstractSeries* series : chart->series())
                check(series->name(), where, found);
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace chibo::test
