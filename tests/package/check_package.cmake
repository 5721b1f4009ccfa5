# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# Builds the .deb with CPack and checks it (docs/architecture.md#the-package). Called by ctest with
# -DBUILD_DIR=... -DWORK=... -DLINTIAN=... -DVERSION=... -DAPP_ID=...
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND cpack -G DEB -B "${WORK}" --config "${BUILD_DIR}/CPackConfig.cmake"
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB deb "${WORK}/learnpartner_*.deb")
if(NOT rc EQUAL 0 OR NOT deb)
  message(FATAL_ERROR "cpack -G DEB failed: ${out}${err}")
endif()
message(STATUS "package: ${deb}")

# lintian: any error or warning fails (information and pedantic tags are printed, not fatal).
# Overrides, each with its reason, live in packaging/lintian-overrides (none today).
execute_process(COMMAND "${LINTIAN}" --fail-on error,warning --display-info --tag-display-limit 0 "${deb}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lintian:\n${out}")
if(NOT rc EQUAL 0 OR out MATCHES "(^|\n)[EW]: ")
  message(SEND_ERROR "lintian finds errors or warnings (exit ${rc}):\n${out}${err}")
endif()

# What is inside.
set(root "${WORK}/root")
execute_process(COMMAND dpkg-deb -x "${deb}" "${root}" RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb -f "${deb}" Version Description OUTPUT_VARIABLE control)
if(NOT control MATCHES "Version: ${VERSION}\n")
  message(SEND_ERROR "the package's version is not ${VERSION}:\n${control}")
endif()
set(expected
  usr/bin/learnpartner
  usr/bin/learnpartner-cli
  usr/share/man/man1/learnpartner.1.gz
  usr/share/man/man1/learnpartner-cli.1.gz
  usr/share/doc/learnpartner/copyright
  usr/share/doc/learnpartner/changelog.gz
  usr/share/applications/${APP_ID}.desktop
  usr/share/metainfo/${APP_ID}.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(f IN LISTS expected)
  if(NOT EXISTS "${root}/${f}")
    message(SEND_ERROR "missing from the package: ${f}")
  endif()
endforeach()

# The changelog's newest entry and the metainfo's newest release are this version.
execute_process(COMMAND gzip -dc "${root}/usr/share/doc/learnpartner/changelog.gz" OUTPUT_VARIABLE changelog)
if(NOT changelog MATCHES "^learnpartner \\(${VERSION}\\) ")
  message(SEND_ERROR "the changelog's first entry is not version ${VERSION}")
endif()
file(READ "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<releases>[ \n]*<release version=\"${VERSION}\"")
  message(SEND_ERROR "the metainfo's newest release is not ${VERSION}")
endif()
# Every command of the CLI is in its manual page.
execute_process(COMMAND gzip -dc "${root}/usr/share/man/man1/learnpartner-cli.1.gz" OUTPUT_VARIABLE page)
if(NOT page MATCHES "\\.SS \"db init\"")
  message(SEND_ERROR "the packaged learnpartner-cli(1) has no command section")
endif()

execute_process(COMMAND desktop-file-validate "${root}/usr/share/applications/${APP_ID}.desktop"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
  message(SEND_ERROR "desktop-file-validate: ${out}${err}")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR "${out}" MATCHES "(^|\n)[EWI]: ")
  message(SEND_ERROR "appstreamcli validate: ${out}${err}")
endif()
