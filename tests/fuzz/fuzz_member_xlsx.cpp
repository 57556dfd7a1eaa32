// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: tests/fuzz/FuzzInputs.h, previewMemberXlsx(); docs/fuzzing.md says how to run it.
#include "FuzzInputs.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    chibo::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return chibo::fuzz::runOnce(&chibo::fuzz::previewMemberXlsx, data, size);
}
