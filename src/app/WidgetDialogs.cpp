// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WidgetDialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace chibo {

QString WidgetDialogs::databaseToOpen(QWidget* parent, const QString& startDirectory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a ChiBo database"), startDirectory,
                                        tr("ChiBo databases (*.sqlite *.db);;All files (*)"));
}

QString WidgetDialogs::fileToOpen(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetDialogs::fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                                  const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

void WidgetDialogs::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

void WidgetDialogs::showInformation(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::information(parent, title, message);
}

void WidgetDialogs::showAbout(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

bool WidgetDialogs::confirm(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

std::optional<QString> WidgetDialogs::askText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace chibo
