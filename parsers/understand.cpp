#include "parsers/understand.hpp"

#include "parsers/document.hpp"
#include "parsers/mime.hpp"

namespace mailclerk::parsers {

std::vector<std::string> Understanding::slugs() const {
    std::vector<std::string> out;
    for (const CustomerMatch& match : classification.customers)
        out.push_back(match.slug);
    return out;
}

Extracted extract_documents(Message& message, DocKind kind, const std::vector<KindPattern>& extra,
                            const BodyQuote* body,
                            const std::vector<pricing::ColumnChoice>& choices, Ocr ocr) {
    Extracted out;
    DocumentLimits limits;
    limits.ocr = ocr;
    std::vector<Document> documents = read_documents(message, limits);
    for (size_t i = 0; i < documents.size(); ++i) {
        Attachment& attachment = message.attachments[i];
        bool named =
            classify_attachment_kind(attachment.filename, DocKind::other, extra) != DocKind::other;
        if (!named)
            if (DocKind said = classify_document_text(documents[i].text, extra);
                said != DocKind::other)
                attachment.kind = said;
        // A scan left for later outranks any other flag: the text is read again as a whole.
        out.texts.push_back({documents[i].text, documents[i].ocr_pending
                                                    ? std::string(k_ocr_pending)
                                                    : documents[i].flag});
    }
    out.prices = extract_message_prices(message, kind, documents, body, choices);
    return out;
}

namespace {

// The thread's customers, looked up before classify() so that a failing look-up is an error.
Result<std::vector<std::string>> parents_customers(const Message& message,
                                                   const ThreadCustomers& thread_customers) {
    std::vector<std::string> parents = message.references;
    if (!message.in_reply_to.empty()) parents.push_back(message.in_reply_to);
    if (parents.empty() || !thread_customers) return std::vector<std::string>{};
    return thread_customers(parents);
}

// The column choices of the message's customers (a rep's corrections of their tables).
std::vector<pricing::ColumnChoice> choices_of(const Understanding& understanding,
                                              const MatchRules& rules) {
    std::vector<pricing::ColumnChoice> choices;
    for (const CustomerMatch& match : understanding.classification.customers)
        if (auto found = rules.column_choices.find(match.slug); found != rules.column_choices.end())
            choices.insert(choices.end(), found->second.begin(), found->second.end());
    return choices;
}

} // namespace

void read_documents(Understanding& understanding, const MatchRules& rules, Ocr ocr) {
    if (understanding.malformed()) return;
    Extracted extracted = extract_documents(
        understanding.message, understanding.classification.kind, rules.kind_patterns,
        &understanding.body_quote, choices_of(understanding, rules), ocr);
    understanding.texts = std::move(extracted.texts);
    understanding.prices = std::move(extracted.prices);
    understanding.body_quote.items.reset(); // in prices now when they are the message's
}

Status match_thread(Understanding& understanding, Origin origin, const MatchRules& rules,
                    const ThreadCustomers& thread_customers) {
    const Message& message = understanding.message;
    if (understanding.malformed() || !thread_customers) return {};
    if (message.references.empty() && message.in_reply_to.empty()) return {};
    auto thread = parents_customers(message, thread_customers);
    if (!thread) return tl::unexpected(thread.error());
    if (thread->empty()) return {}; // what understand() without a look-up already decided
    auto known = [&](const std::vector<std::string>&) { return *thread; };
    // The kind is the same with the thread known: the text read as a quote is read once.
    understanding.classification =
        classify(message, rules, known, origin, &understanding.body_quote);
    return {};
}

Result<Understanding> understand(std::string_view raw, Origin origin, const MatchRules& rules,
                                 const ThreadCustomers& thread_customers, Depth depth, Ocr ocr) {
    return understand(raw, message_identity(raw), origin, rules, thread_customers, depth, ocr);
}

Result<Understanding> understand(std::string_view raw, std::string sha256, Origin origin,
                                 const MatchRules& rules, const ThreadCustomers& thread_customers,
                                 Depth depth, Ocr ocr) {
    Understanding out;
    out.sha256 = std::move(sha256);
    out.message = parse_message(raw);
    if (out.malformed()) return out;
    auto thread = parents_customers(out.message, thread_customers);
    if (!thread) return tl::unexpected(thread.error());
    auto known = [&](const std::vector<std::string>&) { return *thread; };
    out.classification = classify(out.message, rules, known, origin, &out.body_quote);
    assign_attachment_kinds(out.message, out.classification.kind, rules.kind_patterns);
    if (depth == Depth::documents) read_documents(out, rules, ocr);
    return out;
}

} // namespace mailclerk::parsers
