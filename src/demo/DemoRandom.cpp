// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoRandom.h"

namespace chibo {

namespace {

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

quint64 splitmix64(quint64& x)
{
    x += 0x9e3779b97f4a7c15ULL;
    quint64 z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// FNV-1a over the UTF-16 code units: stable across platforms, unlike qHash, which is seeded per process.
quint64 fnv1a(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

DemoRandom::DemoRandom(quint64 seed, QStringView stream)
{
    quint64 mix = seed ^ rotl(fnv1a(stream), 23);
    for (quint64& word : m_state)
        word = splitmix64(mix);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

qint64 DemoRandom::below(qint64 bound)
{
    if (bound <= 0)
        return 0;
    const auto range = static_cast<quint64>(bound);
    const quint64 threshold = (0 - range) % range;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return static_cast<qint64>(r % range);
    }
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + static_cast<int>(below(qint64(high) - low + 1));
}

} // namespace chibo
