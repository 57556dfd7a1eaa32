// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/AttendanceView.h"

#include "core/VietnameseText.h"
#include "models/AttendanceTableModel.h"

#include <QApplication>
#include <QKeyEvent>

namespace chibo {

namespace {

/// The status keys 1–4, from the main row or the keypad.
std::optional<AttendanceStatus> statusForKey(int key)
{
    switch (key) {
    case Qt::Key_1: return AttendanceStatus::Present;
    case Qt::Key_2: return AttendanceStatus::Late;
    case Qt::Key_3: return AttendanceStatus::AbsentExcused;
    case Qt::Key_4: return AttendanceStatus::AbsentUnexcused;
    default: return std::nullopt;
    }
}

bool matchesWordStart(const QString& folded, const QString& query)
{
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString& word) { return word.startsWith(query); });
}

} // namespace

AttendanceView::AttendanceView(QWidget* parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
}

AttendanceTableModel* AttendanceView::attendanceModel() const
{
    return qobject_cast<AttendanceTableModel*>(model());
}

void AttendanceView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (state() == EditingState || modifiers != Qt::NoModifier) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (const std::optional<AttendanceStatus> status = statusForKey(event->key())) {
        m_search.clear();
        mark(*status);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        m_search.clear();
        markNext();
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        m_search.clear();
        const QModelIndex current = currentIndex();
        if (current.isValid() && (model()->flags(current) & Qt::ItemIsEditable))
            edit(current);
        else
            moveToNextRow();
        event->accept();
        return;
    }
    default: break;
    }
    if (event->text().isEmpty() || !event->text().at(0).isPrint())
        m_search.clear(); // a move or a command ends the name being typed
    QTableView::keyPressEvent(event);
}

void AttendanceView::mark(AttendanceStatus status)
{
    AttendanceTableModel* attendance = attendanceModel();
    const QModelIndex current = currentIndex();
    if (!attendance || !current.isValid() || !attendance->isEditable())
        return;
    const QModelIndex statusIndex = attendance->index(current.row(), AttendanceTableModel::StatusColumn);
    if (attendance->flags(statusIndex) & Qt::ItemIsEditable)
        attendance->setData(statusIndex, int(status));
    moveToNextRow();
}

void AttendanceView::markNext()
{
    AttendanceTableModel* attendance = attendanceModel();
    const QModelIndex current = currentIndex();
    const AttendanceRow* row = attendance && current.isValid() ? attendance->row(current.row()) : nullptr;
    if (row)
        mark(AttendanceTableModel::nextStatus(row->attendance));
}

void AttendanceView::moveToNextRow()
{
    const QModelIndex next = moveCursor(MoveDown, Qt::NoModifier);
    if (next.isValid() && next != currentIndex())
        setCurrentIndex(next);
}

int AttendanceView::findRow(const QString& query, int start) const
{
    const int rows = model() ? model()->rowCount() : 0;
    if (rows == 0 || query.isEmpty())
        return -1;
    // First a name that starts with the query, then a name with a word that does (the given name).
    for (const bool wholeName : {true, false}) {
        for (int i = 0; i < rows; ++i) {
            const int row = (start + i) % rows;
            const QModelIndex index = model()->index(row, AttendanceTableModel::NameColumn);
            if (!(model()->flags(index) & Qt::ItemIsEnabled))
                continue;
            const QString folded = index.data(AttendanceTableModel::SearchKeyRole).toString();
            if (wholeName ? folded.startsWith(query) : matchesWordStart(folded, query))
                return row;
        }
    }
    return -1;
}

void AttendanceView::keyboardSearch(const QString& search)
{
    const QString typed = VietnameseText::fold(search);
    if (typed.trimmed().isEmpty() || !model())
        return;
    const bool continuing = !m_search.isEmpty() && m_searchTimer.isValid() &&
                            m_searchTimer.elapsed() < QApplication::keyboardInputInterval();
    m_searchTimer.start();
    const QModelIndex current = currentIndex();
    const int here = current.isValid() ? current.row() : 0;
    int row = -1;
    if (continuing) {
        m_search += typed;
        row = findRow(m_search, here);
    }
    if (row < 0) {
        // A new search (or a longer one that no longer matches): the typed text alone, after this row.
        m_search = typed;
        row = findRow(m_search, current.isValid() ? here + 1 : 0);
    }
    if (row < 0)
        return;
    const int column = current.isValid() ? current.column() : int(AttendanceTableModel::NameColumn);
    setCurrentIndex(model()->index(row, column));
}

} // namespace chibo
