#pragma once
// Internal to parsers/: the header block read as Python's `email` package (and mail readers)
// read it, before mimetic sees it. mimetic ends the header block at the first line it does not
// understand, so a stray mbox "From " line in the middle of the headers made every later header
// (Subject, From, To, Message-ID, Date) vanish; Python skips such lines and reads on.
#include <optional>
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// The message with its header block repaired, or nullopt when the header block needs no repair
// (the common case: no copy is made). Rules, as Python's feedparser (docs/fidelity.md):
// - line ends are CRLF, LF or a lone CR; an empty line ends the header block;
// - a line that is no header (no "name:" with a printable ASCII name, no leading blank) is the
//   first line of the body: an empty line is put before it;
// - an mbox "From " line inside the block is skipped, except as its last line (then it is the
//   first line of the body, as in Python);
// - a continuation line (leading blank) with no header to continue, and a line starting with
//   ':', are skipped;
// - NUL bytes in header lines are removed (mimetic would cut the value at the first one).
// The body bytes are kept as they are.
std::optional<std::string> repair_header_block(std::string_view message);

} // namespace mailclerk::parsers
