// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInputs.h"

#include <QCoreApplication>

#include <memory>

namespace chibo::fuzz {

int runOnce(Outcome (*function)(const QByteArray&), const uint8_t* data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let a reader keep a pointer into libFuzzer's buffer.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Outcome outcome = function(bytes);
    // A refusal without a code or a message is not a clean error: make libFuzzer save the input.
    if (outcome && (outcome->code.isEmpty() || outcome->message.isEmpty()))
        __builtin_trap();
    return 0;
}

void initialise(int* argc, char*** argv)
{
    // Lives until the process ends; tr() and QDate need no more, but a reader may ask for the app.
    static const auto application = std::make_unique<QCoreApplication>(*argc, *argv);
}

} // namespace chibo::fuzz
