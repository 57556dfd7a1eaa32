// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TextWidths.h"

#include <QComboBox>
#include <QFontMetrics>

#include <algorithm>

namespace chibo {

int TextWidths::widest(const QFontMetrics& metrics, QStringList texts)
{
    if (texts.size() > MeasuredTexts) {
        std::nth_element(texts.begin(), texts.begin() + MeasuredTexts, texts.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        texts.resize(MeasuredTexts);
    }
    int widest = 0;
    for (const QString& text : std::as_const(texts))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    return widest;
}

void TextWidths::fitComboBox(QComboBox& combo)
{
    if (combo.count() <= MeasuredTexts) {
        if (combo.sizeAdjustPolicy() != QComboBox::AdjustToContentsOnFirstShow) {
            combo.setMinimumContentsLength(0);
            combo.setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
        }
        return;
    }
    QStringList texts;
    texts.reserve(combo.count());
    for (int index = 0; index < combo.count(); ++index)
        texts.append(combo.itemText(index));
    // The combo then reserves room for an icon too, as Qt does when it measures items with icons.
    const QFontMetrics metrics = combo.fontMetrics();
    const int characters = (widest(metrics, texts) + metrics.horizontalAdvance(u'x') - 1) /
                           std::max(1, metrics.horizontalAdvance(u'x'));
    combo.setMinimumContentsLength(characters);
    combo.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

} // namespace chibo
