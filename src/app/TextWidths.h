// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QComboBox;
class QFontMetrics;

namespace chibo {

/// Widths for widgets that list thousands of names (a province's 5,000 cells): shaping a text to
/// measure it costs, and Qt sizes a combo box by measuring every item on its first show — a tenth of a
/// second for 5,000. Lists of up to 200 texts are measured whole, as before; of longer ones only the
/// 200 longest (by characters), among which the widest is in practice.
class TextWidths {
public:
    static constexpr qsizetype MeasuredTexts = 200;

    /// The widest of `texts` in pixels.
    static int widest(const QFontMetrics& metrics, QStringList texts);
    /// Call after filling `combo`: a long list makes the combo as wide as its widest item (from the
    /// longest items), a short one is sized by Qt on its first show as usual.
    static void fitComboBox(QComboBox& combo);
};

} // namespace chibo
