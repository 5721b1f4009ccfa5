#!/usr/bin/env bash
# Formats every C++ file of the project with clang-format (.clang-format at the root); tst_style checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
find app core ui tests bench \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/data/*' -print0 | xargs -0 clang-format -i
