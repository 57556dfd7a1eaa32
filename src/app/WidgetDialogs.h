// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Dialogs.h"

namespace chibo {

/// The real dialogs: QFileDialog and QMessageBox.
class WidgetDialogs : public Dialogs {
public:
    QString databaseToOpen(QWidget* parent, const QString& startDirectory) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showAbout(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace chibo
