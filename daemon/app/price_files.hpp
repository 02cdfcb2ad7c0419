#pragma once
// The pipeline's "read the documents" step: attachment text for the full-text index and the
// price items of quotes, and the per-customer price-list.csv kept in the archive.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "parsers/classify.hpp"
#include "parsers/message.hpp"
#include "parsers/prices.hpp"
#include "store/index.hpp"

namespace mailclerk::daemon {

struct Extracted {
    std::vector<store::AttachmentText> texts; // texts[i]: message.attachments[i]
    std::vector<parsers::PriceItem> prices;
};

// Read every attachment (bounded, never fails: unreadable ones are flagged); an attachment
// whose file name named no kind takes the kind its own opening text names ("QUOTATION",
// "报价单"), if any; then the price items of the message given its kind and its attachments'.
Extracted extract_documents(parsers::Message& message, parsers::DocKind kind,
                            const std::vector<parsers::KindPattern>& extra = {});

// The price list as CSV (UTF-8 with BOM so Excel reads Chinese right): current items, then,
// when history is wanted, the superseded ones, with a "status" column saying which.
std::string price_list_csv(const std::vector<store::PriceRow>& rows, bool history);

// Rewrite customers/<slug>/price-list.csv under the archive root atomically (temp file, fsync,
// rename over the old one, fsync the directory).
Status write_price_list(const std::filesystem::path& root, const std::string& slug,
                        const std::vector<store::PriceRow>& rows);

// After a commit: rewrite the price lists of these customers from the index. The lists are
// derived data, so a failure is logged, not returned.
void rewrite_price_lists(store::Index& index, const std::filesystem::path& root,
                         const std::set<std::string>& slugs);

} // namespace mailclerk::daemon
