// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WidgetDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace chibo {

QString WidgetDialogs::databaseToOpen(QWidget* parent, const QString& startDirectory)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("Dialogs", "Open a ChiBo database"), startDirectory,
        QCoreApplication::translate("Dialogs", "ChiBo databases (*.sqlite *.db);;All files (*)"));
}

void WidgetDialogs::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

void WidgetDialogs::showAbout(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

} // namespace chibo
