# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# Fails when a C++ file under app core ui tests bench differs from what clang-format makes of it
# (.clang-format at the root). Run `tools/format.sh` to format them all.
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
     "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h")
list(FILTER files EXCLUDE REGEX "^tests/data/")
list(LENGTH files count)
if(count EQUAL 0)
  message(FATAL_ERROR "no C++ file found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" offenders "${err}")
  list(REMOVE_DUPLICATES offenders)
  list(JOIN offenders "\n" offenders)
  message(FATAL_ERROR "unformatted files (run tools/format.sh):\n${offenders}")
endif()
message(STATUS "${count} files formatted")
