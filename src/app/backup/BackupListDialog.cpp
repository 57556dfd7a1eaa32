// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backup/BackupListDialog.h"

#include "app/Dialogs.h"
#include "services/Backups.h"
#include "ui_BackupListDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace chibo {

BackupListDialog::BackupListDialog(const QList<BackupEntry>& entries, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupListDialog>())
    , m_dialogs(dialogs)
    , m_entries(entries)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupListDialog"));
    connect(m_ui->otherFileButton, &QPushButton::clicked, this, &BackupListDialog::chooseOtherFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BackupListDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backupsTreeWidget, &QTreeWidget::itemDoubleClicked, this, &BackupListDialog::accept);
    fill();
}

BackupListDialog::~BackupListDialog() = default;

void BackupListDialog::fill()
{
    m_ui->backupsTreeWidget->clear();
    for (const BackupEntry& entry : std::as_const(m_entries)) {
        auto* item = new QTreeWidgetItem(
            m_ui->backupsTreeWidget, {entry.time.toString(u"dd/MM/yyyy HH:mm"), Backups::label(entry.reason),
                                      tr("%1 kB").arg(QLocale().toString((entry.size + 1023) / 1024))});
        item->setToolTip(0, entry.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!m_entries.isEmpty())
        m_ui->backupsTreeWidget->setCurrentItem(m_ui->backupsTreeWidget->topLevelItem(0));
    for (int column = 0; column < m_ui->backupsTreeWidget->columnCount(); ++column)
        m_ui->backupsTreeWidget->resizeColumnToContents(column);
    m_ui->emptyLabel->setVisible(m_entries.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_entries.isEmpty());
}

void BackupListDialog::choose(int row)
{
    if (row >= 0 && row < m_entries.size())
        m_chosen = m_entries.at(row).path;
}

void BackupListDialog::accept()
{
    choose(m_ui->backupsTreeWidget->indexOfTopLevelItem(m_ui->backupsTreeWidget->currentItem()));
    if (!m_chosen.isEmpty())
        QDialog::accept();
}

void BackupListDialog::chooseOtherFile()
{
    const QString path = m_dialogs.fileToOpen(this, tr("Restore from a backup"),
                                              tr("ChiBo databases (*.sqlite *.db *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    QDialog::accept();
}

void BackupListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
