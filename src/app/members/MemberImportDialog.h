// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberImport.h"
#include "sheets/SheetGrid.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class MemberImportDialog;
}

namespace chibo {

class AppContext;
class MemberImportPreviewModel;

/// Imports members from a spreadsheet (CSV or XLSX) into one cell: the file, the row naming the columns,
/// which field each column fills (found from the headers, changed by the person), and a preview of every
/// row with its problems and warnings. A workbook's status history sheet is read with it: the summary
/// counts its events, and their problems show on their member's row (or above the buttons). Changing the
/// header row or a column's field previews again at once. Import is enabled only when nothing is wrong and
/// there is at least one row; it writes every member or none (MemberImport::commit), then closes the dialog
/// and tells the context the cell's records changed. Opened window-modal with open(); tests drive the public
/// functions and the widgets.
class MemberImportDialog : public QDialog {
    Q_OBJECT

public:
    MemberImportDialog(AppContext& context, const QUuid& cellId, QWidget* parent = nullptr);
    ~MemberImportDialog() override;

    /// The file chooser's filter: spreadsheets (CSV and XLSX).
    static QString fileFilter();
    /// Asks for a file (Dialogs::fileToOpen) and loads it; false when cancelled or unreadable.
    bool chooseFile();
    /// Reads `path` and previews it with the header row and columns found; false (and the error shown)
    /// when the file cannot be read.
    bool loadFile(const QString& path);
    /// Previews again with the file's row `headerRow` as the header, columns mapped by its headers.
    void setHeaderRow(int headerRow);
    /// Previews again with column `column` (0-based) filling `field` (none: not imported).
    void setColumnField(int column, std::optional<MemberField> field);
    const MemberImportPreview& preview() const { return m_preview; }
    QUuid cellId() const { return m_cellId; }
    QPushButton* importButton() const { return m_importButton; }
    /// Creates the previewed members (the Import button). On success the dialog is accepted.
    void importMembers();

Q_SIGNALS:
    /// `count` members were created in `cellId`.
    void imported(const QUuid& cellId, int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void remap(int headerRow, QList<std::optional<MemberField>> mapping);
    QList<std::optional<MemberField>> mappingByHeaders(int headerRow) const;
    void showPreview();
    void fillMappingTable();
    void onMappingChosen(int column);
    void updateSummary();
    void retranslate();

    AppContext& m_context;
    const std::unique_ptr<Ui::MemberImportDialog> m_ui;
    MemberImportPreviewModel* m_model;
    QPushButton* m_importButton;
    QUuid m_cellId;
    std::optional<SheetGrid> m_grid;    ///< the file's first sheet: the members
    std::optional<SheetGrid> m_history; ///< the file's status history sheet, if it has one
    MemberImportPreview m_preview;
    QString m_noHeader;     ///< why no header row was found in the file; cleared when the person picks one
    bool m_filling = false; ///< the widgets are being refilled: their signals change nothing
};

} // namespace chibo
