// A message's price items: which of its texts are quotes, and the context each is read in.
#include <algorithm>

#include "common/utf8.hpp"
#include "parsers/document.hpp"

namespace mailclerk::parsers {
namespace {

// The HTML its author wrote: everything before the first mark of a quoted earlier mail
// (Outlook's separator line and reply header, blockquotes, Gmail/Thunderbird quote blocks).
std::string_view fresh_html(std::string_view html) {
    static constexpr std::string_view k_marks[] = {"border-top:solid #e1e1e1",
                                                   "border-top:solid #b5c4df",
                                                   "id=\"divrplyfwdmsg\"",
                                                   "id=\"appendonsend\"",
                                                   "<blockquote",
                                                   "class=\"gmail_quote",
                                                   "class=\"moz-cite-prefix",
                                                   "-----original message-----",
                                                   "原始邮件",
                                                   "原始郵件"};
    std::string lower = utf8::ascii_lower(html);
    size_t end = html.size();
    for (std::string_view mark : k_marks)
        end = std::min(end, lower.find(mark));
    return html.substr(0, end);
}

std::vector<PriceItem> body_prices(const Message& message) {
    std::string text = fresh_part(message.text);
    // The subject names terms too ("Quotation FOB Ningbo"); the body says more, so it wins.
    PriceContext context = context_of(text);
    PriceContext subject = context_of(message.subject);
    if (context.currency.empty()) context.currency = subject.currency;
    if (context.incoterm.empty()) context.incoterm = subject.incoterm;
    // HTML tables keep their cells apart; the text rendering of the same table may not.
    std::vector<PriceItem> items;
    for (const Table& table : html_tables(fresh_html(message.html))) {
        auto found = extract_from_table(table, context);
        items.insert(items.end(), found.begin(), found.end());
    }
    return items.empty() ? extract_from_text(text, context) : items;
}

} // namespace

std::vector<Document> read_documents(const Message& message, const DocumentLimits& limits) {
    std::vector<Document> documents;
    documents.reserve(message.attachments.size());
    for (const Attachment& attachment : message.attachments)
        documents.push_back(read_document(attachment, limits));
    return documents;
}

std::vector<PriceItem> extract_message_prices(const Message& message, DocKind kind,
                                              const std::vector<Document>& documents) {
    std::vector<PriceItem> items;
    for (size_t i = 0; i < message.attachments.size() && i < documents.size(); ++i) {
        if (message.attachments[i].kind != DocKind::quote) continue;
        auto found = extract_from_document(documents[i], static_cast<int>(i));
        items.insert(items.end(), found.begin(), found.end());
    }
    // A table in the body of a mail that carries its quote as a file restates that file
    // (often with fewer columns): the file is the quote, the body is not read a second time.
    if (items.empty() && kind == DocKind::quote) items = body_prices(message);
    return items;
}

} // namespace mailclerk::parsers
