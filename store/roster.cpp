// Index: the roster's statistics per customer and the raw material for candidate customers.
#include <ctime>

#include "store/index_impl.hpp"

namespace mailclerk::store {

Result<std::vector<RosterStats>> Index::roster() {
    auto customers = directory();
    if (!customers) return error_of(customers);
    auto stmt = m_impl->statement(
        "SELECT count(m.id), "
        "sum(m.direction = 'inbound'), sum(m.direction = 'outbound'), "
        "min(CASE WHEN m.direction = 'inbound' THEN m.date END), "
        "max(CASE WHEN m.direction = 'inbound' THEN m.date END), "
        "min(CASE WHEN m.direction = 'outbound' THEN m.date END), "
        "max(CASE WHEN m.direction = 'outbound' THEN m.date END), "
        "sum(m.direction = 'outbound' AND m.kind = 'quote'), sum(m.kind = 'contract'), "
        "(SELECT count(*) FROM contacts WHERE customer_id = ?1) "
        "FROM message_customers mc JOIN messages m ON m.id = mc.message_id "
        "WHERE mc.customer_id = ?1");
    if (!stmt) return error_of(stmt);
    std::vector<RosterStats> out;
    for (CustomerRow& customer : *customers) {
        RosterStats stats;
        auto ok = for_each_row((*stmt)->bind(1, customer.id), [&](Statement& s) {
            stats.messages = s.column_int64(0);
            stats.messages_in = s.column_optional(1).value_or(0);
            stats.messages_out = s.column_optional(2).value_or(0);
            stats.first_inbound = s.column_optional(3).value_or(0);
            stats.last_inbound = s.column_optional(4).value_or(0);
            stats.first_outbound = s.column_optional(5).value_or(0);
            stats.last_outbound = s.column_optional(6).value_or(0);
            stats.quotes_sent = s.column_optional(7).value_or(0);
            stats.contracts = s.column_optional(8).value_or(0);
            stats.contacts = s.column_int64(9);
        });
        if (!ok) return error_of(ok);
        stats.customer = std::move(customer);
        out.push_back(std::move(stats));
    }
    return out;
}

Result<std::vector<Index::UnmatchedMessage>> Index::unmatched_messages() {
    auto stmt = m_impl->db.prepare(
        "SELECT m.id, m.direction, m.kind, m.date, a.role, a.address FROM messages m "
        "JOIN message_addresses a ON a.message_id = m.id WHERE NOT EXISTS "
        "(SELECT 1 FROM message_customers mc WHERE mc.message_id = m.id) "
        "AND m.direction <> 'internal' ORDER BY m.id");
    if (!stmt) return error_of(stmt);
    std::vector<UnmatchedMessage> out;
    int64_t last = -1;
    auto ok = for_each_row(*stmt, [&](Statement& s) {
        if (s.column_int64(0) != last) {
            last = s.column_int64(0);
            out.push_back(
                {s.column_text(1), s.column_text(2), s.column_optional(3).value_or(0), {}});
        }
        out.back().addresses.emplace_back(s.column_text(4), s.column_text(5));
    });
    if (!ok) return error_of(ok);
    return out;
}

Result<std::vector<std::string>> Index::ignored_candidates() {
    auto stmt = m_impl->db.prepare("SELECT domain FROM candidate_ignores ORDER BY domain");
    if (!stmt) return error_of(stmt);
    std::vector<std::string> out;
    auto ok = for_each_row(*stmt, [&](Statement& s) { out.push_back(s.column_text(0)); });
    if (!ok) return error_of(ok);
    return out;
}

Status Index::ignore_candidate(const std::string& domain) {
    auto insert = m_impl->statement(
        "INSERT OR IGNORE INTO candidate_ignores (domain, since) VALUES (?1, ?2)");
    if (!insert) return error_of(insert);
    return (*insert)->bind(1, domain).bind(2, static_cast<int64_t>(std::time(nullptr))).run();
}

} // namespace mailclerk::store
