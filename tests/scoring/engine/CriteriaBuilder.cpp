// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriteriaBuilder.h"

namespace chibo::test {

namespace {

Node leaf(Node::Op kind, const QString& name = {})
{
    Node node;
    node.op = kind;
    node.name = name;
    return node;
}

QList<Level> levelsOf(const QStringList& codes)
{
    QList<Level> levels;
    for (const QString& level : codes)
        levels.append({level, text(level.toUpper())});
    return levels;
}

} // namespace

Node number(Rational value)
{
    Node node = leaf(Node::Op::Number);
    node.number = value;
    return node;
}

Node boolean(bool value)
{
    Node node = leaf(Node::Op::Boolean);
    node.boolean = value;
    return node;
}

Node code(const QString& value)
{
    return leaf(Node::Op::Code, value);
}

Node param(const QString& name)
{
    return leaf(Node::Op::Param, name);
}

Node metric(const QString& name, const QMap<QString, QString>& args)
{
    Node node = leaf(Node::Op::Metric, name);
    node.args = args;
    return node;
}

Node indicatorRef(const QString& id)
{
    return leaf(Node::Op::Indicator, id);
}

Node currentValue()
{
    return leaf(Node::Op::Value);
}

Node total()
{
    return leaf(Node::Op::Total);
}

Node pointsOf(const QStringList& ids)
{
    Node node = leaf(Node::Op::PointsOf);
    node.names = ids;
    return node;
}

Node results(const ResultsQuery& query)
{
    Node node = leaf(Node::Op::Results);
    node.results = query;
    return node;
}

Node op(Node::Op kind, std::vector<Node> operands, const QString& name)
{
    Node node = leaf(kind, name);
    node.operands = std::move(operands);
    return node;
}

BilingualText text(const QString& vi)
{
    return {vi, {}};
}

Criteria memberYearCriteria(const QString& id)
{
    Criteria criteria;
    criteria.id = id;
    criteria.version = QStringLiteral("2025.1");
    criteria.title = text(QStringLiteral("Xếp loại chất lượng đảng viên"));
    criteria.legalBasis.append({QStringLiteral("366"),
                                QStringLiteral("QĐ/TW"),
                                QDate(2025, 8, 30),
                                QStringLiteral("Bộ Chính trị"),
                                {},
                                {},
                                QStringLiteral("press")});
    criteria.validFrom = QDate(2025, 1, 1);
    criteria.subject = SubjectKind::MemberYear;
    criteria.levels = levelsOf(
        {QStringLiteral("htxs"), QStringLiteral("htt"), QStringLiteral("ht"), QStringLiteral("kht")});
    criteria.contentHash = QStringLiteral("0123abcd");
    return criteria;
}

Criteria meetingCriteria(const QString& id, QDate from, QDate to)
{
    Criteria criteria = memberYearCriteria(id);
    criteria.title = text(QStringLiteral("Chất lượng sinh hoạt chi bộ"));
    criteria.validFrom = from;
    criteria.validTo = to;
    criteria.subject = SubjectKind::Meeting;
    criteria.levels = levelsOf(
        {QStringLiteral("tot"), QStringLiteral("kha"), QStringLiteral("dat"), QStringLiteral("kdat")});
    return criteria;
}

Indicator computedIndicator(const QString& id, Node value)
{
    Indicator indicator;
    indicator.id = id;
    indicator.label = text(QStringLiteral("Chỉ tiêu ") + id);
    indicator.legalRef = QStringLiteral("HD 12-HD/BTCTW tiêu chí 1");
    indicator.value = std::move(value);
    return indicator;
}

Indicator enteredIndicator(const QString& id, InputSpec::Kind kind, Rational max)
{
    Indicator indicator;
    indicator.id = id;
    indicator.label = text(QStringLiteral("Đánh giá ") + id);
    indicator.legalRef = QStringLiteral("QĐ 366-QĐ/TW Điều 11");
    indicator.input.kind = kind;
    indicator.input.max = max;
    if (kind == InputSpec::Kind::Points)
        indicator.maxPoints = max;
    return indicator;
}

LadderRule ladderRule(const QString& id, const QString& level, Node when)
{
    LadderRule rule;
    rule.id = id;
    rule.label = text(QStringLiteral("Quy tắc ") + id);
    rule.legalRef = QStringLiteral("QĐ 366-QĐ/TW Điều 11 khoản ") + level;
    rule.level = level;
    rule.when = std::move(when);
    return rule;
}

} // namespace chibo::test

namespace chibo::test {

QByteArray criteriaJson(const QString& id, const QString& subject, const QString& from, const QString& to,
                        const QString& body)
{
    const QString period = subject == u"meeting"              ? QStringLiteral("meeting")
                           : subject == u"organisation_month" ? QStringLiteral("month")
                                                              : QStringLiteral("year");
    const QString header =
        QStringLiteral(R"({
  "schema_version": 1, "id": "%1", "version": "2025.1",
  "title": {"vi": "Bộ tiêu chí %1", "en": ""},
  "legal_basis": [{"number": "42", "symbol": "HD/BTCTW", "date": "2025-10-28",
                   "issuer": "Ban Tổ chức Trung ương"}],
  "valid_from": "%2", "valid_to": %3,
  "applies_to": {"org_kinds": ["grassroots_cell", "subordinate_cell"], "cell_types": [], "locality": ""},
  "subject": "%4", "period": "%5",
)")
            .arg(id, from, to.isEmpty() ? QStringLiteral("null") : u'"' + to + u'"', subject, period);
    return (header + body + u'}').toUtf8();
}

} // namespace chibo::test
