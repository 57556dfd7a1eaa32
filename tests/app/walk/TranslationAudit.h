// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

class QWidget;
class QAbstractItemModel;

namespace chibo::test {

/// Finds English left on screen when the interface is Vietnamese: every text a person can see in a widget
/// tree (labels, buttons, actions and menus, tabs, titles, placeholders, tooltips, combo items, the headers
/// and cells of item views, chart titles and axes) is compared with the English source strings of the
/// translation catalogues — exactly, or as a pattern when the source has %1-style arguments — and with a
/// list of English function words, which catches text that never went through tr().
class TranslationAudit {
public:
    /// Reads the source strings whose translation differs from them from Qt Linguist .ts files.
    static TranslationAudit fromTsFiles(const QStringList& paths);

    /// "text — where" for every English text found under `root` (root included).
    QStringList untranslatedIn(const QWidget* root) const;
    /// The same check for one text; `where` names its place in the result.
    bool isEnglish(const QString& text) const;
    qsizetype sourceCount() const { return m_exact.size() + m_patterns.size(); }

private:
    void addSource(const QString& source);
    void checkModel(const QAbstractItemModel* model, const QString& where, QStringList& found) const;
    void check(const QString& text, const QString& where, QStringList& found) const;

    QSet<QString> m_exact;
    QList<QRegularExpression> m_patterns;
};

} // namespace chibo::test
