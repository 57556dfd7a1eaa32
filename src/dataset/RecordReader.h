// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumCodes.h"
#include "core/JsonPath.h"
#include "core/YearMonth.h"
#include "dataset/FirstProblem.h"
#include "dataset/RecordKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>

#include <initializer_list>

namespace chibo {

/// Reads the fields of one record (a JSON object) of a dataset file and reports every problem of shape
/// to a FirstProblem with the field's JSON pointer: a required field missing, a wrong JSON type, a
/// malformed date or id, an unknown code, a negative count, a field name it does not know.
/// The omission rule of the format lives here: an absent optional field reads as the empty value
/// (empty text, null id, invalid date or time, zero, false, empty list). After a problem the field
/// reads as its empty value too, so parsing can go on and find the problem that comes first.
class RecordReader {
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    enum class Need { Optional, Required };

    /// Reads `value` as a `kind` record at `path`. A value that is not an object is reported at once, and
    /// so is every member whose name is not in `known`. `path` and `problems` must outlive the reader.
    RecordReader(const QJsonValue& value, const JsonPath& path, RecordKind kind, FirstProblem& problems,
                 std::initializer_list<QStringView> known);
    /// As above, with the known member names in a list (the top level, which may allow extra members).
    RecordReader(const QJsonValue& value, const JsonPath& path, RecordKind kind, FirstProblem& problems,
                 const QList<QStringView>& known);

    bool isObject() const { return m_isObject; }
    const JsonPath& path() const { return m_path; }
    FirstProblem& problems() const { return m_problems; }

    /// Text; a required one must also not be empty.
    QString text(QStringView key, Need need = Need::Optional);
    /// A list of texts.
    QStringList texts(QStringView key);
    /// A record id or a reference to one; never the nil UUID.
    QUuid id(QStringView key, Need need = Need::Optional);
    QDate date(QStringView key, Need need = Need::Optional);
    YearMonth month(QStringView key, Need need = Need::Optional);
    QTime time(QStringView key);
    QDateTime dateTime(QStringView key);
    /// A whole number from 0 to `max`.
    qint64 count(QStringView key, qint64 max);
    bool flag(QStringView key);
    /// A list of records; each item is for the caller to read.
    QJsonArray list(QStringView key);
    /// A required identifier of a criteria file or of an indicator: 3 to 64 of a–z, 0–9 and "-".
    QString identifier(QStringView key);
    /// The period of a rating: "YYYY" (a year), "YYYY-MM" (a month) or, absent or empty, "" (a meeting).
    QString period(QStringView key);

    /// An enumerator written as its code (core/EnumCodes.h); `absent` when optional and left out.
    template <typename E>
    E code(QStringView key, E absent, Need need = Need::Required)
    {
        const std::optional<QString> written = string(key, need);
        if (!written)
            return absent;
        if (const std::optional<E> value = enumFromCode<E>(*written))
            return *value;
        reportUnknownCode(key, *written, allCodes<E>());
        return absent;
    }

private:
    enum class Expected { Text, WholeNumber, TrueFalse, List, Object };

    /// The member `key`; undefined when absent (reported when required).
    QJsonValue member(QStringView key, Need need);
    /// The text of member `key`; nullopt when absent or not text (reported).
    std::optional<QString> string(QStringView key, Need need);
    void checkKnown(const QList<QStringView>& known);
    void reportWrongType(const JsonPath& at, const QJsonValue& found, Expected expected);
    void reportBadFormat(QStringView key, const QString& code, const QString& message);
    void reportUnknownCode(QStringView key, const QString& found, const QStringList& allowed);
    static QString describe(const QJsonValue& value);

    QJsonObject m_object;
    const JsonPath& m_path;
    RecordKind m_kind;
    FirstProblem& m_problems;
    bool m_isObject = false;
};

} // namespace chibo
