#pragma once
// Grouping search hits into conversations (pure functions).
#include <string>
#include <string_view>
#include <vector>

#include "store/index.hpp"

namespace mailclerk::store {

struct SearchThread {
    std::string key;          // the thread key of its first hit
    std::string subject;      // the first hit's subject without Re:/Fwd:/回复: prefixes
    std::vector<size_t> hits; // indexes into the hits, in their order
};

// "Re: Fwd: 回复：Quote  DN50" -> "quote dn50": reply and forward prefixes (English, German,
// Nordic, Chinese) and [tags] removed, case folded, runs of separators one space.
std::string normalised_subject(std::string_view subject);

// The subject starts with a reply or forward prefix ("Re:", "AW:", "回复：", "Fwd:"), after any
// [tags].
bool is_reply_subject(std::string_view subject);

// Hits of one conversation together: same thread key (References/In-Reply-To root), or the same
// non-empty normalised subject. Threads come in the order of their first hit.
std::vector<SearchThread> group_threads(const std::vector<SearchHit>& hits);

} // namespace mailclerk::store
