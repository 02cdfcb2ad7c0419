#include "store/search_meta.hpp"

#include "store/index_impl.hpp"
#include "store/search_query.hpp"

namespace mailclerk::store {

std::string fts_string(const std::string& value) {
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

std::string customers_expression(const std::vector<int64_t>& customers) {
    std::string out;
    for (int64_t id : customers)
        out += (out.empty() ? "" : " OR ") + fts_string(customer_token(id));
    if (out.empty()) out = fts_string("znocustomer");
    return "{meta} : (" + out + ")";
}

std::string attachment_expression(const ParsedQuery& query) {
    std::string out;
    for (const auto& group : query.groups) {
        if (!group.front().is_text() || group.front().negated) continue;
        std::string expr;
        size_t count = 0;
        for (const QueryTerm& term : group) {
            if (term.field == QueryField::subject) continue;
            expr +=
                (count++ == 0 ? "" : " OR ") + fts_string(term.value) + (term.prefix ? " *" : "");
        }
        if (count > 1) expr = "(" + expr + ")";
        if (!expr.empty()) out += (out.empty() ? "" : " OR ") + expr;
    }
    return out;
}

Status refresh_search_meta(IndexState& impl, int64_t message_id) {
    if (auto written = impl.flush_text(); !written) return written; // the row may be queued
    auto update =
        impl.statement(std::string("UPDATE search_text SET meta = (SELECT ") + k_search_meta_sql +
                       " FROM messages m WHERE m.id = ?1) WHERE rowid = (SELECT "
                       "search_key FROM messages WHERE id = ?1)");
    if (!update) return error_of(update);
    return (*update)->bind(1, message_id).run();
}

} // namespace mailclerk::store
