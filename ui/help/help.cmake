# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
# Help in the application (docs/guide/README.md): the user guide's Markdown becomes one Qt Help
# collection per language at build time (lp-helpgen, then qhelpgenerator), embedded under :/help;
# the help window, F1, What's This?, the shortcuts and the About box are in ui/help/.
find_package(Qt6 REQUIRED COMPONENTS Help ToolsTools)

# A library of its own, so that Qt Help's headers and the build information stay out of the rest of lpui
# (and of everything that links lpui). lpui and lphelp use each other: CMake links the pair as a cycle.
add_library(lphelp STATIC
  help/aboutdialog.cpp help/aboutdialog.h
  help/helpcollections.cpp help/helpcollections.h
  help/helpmenu.cpp help/helpmenu.h
  help/helptopics.cpp help/helptopics.h
  help/helpwindow.cpp help/helpwindow.h
  help/shortcutsdialog.cpp help/shortcutsdialog.h
)
target_include_directories(lphelp PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/help)
target_link_libraries(lphelp PUBLIC lpcore Qt6::Widgets PRIVATE Qt6::Help lpui)
target_link_libraries(lpui PUBLIC lphelp)
lp_target_warnings(lphelp)

# The commit the About box names, read when CMake configures (none outside a git checkout).
execute_process(COMMAND git rev-parse --short HEAD WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE LP_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE lp_git_rc)
if(NOT lp_git_rc EQUAL 0)
  set(LP_GIT_COMMIT "")
endif()
configure_file(help/buildinfo.h.in ${CMAKE_CURRENT_BINARY_DIR}/help/buildinfo.h @ONLY)

# The converter from the guide's Markdown to HTML and the Qt Help projects (runs on the build host).
add_executable(lp-helpgen ${PROJECT_SOURCE_DIR}/app/helpgen/main.cpp)
target_link_libraries(lp-helpgen PRIVATE Qt6::Gui)
lp_target_warnings(lp-helpgen)

set(LP_GUIDE_DIR ${PROJECT_SOURCE_DIR}/docs/guide)
set(LP_HELP_OUT ${CMAKE_CURRENT_BINARY_DIR}/help/collections)
set(LP_HELP_FILES)
foreach(lang en it)
  file(GLOB LP_GUIDE_SOURCES CONFIGURE_DEPENDS ${LP_GUIDE_DIR}/${lang}/*.md ${LP_GUIDE_DIR}/shots/${lang}/*.png)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/help/${lang})
  add_custom_command(
    OUTPUT ${LP_HELP_OUT}/learnpartner-${lang}.qhc ${LP_HELP_OUT}/learnpartner-${lang}.qch
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${out}
    COMMAND lp-helpgen ${LP_GUIDE_DIR}/${lang} ${out} ${lang}
    COMMAND Qt6::qhelpgenerator -s ${out}/learnpartner-${lang}.qhcp -o ${out}/learnpartner-${lang}.qhc
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LP_HELP_OUT}
    COMMAND ${CMAKE_COMMAND} -E copy ${out}/learnpartner-${lang}.qhc ${out}/learnpartner-${lang}.qch ${LP_HELP_OUT}
    DEPENDS lp-helpgen ${LP_GUIDE_SOURCES}
    COMMENT "Help collection (${lang}) from docs/guide/${lang}"
    VERBATIM)
  list(APPEND LP_HELP_FILES ${LP_HELP_OUT}/learnpartner-${lang}.qhc ${LP_HELP_OUT}/learnpartner-${lang}.qch)
endforeach()
qt_add_resources(lphelp "lp_help" PREFIX "/help" BASE ${LP_HELP_OUT} FILES ${LP_HELP_FILES})
install(FILES ${LP_HELP_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/learnpartner/help)
