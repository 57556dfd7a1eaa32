// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace chibo {

class MemberRecordModel;

/// One tab of the member dialog: a table of records ("recordsTableView") with "Add" ("addRowButton") and
/// "Remove" ("removeRowButton") below it. Adding starts editing the new row's first cell; Del removes the
/// selected rows. Read-only hides the buttons.
class MemberRecordTable : public QWidget {
    Q_OBJECT

public:
    explicit MemberRecordTable(QWidget* parent = nullptr);

    void setModel(MemberRecordModel* model);
    MemberRecordModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setReadOnly(bool readOnly);
    /// Fits the columns to their contents after the records were loaded.
    void fitColumns();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow();
    void removeSelectedRows();
    void updateButtons();
    void retranslate();

    QTableView* m_view;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    MemberRecordModel* m_model = nullptr;
};

} // namespace chibo
