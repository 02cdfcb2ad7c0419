#pragma once
#include <string>
#include <string_view>

namespace mailclerk {

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

} // namespace mailclerk

namespace mailclerk {

// SHA-256 of the bytes with every CRLF read as LF (line-end-insensitive identity).
std::string sha256_hex_lf(std::string_view bytes);

} // namespace mailclerk
