// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Fuzz target: the listing input of `check-listing` (CheckCodecs::listingFromBytes).
// Invariants: no crash, no escaping exception; an error has a code; an input read has a real
// asOf.

#include "fuzzcheck.h"
#include "io/checkcodecs.h"

using namespace lp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::guarded([&] {
        const Result<ListingCheckInput> input = CheckCodecs::listingFromBytes(fuzz::bytes(data, size));
        if (!input) {
            LP_FUZZ_CHECK_ERROR(input.error());
            return;
        }
        LP_FUZZ_CHECK(input->asOf.isValid());
    });
}
