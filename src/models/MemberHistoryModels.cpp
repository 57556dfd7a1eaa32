// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberHistoryModels.h"

#include "core/EnumCodes.h"
#include "core/Labels.h"

#include <QCoreApplication>
#include <QDate>

namespace chibo {

namespace {

using Editor = MemberRecordModel::Editor;
using Choices = QList<std::pair<int, QString>>;

/// Every enumerator of E with its translated name, in declaration order.
template <typename E>
Choices choicesOf()
{
    Choices choices;
    for (const auto& entry : EnumCodes<E>::entries)
        choices.append({int(entry.first), Labels::of(entry.first)});
    return choices;
}

/// A column over a text field.
template <typename T>
typename MemberRecordListModel<T>::Column text(const char* header, QString T::*field)
{
    return {header, Editor::Text, [field](const T& r) { return QVariant(r.*field); },
            [field](T& r, const QVariant& v) {
                r.*field = v.toString().trimmed();
            }};
}

/// A column over a date field; `optional` allows an empty date (an open period).
template <typename T>
typename MemberRecordListModel<T>::Column date(const char* header, QDate T::*field, bool optional = false)
{
    return {header, optional ? Editor::OptionalDate : Editor::Date,
            [field](const T& r) { return QVariant(r.*field); },
            [field](T& r, const QVariant& v) {
                r.*field = v.toDate();
            }};
}

/// A column over an organisation id.
template <typename T>
typename MemberRecordListModel<T>::Column organisation(const char* header, QUuid T::*field)
{
    return {header, Editor::Organisation, [field](const T& r) { return QVariant(r.*field); },
            [field](T& r, const QVariant& v) {
                r.*field = v.toUuid();
            }};
}

/// A column over an enumeration, offered by its translated names.
template <typename T, typename E>
typename MemberRecordListModel<T>::Column choice(const char* header, E T::*field,
                                                 std::function<Choices()> choices = choicesOf<E>)
{
    return {header, Editor::Choice, [field](const T& r) { return QVariant(int(r.*field)); },
            [field](T& r, const QVariant& v) { r.*field = E(v.toInt()); }, std::move(choices)};
}

/// A column over a yes/no field.
template <typename T>
typename MemberRecordListModel<T>::Column check(const char* header, bool T::*field)
{
    return {header, Editor::Check, [field](const T& r) { return QVariant(r.*field); },
            [field](T& r, const QVariant& v) {
                r.*field = v.toBool();
            }};
}

} // namespace

MemberRecordListModel<StatusEvent>* MemberHistoryModels::statusEvents(QObject* parent)
{
    return new MemberRecordListModel<StatusEvent>(
        {date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Date"), &StatusEvent::date),
         choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Event"), &StatusEvent::kind),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Decision"), &StatusEvent::decision),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Note"), &StatusEvent::note)},
        parent);
}

MemberRecordListModel<CellMembership>* MemberHistoryModels::memberships(QObject* parent)
{
    return new MemberRecordListModel<CellMembership>(
        {organisation(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Cell"), &CellMembership::orgId),
         choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Registration"), &CellMembership::kind),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "From"), &CellMembership::from),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "To"), &CellMembership::to, true)},
        parent);
}

MemberRecordListModel<PositionTerm>* MemberHistoryModels::positions(QObject* parent)
{
    return new MemberRecordListModel<PositionTerm>(
        {choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Position"), &PositionTerm::position),
         organisation(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Organisation"), &PositionTerm::orgId),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "From"), &PositionTerm::from),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "To"), &PositionTerm::to, true)},
        parent);
}

MemberRecordListModel<Discipline>* MemberHistoryModels::disciplines(QObject* parent)
{
    // A member can be reprimanded, warned, removed from a post or expelled; dissolution is for organisations.
    const auto memberForms = [] {
        Choices forms = choicesOf<DisciplineForm>();
        forms.removeIf(
            [](const auto& form) { return DisciplineForm(form.first) == DisciplineForm::Dissolution; });
        return forms;
    };
    return new MemberRecordListModel<Discipline>(
        {date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Decision date"), &Discipline::decisionDate),
         choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Form"), &Discipline::form,
                std::function<Choices()>(memberForms)),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Issued by"), &Discipline::issuer),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Decision"), &Discipline::decision),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Violation"), &Discipline::violation),
         check(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Self-discovered"), &Discipline::selfDiscovered),
         check(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Remedied"), &Discipline::remedied)},
        parent);
}

MemberRecordListModel<Leave>* MemberHistoryModels::leaves(QObject* parent)
{
    using Column = MemberRecordListModel<Leave>::Column;
    const Column days{QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Days"),
                      Editor::Number,
                      [](const Leave& r) { return QVariant(qlonglong(r.days())); },
                      {}};
    return new MemberRecordListModel<Leave>(
        {choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Kind"), &Leave::kind),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "From"), &Leave::from),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "To"), &Leave::to), days,
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Note"), &Leave::note)},
        parent);
}

MemberRecordListModel<DuesRecord>* MemberHistoryModels::dues(QObject* parent)
{
    using Column = MemberRecordListModel<DuesRecord>::Column;
    const Column month{
        QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Month"), Editor::Month,
        [](const DuesRecord& r) { return QVariant(r.month.isValid() ? r.month.firstDay() : QDate()); },
        [](DuesRecord& r, const QVariant& v) {
            r.month = YearMonth::of(v.toDate());
        }};
    const Column amount{QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Amount (đồng)"), Editor::Number,
                        [](const DuesRecord& r) { return QVariant(qlonglong(r.amount)); },
                        [](DuesRecord& r, const QVariant& v) {
                            r.amount = v.toLongLong();
                        }};
    return new MemberRecordListModel<DuesRecord>(
        {month, choice(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "State"), &DuesRecord::state), amount},
        parent);
}

MemberRecordListModel<Assignment>* MemberHistoryModels::assignments(QObject* parent)
{
    using Column = MemberRecordListModel<Assignment>::Column;
    const Column households{QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Households"), Editor::Number,
                            [](const Assignment& r) { return QVariant(qlonglong(r.households)); },
                            [](Assignment& r, const QVariant& v) {
                                r.households = int(v.toLongLong());
                            }};
    return new MemberRecordListModel<Assignment>(
        {text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Task"), &Assignment::task),
         text(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Area"), &Assignment::area), households,
         organisation(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "Organisation"), &Assignment::orgId),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "From"), &Assignment::from),
         date(QT_TRANSLATE_NOOP("chibo::MemberRecordModel", "To"), &Assignment::to, true)},
        parent);
}

} // namespace chibo
