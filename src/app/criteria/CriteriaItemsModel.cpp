// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/CriteriaItemsModel.h"

#include "app/criteria/ConditionText.h"
#include "i18n/Language.h"

#include <QFont>
#include <QLocale>

namespace chibo {

namespace {

QString optionalText(const std::optional<Node>& node, const Criteria& file)
{
    return node ? ConditionText::of(*node, file) : QString();
}

} // namespace

CriteriaItemsModel::CriteriaItemsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void CriteriaItemsModel::setCriteria(std::optional<Criteria> file)
{
    beginResetModel();
    m_file = std::move(file);
    build();
    endResetModel();
}

QStringList CriteriaItemsModel::indicatorIds() const
{
    QStringList ids;
    for (const Item& item : m_items) {
        if (item.indicator)
            ids.append(item.texts.at(IdColumn));
    }
    return ids;
}

void CriteriaItemsModel::retranslate()
{
    beginResetModel();
    build();
    endResetModel();
}

int CriteriaItemsModel::add(int parent, QStringList texts)
{
    while (texts.size() < ColumnCount)
        texts.append(QString());
    m_items.append(Item{parent, {}, std::move(texts), false, false});
    const int id = int(m_items.size() - 1);
    if (parent >= 0)
        m_items[parent].children.append(id);
    return id;
}

int CriteriaItemsModel::addSection(const QString& title, int count)
{
    const int id = add(-1, {tr("%1 (%2)").arg(title).arg(count)});
    m_items[id].section = true;
    m_sections.append(id);
    return id;
}

void CriteriaItemsModel::build()
{
    m_items.clear();
    m_sections.clear();
    if (!m_file)
        return;
    addIndicators(*m_file);
    addRules(*m_file);
}

void CriteriaItemsModel::addIndicators(const Criteria& file)
{
    if (file.indicators.isEmpty())
        return;
    const int section = addSection(tr("Indicators"), int(file.indicators.size()));
    for (const Indicator& indicator : file.indicators)
        addIndicator(section, file, indicator);
}

QString CriteriaItemsModel::pointsOf(const Indicator& indicator) const
{
    if (!indicator.givesPoints())
        return {};
    if (indicator.maxPoints)
        return tr("max %1").arg(ConditionText::number(*indicator.maxPoints));
    if (indicator.input.kind == InputSpec::Kind::Points)
        return tr("max %1").arg(ConditionText::number(indicator.input.max));
    return tr("by grade");
}

void CriteriaItemsModel::addIndicator(int section, const Criteria& file, const Indicator& indicator)
{
    const bool english = showsEnglish();
    QString kind = tr("computed");
    switch (indicator.input.kind) {
    case InputSpec::Kind::None: break;
    case InputSpec::Kind::Points: kind = tr("entered: points"); break;
    case InputSpec::Kind::Grade: kind = tr("entered: grade"); break;
    case InputSpec::Kind::YesNo: kind = tr("entered: yes or no"); break;
    }
    QString threshold = optionalText(indicator.pass, file);
    if (threshold.isEmpty() && indicator.value)
        threshold = tr("value: %1").arg(ConditionText::of(*indicator.value, file));
    const int id = add(section, {indicator.id, indicator.label.pick(english), pointsOf(indicator), threshold,
                                 indicator.legalRef, kind});
    m_items[id].indicator = true;
    for (const Band& band : indicator.bands) {
        const QString from = band.from ? ConditionText::number(*band.from) : QStringLiteral("−∞");
        const QString to = band.to ? ConditionText::number(*band.to) : QStringLiteral("∞");
        add(id, {QString(), tr("from %1 to under %2").arg(from, to), ConditionText::number(band.points)});
    }
    if (indicator.pointsFormula)
        add(id, {QString(), tr("points by formula"), ConditionText::of(*indicator.pointsFormula, file)});
    for (const Bonus& bonus : indicator.bonuses) {
        add(id, {bonus.id, bonus.label.pick(english), tr("+%1").arg(ConditionText::number(bonus.points)),
                 ConditionText::of(bonus.when, file), bonus.legalRef, tr("bonus")});
    }
    if (indicator.appliesWhen)
        add(id,
            {QString(), tr("applies only when"), QString(), ConditionText::of(*indicator.appliesWhen, file)});
}

void CriteriaItemsModel::addRules(const Criteria& file)
{
    const bool english = showsEnglish();
    if (!file.ladder.isEmpty()) {
        const int section = addSection(tr("Classification rules"), int(file.ladder.size()));
        for (const LadderRule& rule : file.ladder) {
            QString condition = ConditionText::of(rule.when, file);
            if (rule.unless)
                condition = tr("%1, unless %2").arg(condition, ConditionText::of(*rule.unless, file));
            add(section, {rule.id, rule.label.pick(english), rule.level.toUpper(), condition, rule.legalRef,
                          rule.flag ? tr("level to decide") : tr("level")});
        }
    }
    if (!file.caps.isEmpty()) {
        const int section = addSection(tr("Caps"), int(file.caps.size()));
        for (const Cap& cap : file.caps)
            add(section, {cap.id, cap.label.pick(english), tr("at most %1").arg(cap.atMost.toUpper()),
                          ConditionText::of(cap.when, file), cap.legalRef, tr("cap")});
    }
    if (!file.flags.isEmpty()) {
        const int section = addSection(tr("Cases for a person"), int(file.flags.size()));
        for (const FlagRule& flag : file.flags)
            add(section, {flag.id, flag.label.pick(english), QString(), ConditionText::of(flag.when, file),
                          flag.legalRef, tr("flag")});
    }
    if (!file.eligibility.isEmpty()) {
        const int section = addSection(tr("Not rated when"), int(file.eligibility.size()));
        for (const EligibilityRule& rule : file.eligibility)
            add(section, {rule.id, rule.reason.pick(english), QString(), ConditionText::of(rule.when, file),
                          rule.legalRef, tr("eligibility")});
    }
    if (file.quota) {
        const Quota& quota = *file.quota;
        const int section = addSection(tr("Quota"), 1);
        add(section, {quota.id, quota.label.pick(english), quota.level.toUpper(),
                      tr("at most %1 of %2")
                          .arg(ConditionText::number(quota.share),
                               quota.baseLevels.join(QStringLiteral(", ")).toUpper()),
                      quota.legalRef, tr("quota")});
    }
}

QModelIndex CriteriaItemsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int>& rows = parent.isValid() ? m_items.at(int(parent.internalId())).children : m_sections;
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex CriteriaItemsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_items.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    const int grandParent = m_items.at(parentId).parent;
    const QList<int>& siblings = grandParent < 0 ? m_sections : m_items.at(grandParent).children;
    return createIndex(int(siblings.indexOf(parentId)), 0, quintptr(parentId));
}

int CriteriaItemsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0)
        return 0;
    return int(m_items.at(int(parent.internalId())).children.size());
}

int CriteriaItemsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CriteriaItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item& item = m_items.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole: return item.texts.value(index.column());
    case Qt::ToolTipRole:
        return item.texts.value(index.column()).isEmpty() ? QVariant() : item.texts.value(index.column());
    case Qt::FontRole:
        if (item.section) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant CriteriaItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Id");
    case TitleColumn: return tr("Title");
    case PointsColumn: return tr("Points / level");
    case ThresholdColumn: return tr("Threshold or condition");
    case LegalRefColumn: return tr("Legal reference");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

} // namespace chibo
