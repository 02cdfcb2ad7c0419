#pragma once
// The filter tokens of a message in search_text's `meta` column (migration 8): "zc<id>" per
// customer, "zd<direction>", "zk<kind>" for the message and each attachment kind, "zhasatt".
// Filters on these intersect posting lists inside FTS5 instead of checking every match in SQL.
// Text queries never reach this column (their terms carry a column filter).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {

struct IndexState;

// A SQL expression over messages `m`: the meta text of that message as the index holds it now.
inline constexpr const char* k_search_meta_sql =
    "('zd' || m.direction || ' zk' || m.kind"
    " || coalesce((SELECT ' ' || group_concat('zc' || mc.customer_id, ' ')"
    "              FROM message_customers mc WHERE mc.message_id = m.id), '')"
    " || coalesce((SELECT ' ' || group_concat(DISTINCT 'zk' || a.kind)"
    "              FROM attachments a WHERE a.message_id = m.id), '')"
    " || CASE WHEN EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)"
    "    THEN ' zhasatt' ELSE '' END)";

// Separates the texts of two attachments in the `attachments` column: a word of its own takes a
// position between them, so no phrase (and no CJK bigram) spans two files. The column is never
// shown; snippets cut it by attachments.text_size (store/attachment_probe.hpp).
inline constexpr const char* k_attachment_separator = "\nmailclerkattachmentbreak\n";

inline std::string customer_token(int64_t customer_id) {
    return "zc" + std::to_string(customer_id);
}

// The key that orders search_text: the date (seconds, 0 when unknown) in the high bits, the
// message id's low 24 bits below it.
inline int64_t search_key(int64_t date, int64_t id) {
    return (std::max<int64_t>(date, 0) << 24) | (id & 0xFFFFFF);
}

// An FTS5 string: no user text is ever read as FTS5 syntax.
std::string fts_string(const std::string& value);

// A MATCH expression for the messages of any of these customers, as meta tokens: FTS5 then
// intersects their posting lists with the rest of a query, or walks them newest first. No
// customer at all gives a token nothing carries. Serves customer:, a reader's visible
// customers and a customer's timeline alike.
std::string customers_expression(const std::vector<int64_t>& customers);

struct ParsedQuery;

// What a snippet looks for in one attachment (an FTS5 expression over its filename and
// text): the query's positive text groups joined by OR, subject: terms left out. "" when
// there is none.
std::string attachment_expression(const ParsedQuery& query);

// Rewrite the meta column of one message after its customers or direction changed.
Status refresh_search_meta(IndexState& impl, int64_t message_id);

} // namespace mailclerk::store
