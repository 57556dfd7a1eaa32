// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/MainWindow.h"
#include "i18n/Translations.h"
#include "support/Catch.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <optional>

namespace chibo::test {

/// A widget of `parent` by object name; fails the test when missing.
template <typename W>
W* child(const QObject& parent, const QString& name)
{
    auto* widget = parent.findChild<W*>(name);
    INFO("no " << name.toStdString());
    REQUIRE(widget);
    return widget;
}

/// Answers dialogs without showing them, remembers what was asked, and gives the answers a test set.
class RecordingDialogs : public Dialogs {
public:
    QString databaseToOpen(QWidget*, const QString&) override { return nextFile; }
    QString fileToOpen(QWidget*, const QString&, const QString&) override { return nextFile; }
    QString fileToSave(QWidget*, const QString&, const QString&, const QString&) override { return nextFile; }
    void showError(QWidget*, const QString&, const QString& message) override { errors.append(message); }
    void showInformation(QWidget*, const QString&, const QString& message) override
    {
        informations.append(message);
    }
    void showAbout(QWidget*, const QString&, const QString&) override {}
    bool confirm(QWidget*, const QString&, const QString& question) override
    {
        questions.append(question);
        return confirmAnswer;
    }
    std::optional<QString> askText(QWidget*, const QString&, const QString& label, const QString&) override
    {
        questions.append(label);
        return textAnswer;
    }

    QString nextFile;
    bool confirmAnswer = true;
    std::optional<QString> textAnswer;
    QStringList errors;
    QStringList informations;
    QStringList questions;
};

/// The demo database (as of 22/11/2026) in a private directory, with the window's settings kept there.
struct DemoFixture {
    DemoFixture();
    QTemporaryDir dir;
    QString path;
    static QDate day() { return QDate(2026, 11, 22); }
};

/// The demo opened in an AppContext, in Vietnamese, with the shipped criteria: where page tests start.
struct DemoContext {
    DemoContext();
    /// The id of the organisation named `name`; fails the test when there is none.
    QUuid orgNamed(const QString& name) const;

    DemoFixture demo;
    Translations translations;
    RecordingDialogs dialogs;
    AppContext context;
};

/// The whole window on the demo, in Vietnamese, shown, with dialogs answered by the test.
struct WindowFixture {
    WindowFixture();
    /// The id of the organisation named `name`; fails the test when there is none.
    QUuid orgNamed(const QString& name) const;

    DemoFixture demo;
    Translations translations;
    RecordingDialogs dialogs;
    std::unique_ptr<MainWindow> window;
};

/// The display texts of one column of a model.
QStringList columnTexts(const QAbstractItemModel* model, int column);

} // namespace chibo::test
