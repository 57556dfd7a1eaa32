// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace chibo {

/// The seam in front of every modal dialog, so that tests can answer them without blocking.
class Dialogs {
public:
    virtual ~Dialogs() = default;
    /// A database file to open, or empty when cancelled.
    virtual QString databaseToOpen(QWidget* parent, const QString& startDirectory) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;
};

} // namespace chibo
