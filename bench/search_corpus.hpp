#pragma once
// A deterministic synthetic corpus for the search benchmark: message i is a pure function of
// (seed, i), so the index, the Maildir for mu and the query list can be produced separately
// and agree. Sizes follow a rep's mailbox: bodies of 200 B..8 KB (median ~1 KB), half Chinese,
// model codes, 500 customers with a skewed share of the mail, attachments on 20 %, extracted
// attachment text on 10 %.
#include <cstdint>
#include <string>
#include <vector>

namespace mailclerk::bench {

struct CorpusAttachment {
    std::string filename;
    std::string text; // extracted text, "" when none
};

struct CorpusMessage {
    std::string message_id;
    std::string in_reply_to; // "" for a first message
    int64_t date = 0;
    std::string subject;
    std::string body;
    std::string from_name, from_address;
    std::string to_address;
    int customer = -1; // index into customers(), -1 = unmatched
    bool outbound = false;
    std::string kind; // inquiry | quote | contract | order | invoice | other
    std::vector<CorpusAttachment> attachments;
};

struct CorpusCustomer {
    std::string slug;
    std::string name;
    std::string domain;
};

const std::vector<CorpusCustomer>& customers();
CorpusMessage generate_message(uint64_t seed, int64_t index);

// The 200 benchmark queries: 1-4 Chinese characters, English words, customer + date filters,
// phrases (50 each), in a fixed order.
std::vector<std::string> benchmark_queries(uint64_t seed);

} // namespace mailclerk::bench
