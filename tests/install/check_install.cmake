# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# Installs the project into a scratch prefix and checks the tree a desktop expects, with the
# freedesktop.org validators. Called by ctest with -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=...
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${err}")
endif()

set(expected
  bin/learnpartner
  bin/learnpartner-cli
  share/man/man1/learnpartner.1
  share/man/man1/learnpartner-cli.1
  share/doc/learnpartner/copyright
  share/doc/learnpartner/changelog
  share/applications/${APP_ID}.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/learnpartner/translations/learnpartner_it.qm
  share/learnpartner/translations/learnpartner_en.qm)
foreach(f IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(SEND_ERROR "missing from the install tree: ${f}")
  endif()
endforeach()

execute_process(COMMAND desktop-file-validate "${PREFIX}/share/applications/${APP_ID}.desktop"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR out MATCHES "error")
  message(SEND_ERROR "desktop-file-validate: ${out}${err}")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(SEND_ERROR "appstreamcli validate: ${out}${err}")
endif()
execute_process(COMMAND "${PREFIX}/bin/learnpartner-cli" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^learnpartner-cli [0-9]")
  message(SEND_ERROR "the installed learnpartner-cli does not run: ${out}")
endif()
file(READ "${PREFIX}/share/icons/hicolor/scalable/apps/${APP_ID}.svg" svg)
if(NOT svg MATCHES "<svg")
  message(SEND_ERROR "the installed icon is not an SVG")
endif()
