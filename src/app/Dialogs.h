// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace chibo {

/// The seam in front of every standard modal dialog (message boxes, file choosers, one-line questions),
/// so that tests can answer them without blocking. ChiBo's own dialogs (a member's record, a decision)
/// are opened window-modal with open() and answered through their signals, which tests drive directly.
class Dialogs {
public:
    virtual ~Dialogs() = default;
    /// A database file to open, or empty when cancelled.
    virtual QString databaseToOpen(QWidget* parent, const QString& startDirectory) = 0;
    /// A file to read, e.g. a criteria file to import; `filter` as QFileDialog takes it. Empty: cancelled.
    virtual QString fileToOpen(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// A file to write; empty when cancelled.
    virtual QString fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                               const QString& filter) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    virtual void showInformation(QWidget* parent, const QString& title, const QString& message) = 0;
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Yes or no, "no" being the default button.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question) = 0;
    /// A line of text (a reason, a note); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                           const QString& initial = {}) = 0;
};

} // namespace chibo
