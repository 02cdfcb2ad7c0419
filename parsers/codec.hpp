#pragma once
// Content-transfer-encoding decoders shared by RFC 2047 words and MIME bodies. Lenient by
// design: real mail breaks the rules, and a decoder that gives up loses the customer's file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// One uuencoded file: the lines between "begin MODE NAME" and "end".
struct UuFile {
    std::string name;
    DecodedBytes content;
};

// Decode a uuencoded block (x-uuencode transfer encoding, or a block found in a plain body).
// Text before the "begin" line is skipped; a missing "end" sets damaged. nullopt when there is
// no "begin" line at all.
std::optional<UuFile> uudecode(std::string_view encoded);

// A uuencoded block inside plain text: [begin, end) covers the "begin" line to the "end" line.
struct UuBlock {
    size_t begin = 0, end = 0;
};
// Every well-formed block ("begin 644 name" ... "end") in the text, in order.
std::vector<UuBlock> find_uu_blocks(std::string_view text);

} // namespace mailclerk::parsers
