# Warnings and sanitizers as INTERFACE targets: linked by our own targets only, never imposed on
# third-party headers (those are included as SYSTEM).
add_library(mailclerk_warnings INTERFACE)
target_compile_options(mailclerk_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Wdouble-promotion -Wformat=2
  -Wimplicit-fallthrough)
if(MAILCLERK_WERROR)
  target_compile_options(mailclerk_warnings INTERFACE -Werror)
endif()

add_library(mailclerk_sanitizers INTERFACE)
if(MAILCLERK_SANITIZE)
  target_compile_options(mailclerk_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(mailclerk_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(mailclerk_options INTERFACE)
target_link_libraries(mailclerk_options INTERFACE mailclerk_warnings mailclerk_sanitizers)
target_include_directories(mailclerk_options INTERFACE ${PROJECT_SOURCE_DIR})
