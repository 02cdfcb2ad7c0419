#pragma once
// UTF-8 helpers shared by every module. Everything that leaves parsers/ is valid UTF-8.
#include <cstdint>
#include <string>
#include <string_view>

namespace mailclerk::utf8 {

bool is_valid(std::string_view text);

// Replace every invalid sequence by U+FFFD; valid input is returned unchanged.
std::string sanitize(std::string_view text);

// Decode one code point starting at text[pos]; advances pos. Invalid bytes yield U+FFFD and
// advance by one. Requires pos < text.size().
char32_t next(std::string_view text, size_t& pos);

void append(std::string& out, char32_t code_point);

// Cut to at most max_bytes without splitting a code point.
std::string_view truncate(std::string_view text, size_t max_bytes);

// ASCII lower-case; other bytes untouched.
std::string ascii_lower(std::string_view text);

std::string_view trim(std::string_view text);

} // namespace mailclerk::utf8
