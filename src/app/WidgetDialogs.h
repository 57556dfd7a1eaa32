// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Dialogs.h"

#include <QCoreApplication>

namespace chibo {

/// The real dialogs: QFileDialog, QMessageBox and QInputDialog.
class WidgetDialogs : public Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    QString databaseToOpen(QWidget* parent, const QString& startDirectory) override;
    QString fileToOpen(QWidget* parent, const QString& title, const QString& filter) override;
    QString fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                       const QString& filter) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showInformation(QWidget* parent, const QString& title, const QString& message) override;
    void showAbout(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& question) override;
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial) override;
};

} // namespace chibo
