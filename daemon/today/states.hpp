#pragma once
// Conversation states: what needs a rep today, computed from the index's threads and
// directions as of a given moment (a fixed clock in tests). Per customer and conversation:
//   unanswered-inquiry  an inbound inquiry without an outbound reply to the customer within
//                       reply_hours of working time (a reply in a conversation we answered
//                       asks again only when its own fresh text is an inquiry);
//   awaiting-reply      our quote without inbound mail in its conversation for quote_chase_days;
// per customer: follow-up-due (a key account without outbound mail for followup_days) and
// dormant (no mail either way for dormant_days, fallen silent within the window); per unknown
// work domain: new-candidate (wrote twice or sent an inquiry). Automatic answers never count
// as replies; internal mail and forwards to others never answer a customer.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/today/calendar.hpp"
#include "parsers/classify.hpp"
#include "store/agenda.hpp"

namespace mailclerk::today {

enum class State { unanswered_inquiry, awaiting_reply, follow_up_due, dormant, new_candidate };
// "unanswered-inquiry", "awaiting-reply", "follow-up-due", "dormant", "new-candidate"
const char* to_string(State state);
std::optional<State> state_named(std::string_view name);

struct Item {
    std::string id; // "<state>:<message sha256, 12 hex>" or "<state>:<slug or domain>"
    State state = State::unanswered_inquiry;
    int64_t customer_id = 0; // 0 for a candidate
    std::string customer;    // slug; "" for a candidate
    std::string customer_name;
    std::string domain; // candidates: the registrable domain
    std::string subject;
    std::string message_sha256; // the message the state is about ("" for customer states)
    int64_t message_row = 0;
    std::string thread_id;         // the conversation's root Message-ID
    int64_t since = 0;             // when the clock started (the message, the last mail); 0 = never
    int64_t due = 0;               // when it became something to do
    std::vector<std::string> reps; // who should act: the owner, else the mailboxes' users
};

// What the states are judged by, from the config.
struct Rules {
    Calendar calendar;
    int64_t reply_seconds = 24 * 3600; // of working time
    int64_t quote_chase_days = 7;
    int64_t window_days = 30;
    int64_t followup_days = 30;
    int64_t dormant_days = 365;
    parsers::MatchRules match = {}; // own domains, free mail, kind words
    std::map<std::string, std::vector<std::string>> mailboxes = {}; // account -> user names
};
Result<Rules> rules_from(const config::Config& config, const parsers::MatchRules& match,
                         const std::vector<store::UserRow>& users);

// The body text of an archived message (messages.id), for "does its fresh text ask again".
using TextSource = std::function<Result<std::string>(int64_t message_row)>;

// Every open item as of `now` (epoch seconds), newest problems (latest due) first; dismissed
// ones included (see without_dismissed). `directory` names customers, categories and owners;
// `skip_domains` are the domains that are never candidates (claimed or ignored).
Result<std::vector<Item>> find_items(store::Agenda& agenda,
                                     const std::vector<store::CustomerRow>& directory,
                                     const std::set<std::string>& skip_domains, const Rules& rules,
                                     const TextSource& texts, int64_t now);

// Items not dismissed at their current `since`.
std::vector<Item> without_dismissed(std::vector<Item> items,
                                    const std::vector<store::Dismissal>& dismissals);

// The user is one of the item's reps (ASCII case ignored), or a manager (`everything`).
bool acts_on(const Item& item, const std::string& user, bool everything);
// The items a user acts on.
std::vector<Item> items_of(const std::vector<Item>& items, const std::string& user,
                           bool everything);

} // namespace mailclerk::today
