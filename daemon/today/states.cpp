#include "daemon/today/states.hpp"

#include <algorithm>
#include <set>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/app/roster.hpp"
#include "daemon/today/threads.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::today {
namespace {

constexpr int64_t k_day = 86400;
constexpr std::string_view k_names[] = {"unanswered-inquiry", "awaiting-reply", "follow-up-due",
                                        "dormant", "new-candidate"};

using store::AgendaMessage;

struct Context {
    store::Agenda& agenda;
    const Rules& rules;
    const TextSource& texts;
    int64_t now;
    std::span<const AgendaMessage> messages;
    std::vector<size_t> conversation; // per message: its conversation's first message
    std::map<int64_t, const store::CustomerRow*> customers;
};

std::string item_id(State state, const std::string& key) {
    return std::string(to_string(state)) + ":" + key;
}

// An item about `customer`, told apart from the customer's other items in `state` by `key`.
Item customer_item(State state, const std::string& key, const store::CustomerRow& customer,
                   int64_t since, int64_t due) {
    Item item;
    item.id = item_id(state, key);
    item.state = state;
    item.customer_id = customer.id;
    item.customer = customer.slug;
    item.customer_name = customer.name;
    item.since = since;
    item.due = due;
    return item;
}

Item message_item(const Context& c, State state, const AgendaMessage& m,
                  const store::CustomerRow& customer, int64_t due, size_t index) {
    Item item = customer_item(state, std::string(m.sha256.substr(0, 12)), customer, m.date, due);
    item.subject = m.subject;
    item.message_sha256 = m.sha256;
    item.message_row = m.id;
    item.thread_id = c.messages[c.conversation[index]].thread_key;
    return item;
}

// A reply in a conversation we answered is a new inquiry only when its own text asks again
// (the subject still says "RE: Inquiry"). Unreadable text asks nothing: the item would rest on
// a guess.
bool asks_again(const Context& c, const AgendaMessage& m) {
    auto text = c.texts(m.id);
    if (!text) {
        log::warning("today: cannot read message {}: {}", m.sha256.substr(0, 12),
                     text.error().message);
        return false;
    }
    return parsers::classify_kind("", parsers::fresh_part(*text), c.rules.match.kind_patterns) ==
           parsers::DocKind::inquiry;
}

bool answers(const AgendaMessage& m, int64_t customer) {
    if (m.direction != "outbound") return false;
    auto link = std::find_if(m.customers.begin(), m.customers.end(),
                             [&](const auto& l) { return l.id == customer; });
    return link != m.customers.end() && link->addressed;
}

// One customer's messages of one conversation, oldest first (automatic answers and list mail
// left out): our latest quote still without their answer, and the earliest inquiry still
// without our reply. Before our first answer any inquiry asks; after it, only one whose own
// text asks again — read from the archive only for those overdue now, the newest answer first
// ruling out everything before it.
void walk_conversation(const Context& c, const store::CustomerRow& customer,
                       const std::vector<size_t>& indexes, std::vector<Item>& out) {
    std::vector<size_t> live;
    for (size_t i : indexes)
        if (!c.messages[i].auto_reply && !c.messages[i].bulk) live.push_back(i);
    auto last_answer = std::find_if(live.rbegin(), live.rend(),
                                    [&](size_t i) { return answers(c.messages[i], customer.id); });
    auto last_inbound = std::find_if(
        live.rbegin(), live.rend(), [&](size_t i) { return c.messages[i].direction == "inbound"; });
    // Our latest quote, when they have not written since (our own reminders do not count).
    auto last_quote = std::find_if(live.rbegin(), live.rend(), [&](size_t i) {
        return c.messages[i].kind == "quote" && answers(c.messages[i], customer.id);
    });
    if (last_quote != live.rend() && (last_inbound == live.rend() || *last_inbound < *last_quote)) {
        const AgendaMessage& quote = c.messages[*last_quote];
        int64_t due =
            c.rules.calendar.next_working_time(quote.date + c.rules.quote_chase_days * k_day);
        if (c.now >= due)
            out.push_back(
                message_item(c, State::awaiting_reply, quote, customer, due, *last_quote));
    }
    bool answered = last_answer != live.rend();
    auto first_open = answered ? last_answer.base() : live.begin();
    for (auto it = first_open; it != live.end(); ++it) {
        const AgendaMessage& m = c.messages[*it];
        if (m.direction != "inbound" || m.kind != "inquiry") continue;
        int64_t due = c.rules.calendar.add_working_time(m.date, c.rules.reply_seconds);
        if (c.now < due) break; // later ones are due later still
        if (answered && !asks_again(c, m)) continue;
        out.push_back(message_item(c, State::unanswered_inquiry, m, customer, due, *it));
        break;
    }
}

// Each customer's messages of each conversation, in (conversation, customer) order and oldest
// first within: one sorted array of links instead of a tree node and a vector per bucket.
void conversation_items(const Context& c, std::vector<Item>& out) {
    struct Link {
        size_t conversation;
        int64_t customer;
        size_t message;
        auto operator<=>(const Link&) const = default;
    };
    std::vector<Link> links;
    links.reserve(c.messages.size());
    for (size_t i = 0; i < c.messages.size(); ++i)
        for (const auto& link : c.messages[i].customers)
            links.push_back({c.conversation[i], link.id, i});
    std::sort(links.begin(), links.end());
    std::vector<size_t> indexes;
    for (size_t begin = 0, end = 0; begin < links.size(); begin = end) {
        indexes.clear();
        for (end = begin;
             end < links.size() && links[end].conversation == links[begin].conversation &&
             links[end].customer == links[begin].customer;
             ++end)
            indexes.push_back(links[end].message);
        auto customer = c.customers.find(links[begin].customer);
        if (customer != c.customers.end()) walk_conversation(c, *customer->second, indexes, out);
    }
}

// Each customer's newest mail comes from the index's per-customer row (kept as mail is
// written), not from the window: a customer silent for longer than the window still counts.
Status customer_items(Context& c, std::vector<Item>& out) {
    auto last = c.agenda.last_exchanges();
    if (!last) return tl::unexpected(last.error());
    const Rules& r = c.rules;
    for (const auto& [id, customer] : c.customers) {
        auto found = last->find(id);
        store::LastExchange seen = found == last->end() ? store::LastExchange{} : found->second;
        if (customer->category == "key") {
            int64_t due = seen.outbound == 0 ? 0 : seen.outbound + r.followup_days * k_day;
            if (seen.outbound == 0 || c.now >= due)
                out.push_back(customer_item(State::follow_up_due, customer->slug, *customer,
                                            seen.outbound, due));
        }
        if (customer->category == "inactive") continue;
        int64_t due = seen.any + r.dormant_days * k_day;
        // Fallen silent within the window: the roster lists every dormant customer.
        if (seen.any != 0 && c.now >= due && due >= c.now - r.window_days * k_day)
            out.push_back(customer_item(State::dormant, customer->slug, *customer, seen.any, due));
    }
    return {};
}

struct Tally {
    int inbound = 0, inquiries = 0;
    const AgendaMessage* qualifying = nullptr; // the second inbound mail or the first inquiry
    const AgendaMessage* latest = nullptr;     // the latest inbound mail
    std::vector<int64_t> rows;                 // every message, for the mailboxes holding them
};

void candidate_items(const Context& c, const std::set<std::string>& skip, std::vector<Item>& out,
                     std::map<std::string, std::vector<int64_t>>& rows_of) {
    std::map<std::string, Tally> tallies;
    app::CandidateDomains candidates(c.rules.match, skip);
    for (const AgendaMessage& m : c.messages) {
        if (!m.customers.empty() || m.bulk || m.auto_reply) continue;
        std::set<std::string> domains;
        for (const auto& [domain, address] : candidates.of(m.direction, m.addresses))
            domains.insert(domain);
        for (const std::string& domain : domains) {
            Tally& t = tallies[domain];
            t.rows.push_back(m.id);
            if (m.direction != "inbound") continue;
            ++t.inbound;
            t.inquiries += m.kind == "inquiry";
            t.latest = &m;
            if (!t.qualifying && (t.inbound >= 2 || t.inquiries > 0)) t.qualifying = &m;
        }
    }
    for (auto& [domain, t] : tallies) {
        if (!t.qualifying) continue;
        Item item;
        item.id = item_id(State::new_candidate, domain);
        item.state = State::new_candidate;
        item.domain = domain;
        item.subject = t.latest->subject;
        item.message_sha256 = t.latest->sha256;
        item.message_row = t.latest->id;
        item.since = item.due = t.qualifying->date;
        rows_of[item.id] = std::move(t.rows);
        out.push_back(std::move(item));
    }
}

bool same_name(std::string_view a, std::string_view b) {
    return utf8::ascii_lower(a) == utf8::ascii_lower(b);
}

// The owner acts for a customer; without one, the users whose mailboxes hold the mail.
Status assign_reps(Context& c, std::vector<Item>& items,
                   std::map<std::string, std::vector<int64_t>>& rows_of) {
    std::vector<int64_t> wanted;
    for (Item& item : items) {
        auto customer = c.customers.find(item.customer_id);
        if (customer != c.customers.end() && !customer->second->owner.empty()) {
            item.reps = {customer->second->owner};
            continue;
        }
        if (item.message_row != 0 && !rows_of.contains(item.id))
            rows_of[item.id] = {item.message_row};
        for (int64_t row : rows_of[item.id])
            wanted.push_back(row);
    }
    auto accounts = c.agenda.message_accounts(wanted);
    if (!accounts) return tl::unexpected(accounts.error());
    for (Item& item : items) {
        if (!item.reps.empty()) continue;
        std::set<std::string> reps;
        for (int64_t row : rows_of[item.id])
            for (const std::string& account : (*accounts)[row])
                if (auto users = c.rules.mailboxes.find(account); users != c.rules.mailboxes.end())
                    reps.insert(users->second.begin(), users->second.end());
        item.reps.assign(reps.begin(), reps.end());
    }
    return {};
}

} // namespace

const char* to_string(State state) {
    return k_names[static_cast<size_t>(state)].data();
}

std::optional<State> state_named(std::string_view name) {
    for (size_t i = 0; i < std::size(k_names); ++i)
        if (k_names[i] == name) return static_cast<State>(i);
    return std::nullopt;
}

Result<Rules> rules_from(const config::Config& config, const parsers::MatchRules& match,
                         const std::vector<store::UserRow>& users) {
    auto calendar = Calendar::make(config.today);
    if (!calendar) return tl::unexpected(calendar.error());
    Rules rules{std::move(*calendar)};
    rules.reply_seconds = int64_t{config.today.reply_hours} * 3600;
    rules.quote_chase_days = config.today.quote_chase_days;
    rules.window_days = config.today.window_days;
    rules.followup_days = config.roster.followup_days;
    rules.dormant_days = config.roster.dormant_days;
    rules.match = match;
    for (const config::Account& account : config.accounts)
        for (const store::UserRow& user : users)
            if (same_name(user.name, account.name) ||
                (!user.email.empty() && same_name(user.email, account.user)))
                rules.mailboxes[account.name].push_back(user.name);
    return rules;
}

Result<std::vector<Item>> find_items(store::Agenda& agenda,
                                     const std::vector<store::CustomerRow>& directory,
                                     const std::set<std::string>& skip_domains, const Rules& rules,
                                     const TextSource& texts, int64_t now) {
    auto window = agenda.agenda_messages(now - rules.window_days * k_day);
    if (!window) return tl::unexpected(window.error());
    Context c{agenda, rules, texts, now, window->messages, conversations(window->messages), {}};
    for (const store::CustomerRow& customer : directory)
        c.customers.emplace(customer.id, &customer);
    std::vector<Item> items;
    conversation_items(c, items);
    if (auto ok = customer_items(c, items); !ok) return tl::unexpected(ok.error());
    std::map<std::string, std::vector<int64_t>> rows_of;
    candidate_items(c, skip_domains, items, rows_of);
    if (auto ok = assign_reps(c, items, rows_of); !ok) return tl::unexpected(ok.error());
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.due != b.due ? a.due > b.due : a.id < b.id;
    });
    return items;
}

std::vector<Item> without_dismissed(std::vector<Item> items,
                                    const std::vector<store::Dismissal>& dismissals) {
    std::map<std::string, int64_t> dismissed;
    for (const store::Dismissal& d : dismissals)
        dismissed[d.item] = d.since;
    std::erase_if(items, [&](const Item& item) {
        auto it = dismissed.find(item.id);
        return it != dismissed.end() && it->second == item.since;
    });
    return items;
}

bool acts_on(const Item& item, const std::string& user, bool everything) {
    return everything || std::any_of(item.reps.begin(), item.reps.end(),
                                     [&](const auto& rep) { return same_name(rep, user); });
}

std::vector<Item> items_of(const std::vector<Item>& items, const std::string& user,
                           bool everything) {
    std::vector<Item> out;
    for (const Item& item : items)
        if (acts_on(item, user, everything)) out.push_back(item);
    return out;
}

} // namespace mailclerk::today
