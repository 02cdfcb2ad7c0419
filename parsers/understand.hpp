#pragma once
// The one "understand" step: raw bytes plus where they were found become the parsed message,
// its classification (customers, direction, kind), each attachment's kind, the text of its
// documents and its price items. Import, sync, re-matching, `inspect` and `explain` all call
// understand(), so what a message is gets decided in one place.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/message.hpp"
#include "parsers/origin.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::parsers {

// The text read out of one attachment, for the full-text index.
struct AttachmentText {
    std::string text; // UTF-8, bounded by the reader
    std::string flag; // "" or why the text is missing or partial ("unreadable", "too-large", ...)
};

// AttachmentText::flag of a document read with Ocr::later whose scans wait for OCR (the OCR
// queue takes the attachments so flagged), and of one whose OCR then failed (never retried).
inline constexpr std::string_view k_ocr_pending = "ocr-pending";
inline constexpr std::string_view k_ocr_failed = "ocr-failed";

struct Understanding {
    std::string sha256;                // message_identity() of the raw bytes
    Message message;                   // attachments carry their kinds
    Classification classification;     // default (no customers) for a malformed message
    std::vector<AttachmentText> texts; // texts[i]: message.attachments[i]
    std::vector<PriceItem> prices;
    // The message's text read as a quote while classifying, for the price step (which drops
    // the items it no longer needs) and for match_thread() (which classifies again).
    BodyQuote body_quote;

    bool malformed() const { return message.has_flag("malformed"); }
    // The matched customers' slugs, in match order.
    std::vector<std::string> slugs() const;
};

// The customers of the earlier messages with these Message-IDs (In-Reply-To, References). A
// failure is returned as an error, never read as "no customers".
using ThreadCustomers =
    std::function<Result<std::vector<std::string>>(const std::vector<std::string>& message_ids)>;

// How far to go: `match` stops after the classification and the attachment kinds their names
// give (re-matching and `explain` need no more, and reading every document costs); `documents`
// also reads the attachments, for their text, the kinds their text names, and price items.
enum class Depth { match, documents };

// Understand one message. Never fails on bad input (a message that cannot be read is flagged
// "malformed" and nothing else is decided); fails only when thread_customers does. `ocr`: how
// Depth::documents reads scans and images (Ocr::later: their texts are flagged k_ocr_pending).
Result<Understanding> understand(std::string_view raw, Origin origin, const MatchRules& rules,
                                 const ThreadCustomers& thread_customers = {},
                                 Depth depth = Depth::documents, Ocr ocr = Ocr::on);
// understand() for a caller that already holds message_identity(raw) (the import pipeline
// hashes each message first to skip the archived ones): the bytes are not hashed again.
Result<Understanding> understand(std::string_view raw, std::string sha256, Origin origin,
                                 const MatchRules& rules,
                                 const ThreadCustomers& thread_customers = {},
                                 Depth depth = Depth::documents, Ocr ocr = Ocr::on);
// understand() in two steps, for a pipeline that reads messages on worker threads while one
// writer answers thread look-ups in input order: understand() without a look-up decides all but
// the customers a reply inherits from its thread (and that is the costly part, documents
// included); match_thread() then classifies a reply again with the look-up. Both together give
// what understand() with the look-up gives, since nothing but the customers depends on it.
// Fails only when thread_customers does.
Status match_thread(Understanding& understanding, Origin origin, const MatchRules& rules,
                    const ThreadCustomers& thread_customers);
// Take an understanding made at Depth::match on to Depth::documents.
void read_documents(Understanding& understanding, const MatchRules& rules, Ocr ocr = Ocr::on);

// The document step of understand(), for callers that hold a parsed message: read every
// attachment (bounded; unreadable ones are flagged), let an attachment whose file name named
// no kind take the kind its own opening text names ("QUOTATION", "报价单"), then extract the
// price items of the message given its kind and its attachments' kinds.
struct Extracted {
    std::vector<AttachmentText> texts; // texts[i]: message.attachments[i]
    std::vector<PriceItem> prices;
};
// body: the message's text already read as a quote (classify()), or null; choices: the column
// choices of its customers (MatchRules::column_choices); ocr: how scans and images are read.
Extracted extract_documents(Message& message, DocKind kind,
                            const std::vector<KindPattern>& extra = {},
                            const BodyQuote* body = nullptr,
                            const std::vector<pricing::ColumnChoice>& choices = {},
                            Ocr ocr = Ocr::on);

} // namespace mailclerk::parsers
