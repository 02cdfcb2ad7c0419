# mailclerk_library(NAME SOURCES file... [PUBLIC dep...] [PRIVATE dep...])
# One folder's library: the static target mailclerk_NAME, its alias mailclerk::NAME (the name
# every other target links) and its dependencies, which point only downwards
# (docs/ARCHITECTURE.md draws them).
function(mailclerk_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC;PRIVATE")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "mailclerk_library(${name}): unexpected ${arg_UNPARSED_ARGUMENTS}")
  endif()
  add_library(mailclerk_${name} STATIC ${arg_SOURCES})
  add_library(mailclerk::${name} ALIAS mailclerk_${name})
  target_link_libraries(mailclerk_${name} PUBLIC ${arg_PUBLIC} PRIVATE ${arg_PRIVATE})
endfunction()

# mailclerk_plugin(NAME SOURCES src... LINK lib...)
# libmailclerk-NAME.so (target mailclerk_NAME): a module that holds a heavy library and that
# common/plugin.cpp loads on first use, so that no command maps the library at start. Built
# beside the binary (daemon/, where the loader also looks in a build tree), installed in
# lib/mailclerk/; only its extern "C" entry point is exported. (No -Wl,--no-undefined: with
# clang the sanitizer runtimes stay in the executable; RTLD_NOW reports anything missing.)
function(mailclerk_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LINK")
  add_library(mailclerk_${name} MODULE ${arg_SOURCES})
  set_target_properties(mailclerk_${name} PROPERTIES
    OUTPUT_NAME mailclerk-${name} PREFIX lib POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/daemon)
  target_link_libraries(mailclerk_${name} PRIVATE mailclerk_options ${arg_LINK})
  # A table of a C library's functions calls nothing of libc itself: libc is named anyway, as
  # a shared library must (lintian: library-not-linked-against-libc).
  target_link_options(mailclerk_${name} PRIVATE LINKER:--no-as-needed)
  install(TARGETS mailclerk_${name} LIBRARY DESTINATION lib/mailclerk)
endfunction()

# mailclerk_embed_text(TARGET INPUT NAMESPACE FUNCTION)
# Compiles the data file INPUT (relative to the calling folder) into TARGET as
# `std::string_view NAMESPACE::FUNCTION()`; the file is re-embedded whenever it changes.
function(mailclerk_embed_text target input namespace function)
  get_filename_component(stem ${input} NAME_WE)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${stem}_text.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${CMAKE_CURRENT_SOURCE_DIR}/${input} -DOUTPUT=${output}
      -DNAMESPACE=${namespace} -DFUNCTION=${function}
      -P ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${input} ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake
    COMMENT "Embedding ${input}"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
endfunction()
