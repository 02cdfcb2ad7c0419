#pragma once
// Snippets of search hits: one line, matched words wrapped in [ ] (pure functions).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/attachment_probe.hpp"
#include "store/rows.hpp"
#include "store/search_query.hpp"

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

// How much of a hit's body a snippet looks at (characters): scanning 1 MB per hit for a term
// that sits deep inside (or only in an attachment) would cost more than the whole search.
inline constexpr int64_t k_snippet_scan_chars = 20000;

// The words a snippet highlights: the query's positive text terms.
std::vector<HighlightTerm> highlight_terms(const ParsedQuery& query);

// A hit's snippet, whichever index found it: from the body when a term occurs there, else
// from the subject, else from the first attachment whose text matches, naming the attachments
// that match. `body` is the body's first k_snippet_scan_chars characters, `cut` says it goes
// on. `matching` lists the attachments the query's text matches; it is asked only when neither
// subject nor body shows a term (matching costs), and not at all when `ask_attachments` is
// false (a query without positive text).
Status fill_snippet(SearchHit& hit, const std::vector<HighlightTerm>& terms,
                    std::string_view subject, std::string_view body, bool cut, bool ask_attachments,
                    const std::function<Result<std::vector<MatchedAttachment>>()>& matching);

} // namespace mailclerk::store
