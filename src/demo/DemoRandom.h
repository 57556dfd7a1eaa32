// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <initializer_list>

namespace chibo {

/// A small, portable pseudo-random source (xoshiro256**, seeded through splitmix64). Every stream is
/// named: the same seed and name give the same numbers on every platform and compiler, and one part of
/// the demo drawing more or fewer numbers never shifts another part's. No std distributions are used,
/// since their results are implementation-defined.
class DemoRandom {
public:
    DemoRandom(quint64 seed, QStringView stream);

    quint64 next();
    /// Uniform in [0, bound); 0 when bound ≤ 0. Unbiased (rejection of the short last interval).
    qint64 below(qint64 bound);
    /// Uniform in [low, high], both included; low when high < low.
    int between(int low, int high);
    /// True with probability percent / 100.
    bool chance(int percent) { return between(0, 99) < percent; }

    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items.at(below(items.size()));
    }

    /// One of the given texts, drawn uniformly.
    QString line(std::initializer_list<const char16_t*> lines)
    {
        return QString::fromUtf16(*(lines.begin() + below(qsizetype(lines.size()))));
    }

private:
    std::array<quint64, 4> m_state{};
};

} // namespace chibo
