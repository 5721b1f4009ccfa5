# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# CPack runs this after installing into its staging tree and before it builds the package:
# Debian wants manual pages and the changelog compressed with `gzip -9n` (no name, no time stamp,
# so the package is reproducible).
file(GLOB_RECURSE lp_to_compress
     "${CPACK_TEMPORARY_DIRECTORY}/*/share/man/*.[1-9]"
     "${CPACK_TEMPORARY_DIRECTORY}/*/share/doc/learnpartner/changelog")
if(NOT lp_to_compress)
  message(FATAL_ERROR "no manual page or changelog under ${CPACK_TEMPORARY_DIRECTORY}")
endif()
foreach(f IN LISTS lp_to_compress)
  execute_process(COMMAND gzip -9nf "${f}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${f} failed")
  endif()
endforeach()
