#pragma once
// The daily digest: one mail per rep listing what needs them today, and a team summary for
// managers (items per rep and state, the oldest first), as text and HTML, in English or
// Chinese, with links to the web page. Pure: composing reads nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/today/states.hpp"

namespace mailclerk::today {

// The label of a state in a language ("Unanswered inquiries" / "未回复询价"), and what to do.
std::string_view state_label(State state, bool chinese);
std::string_view state_advice(State state, bool chinese);

struct Recipient {
    std::string user;
    bool manager = false;
    std::string email; // "" when the user has none
    bool chinese = false;
};

struct Digest {
    Recipient to;
    std::string subject;
    std::string text;
    std::string html;
    size_t items = 0; // items listed: the rep's own, or the team's for a manager
};

struct DigestContext {
    std::string day; // the local date it is for, "2026-11-03"
    int64_t now = 0;
    std::string web_url; // "" = no links
};

// The digest of one user from the team's open items; nullopt when nothing needs them (no
// mail is sent then). A manager's lists every rep's items, summarised per rep.
std::optional<Digest> compose_digest(const Recipient& recipient, const std::vector<Item>& items,
                                     const DigestContext& context);

} // namespace mailclerk::today
