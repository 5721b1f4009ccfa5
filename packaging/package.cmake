# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# The Debian package, made by CPack (`cd build && cpack -G DEB`): what lintian expects of a binary
# package (docs/architecture.md#the-package). tests/package/check_package.cmake builds it and checks
# it with lintian, desktop-file-validate and appstreamcli.
set(LP_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/learnpartner)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
        DESTINATION ${LP_DOC_DIR})

set(CPACK_PACKAGE_NAME learnpartner)
set(CPACK_PACKAGE_VENDOR "Learning Partner Desk")
set(CPACK_PACKAGE_CONTACT "Learning Partner Desk maintainers <maintainers@learnpartnerdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Microsoft Learning Partner enrollment desk")
# The extended description: paragraphs separated by an empty line (CPack writes them as " .").
set(CPACK_PACKAGE_DESCRIPTION
    "Learning Partner Desk guides partner administrators through enrollment in the
Microsoft Learning Partner program: the Learning Action Pack and the silver and
gold competency Learning options, each decision explained by its rule set.

It imports Courseware Marketplace invoices, shows the KPIs of the anniversary
window, files KPI discrepancy cases that Partner Frontline Support reviews and
resolves, and requests directory listings, with a tamper-evident audit trail.
Data lives in SQLite, or in PostgreSQL for a team.

The package holds the Qt desktop application (learnpartner), in Italian and
English, and its command line (learnpartner-cli), which prints JSON.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY learnpartner)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# iso-codes: the country names in every language (ui/countrynames.cpp; English without it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, iso-codes")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
# After the install into the staging tree: the manual pages and the changelog gzip'd (gzip -9n).
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/prebuild.cmake)
# cpack (and tst_package) package what is built: without this, CPack first builds the "preinstall"
# target, that is every target of the tree (tests and benchmarks too).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CPack)
