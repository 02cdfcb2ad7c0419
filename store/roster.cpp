// Index: the roster's statistics per customer and the raw material for candidate customers.
#include <optional>
#include <unordered_map>

#include "store/directory_rows.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {

void count_roster_message(RosterStats& stats, const std::string& direction, const std::string& kind,
                          std::optional<int64_t> date) {
    ++stats.messages;
    auto widen = [&](int64_t& first, int64_t& last) {
        if (!date) return;
        if (first == 0 || *date < first) first = *date;
        if (last == 0 || *date > last) last = *date;
    };
    if (direction == "inbound") {
        ++stats.messages_in;
        widen(stats.first_inbound, stats.last_inbound);
    } else if (direction == "outbound") {
        ++stats.messages_out;
        widen(stats.first_outbound, stats.last_outbound);
        if (kind == "quote") ++stats.quotes_sent;
    }
    if (kind == "contract") ++stats.contracts;
}

std::vector<RosterStats> roster_of(std::vector<CustomerRow> customers,
                                   std::unordered_map<int64_t, RosterStats> counted) {
    std::vector<RosterStats> out;
    for (CustomerRow& customer : customers) {
        RosterStats stats = counted[customer.id];
        stats.customer = std::move(customer);
        out.push_back(std::move(stats));
    }
    return out;
}

Result<std::vector<RosterStats>> Index::roster() {
    auto customers = directory();
    if (!customers) return error_of(customers);
    // One pass over all matched mail in message order, so message rows are read front to back:
    // a query per customer read them in random order and cost seconds on a large archive.
    std::unordered_map<int64_t, RosterStats> by_customer;
    auto messages = m_impl->db.prepare(
        "SELECT mc.customer_id, m.direction, m.kind, m.date FROM message_customers mc "
        "JOIN messages m ON m.id = mc.message_id");
    if (!messages) return error_of(messages);
    auto ok = for_each_row(*messages, [&](Statement& s) {
        count_roster_message(by_customer[s.column_int64(0)], s.column_text(1), s.column_text(2),
                             s.column_optional(3));
    });
    if (!ok) return error_of(ok);
    auto contacts =
        m_impl->db.prepare("SELECT customer_id, count(*) FROM contacts GROUP BY customer_id");
    if (!contacts) return error_of(contacts);
    ok = for_each_row(*contacts, [&](Statement& s) {
        by_customer[s.column_int64(0)].contacts = s.column_int64(1);
    });
    if (!ok) return error_of(ok);
    return roster_of(std::move(*customers), std::move(by_customer));
}

Result<std::vector<UnmatchedMessage>> Index::unmatched_messages() {
    auto stmt = m_impl->db.prepare(
        "SELECT m.id, m.direction, m.kind, m.date, a.role, a.address FROM messages m "
        "JOIN message_addresses a ON a.message_id = m.id WHERE NOT EXISTS "
        "(SELECT 1 FROM message_customers mc WHERE mc.message_id = m.id) "
        "AND m.direction <> 'internal' ORDER BY m.id");
    if (!stmt) return error_of(stmt);
    return collect_groups(
        *stmt,
        [](Statement& s) {
            return UnmatchedMessage{
                s.column_text(1), s.column_text(2), s.column_optional(3).value_or(0), {}};
        },
        [](UnmatchedMessage& message, Statement& s) {
            message.addresses.emplace_back(s.column_text(4), s.column_text(5));
        });
}

Result<std::vector<std::string>> Index::ignored_candidates() {
    return select_all(m_impl->db, "SELECT domain FROM candidate_ignores ORDER BY domain",
                      [&](Statement& s) { return s.column_text(0); });
}

Status Index::ignore_candidate(const std::string& domain) {
    return atomically(*m_impl, "ignore_candidate", [&]() -> Status {
        auto insert = m_impl->statement(
            "INSERT OR IGNORE INTO candidate_ignores (domain, since) VALUES (?1, ?2)");
        if (!insert) return error_of(insert);
        if (auto ok = (*insert)->bind(1, domain).bind(2, m_impl->now()).run(); !ok) return ok;
        if (m_impl->db.changes() > 0) note(*m_impl, "ignore", {{"domain", domain}});
        return {};
    });
}

} // namespace mailclerk::store
