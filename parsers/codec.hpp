#pragma once
// Content-transfer-encoding decoders shared by RFC 2047 words and MIME bodies. Lenient by
// design: real mail breaks the rules, and a decoder that gives up loses the customer's file.
#include <string>
#include <string_view>

namespace mailclerk::parsers {

struct DecodedBytes {
    std::string bytes;
    bool damaged = false; // characters outside the alphabet or a dangling final character
};

// Base64; whitespace ignored, missing padding tolerated, other junk skipped (damaged = true).
DecodedBytes base64_decode(std::string_view encoded);

enum class QpMode { body, header };

// Quoted-printable; soft line breaks removed, malformed "=" kept literally. In header mode
// (RFC 2047 "Q") an underscore stands for a space.
std::string quoted_printable_decode(std::string_view encoded, QpMode mode);

} // namespace mailclerk::parsers
