#pragma once
// The search query language of `mailclerk search` (pure: no database).
//
//   word  "a phrase"  word*  a OR b  -word  -"phrase"
//   customer:acme  from:wang  to:li  subject:报价  kind:quote  has:attachment  filename:pdf
//   after:2026-01-01  before:2026-02  direction:in|out|internal  folder:INBOX
//
// Terms separated by spaces must all hold (AND); OR joins the terms on its two sides into one
// group (OR binds tighter than the implicit AND: `a b OR c` is a AND (b OR c)). A group is all
// text or all filters. A leading '-' excludes. Field values may be quoted (from:"Wang Lei").
// after:D keeps messages on or after day D (UTC), before:D those before day D; D is YYYY-MM-DD,
// YYYY-MM or YYYY. A word of unknown field ("http://x", "型号:DN50") is plain text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {

enum class QueryField {
    text,      // body, subject and attachment text (and attachment names)
    subject,   // the subject only
    customer,  // slug or name
    from,      // address or display name, substring
    to,        // To/Cc/Bcc address or display name, substring
    kind,      // the message's or one of its attachments' document kind
    has,       // has:attachment
    filename,  // an attachment's file name, substring (* = any run of characters)
    after,     // date >= value (epoch seconds in QueryTerm::time)
    before,    // date < value
    direction, // inbound | outbound | internal
    folder,    // a source folder (IMAP folder or local path), substring
};

struct QueryTerm {
    QueryField field = QueryField::text;
    std::string value;    // unquoted; normalised for kind/direction/has
    bool phrase = false;  // was quoted
    bool prefix = false;  // ended in '*' (text and subject only)
    bool negated = false; // '-'
    int64_t time = 0;     // after/before: the day's start, epoch seconds UTC
    size_t column = 0;    // 1-based character position of the term in the query
    bool is_text() const { return field == QueryField::text || field == QueryField::subject; }
};

// A group is one or more terms joined by OR; the query is the AND of its groups.
struct ParsedQuery {
    std::vector<std::vector<QueryTerm>> groups;
    bool empty() const { return groups.empty(); }
};

// Parse; an error (ErrorCode::usage) names the 1-based character column:
// "query column 7: missing closing quote". Text terms without any searchable character
// ("-", "…") are dropped.
Result<ParsedQuery> parse_query(std::string_view query);

// A search as every index runs it: the query parsed, `customer` (--customer, "" = all) added as
// a customer: filter. nullopt when nothing positive is asked: only exclusions ("-spam") would
// list the whole archive, which is not a search.
Result<std::optional<ParsedQuery>> search_query(std::string_view query,
                                                const std::string& customer);

} // namespace mailclerk::store
