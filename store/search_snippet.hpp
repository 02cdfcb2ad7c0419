#pragma once
// Snippets of search hits: one line, matched words wrapped in [ ] (pure functions).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::store {

struct HighlightTerm {
    std::string text;
    bool prefix = false; // the last word may be longer (DN5* marks DN50)
};

// Line breaks and runs of spaces become single spaces.
std::string one_line(std::string_view text);

// A window of about 60 characters around the first place where a term occurs, with the terms
// highlighted and "…" where the text was cut; std::nullopt when no term occurs. Reads the text
// only up to the first match.
std::optional<std::string> snippet(std::string_view text, const std::vector<HighlightTerm>& terms);

// Wrap each place where a term's tokens occur in a row (as the index compares them: folded,
// CJK per character) in [ ]; overlapping places merge. The text is otherwise unchanged.
std::string highlight(std::string_view text, const std::vector<HighlightTerm>& terms);

} // namespace mailclerk::store
