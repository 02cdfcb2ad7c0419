#pragma once
// Where an entity's parts sit in the raw bytes. mimetic keeps no offsets into its input and
// re-serialises what it parsed, so an attached message (message/rfc822) would be filed as
// mimetic's rewrite of it; these slices give the sender's bytes instead (ARCHITECTURE.md
// invariant 3). Pure functions over string_views into the caller's buffer.
#include <optional>
#include <string_view>
#include <vector>

namespace mailclerk::parsers {

// The body of an entity: what follows the first empty line (LF or CRLF). Empty when the
// entity has no body; nullopt when no empty line ends its header.
std::optional<std::string_view> entity_body(std::string_view entity);

// The body parts of a multipart body, per RFC 2046: each delimiter line is "--" BOUNDARY at
// the start of a line, then optional whitespace; the line end before it belongs to the
// delimiter. A close delimiter ("--" BOUNDARY "--") or the end of the input ends the list.
std::vector<std::string_view> multipart_parts(std::string_view body, std::string_view boundary);

} // namespace mailclerk::parsers
