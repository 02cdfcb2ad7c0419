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
