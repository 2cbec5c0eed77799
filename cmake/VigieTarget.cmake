# SPDX-License-Identifier: GPL-3.0-or-later
# Common settings for every Vigie target, and the list of sources lupdate scans.

add_library(vigie_build_options INTERFACE)
target_compile_options(vigie_build_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(vigie_build_options INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  VIGIE_VERSION="${PROJECT_VERSION}"
  VIGIE_APP_ID="${VIGIE_APP_ID}")

option(VIGIE_WERROR "Treat warnings in Vigie's own code as errors" OFF)
if(VIGIE_WERROR)
  target_compile_options(vigie_build_options INTERFACE -Werror)
endif()

# vigie_add_sources(<target> <sources...>): add sources to a target and record them for lupdate,
# because Qt 6.4's qt_add_translations cannot find a target's sources by itself.
function(vigie_add_sources target)
  target_sources(${target} PRIVATE ${ARGN})
  foreach(src IN LISTS ARGN)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    set_property(GLOBAL APPEND PROPERTY VIGIE_I18N_SOURCES "${abs}")
  endforeach()
endfunction()
