// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"
#include "scoring/Node.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <vector>

/// Builders for criteria written directly in C++, for engine tests that do not go through the loader.
namespace chibo::test {

Node number(Rational value);
Node boolean(bool value);
Node code(const QString& value);
Node param(const QString& name);
Node metric(const QString& name, const QMap<QString, QString>& args = {});
Node indicatorRef(const QString& id);
Node currentValue();
Node total();
Node pointsOf(const QStringList& ids);
Node results(const ResultsQuery& query);
/// Any operator node: `{"ge": [a, b]}` is op(Node::Op::Ge, {a, b}).
Node op(Node::Op kind, std::vector<Node> operands, const QString& name = {});

BilingualText text(const QString& vi);

/// A member_year file "id" (version 2025.1, in force from 2025-01-01) with the levels htxs, htt, ht, kht.
Criteria memberYearCriteria(const QString& id);
/// A meeting file "id" in force from `from` to `to` (invalid: open) with the levels tot, kha, dat, kdat.
Criteria meetingCriteria(const QString& id, QDate from = QDate(2025, 1, 1), QDate to = {});

Indicator computedIndicator(const QString& id, Node value);
Indicator enteredIndicator(const QString& id, InputSpec::Kind kind, Rational max = {});
LadderRule ladderRule(const QString& id, const QString& level, Node when);

} // namespace chibo::test

namespace chibo::test {

/// A criteria file's text: the common header (id, version 2025.1, one legal document, cells of any type)
/// for `subject` ("meeting", "member_year", …) in force from `from` (to `to`, or open-ended when empty),
/// followed by `body`, the file's other members written as JSON.
QByteArray criteriaJson(const QString& id, const QString& subject, const QString& from, const QString& to,
                        const QString& body);

} // namespace chibo::test
