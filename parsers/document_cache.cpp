#include "parsers/document_cache.hpp"

#include <deque>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "common/sha256.hpp"

namespace mailclerk::parsers::detail {
namespace {

size_t weight(const Document& document) {
    size_t bytes = document.text.size() + 256;
    for (const grid::Table& table : document.tables)
        for (const auto& row : table.rows)
            for (const auto& cell : row)
                bytes += cell.text.size() + sizeof(cell);
    return bytes;
}

struct Cache {
    std::mutex mutex;
    std::unordered_map<std::string, Document> documents;
    std::deque<std::pair<std::string, size_t>> order; // key and weight, oldest first
    DocumentCacheStats stats;
};

Cache& cache() {
    static Cache instance;
    return instance;
}

} // namespace

bool worth_caching(DocFormat format) {
    switch (format) {
    case DocFormat::pdf:
    case DocFormat::image:
    case DocFormat::xlsx:
    case DocFormat::xls:
    case DocFormat::docx:
    case DocFormat::ods: // unzipped and parsed like an XLSX
    case DocFormat::odt:
    case DocFormat::archive:
        return true;
    default:
        return false;
    }
}

std::string document_key(std::string_view bytes, DocFormat format, const DocumentLimits& limits) {
    return fmt::format("{} {} {} {} {} {} {} {} {} {}", sha256_hex(bytes), to_string(format),
                       limits.max_input, limits.max_text, limits.max_pages,
                       static_cast<int>(limits.ocr), limits.ocr_languages, limits.max_ocr_pages,
                       limits.max_members, limits.max_depth);
}

std::optional<Document> cached_document(const std::string& key) {
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    auto found = c.documents.find(key);
    if (found == c.documents.end()) {
        ++c.stats.misses;
        return std::nullopt;
    }
    ++c.stats.hits;
    return found->second;
}

void keep_document(const std::string& key, const Document& document) {
    size_t bytes = weight(document);
    if (bytes > k_document_cache_bytes / 4) return; // one huge sheet would push out the rest
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    if (!c.documents.emplace(key, document).second) return;
    c.order.emplace_back(key, bytes);
    c.stats.bytes += bytes;
    while (c.stats.bytes > k_document_cache_bytes && !c.order.empty()) {
        c.stats.bytes -= c.order.front().second;
        c.documents.erase(c.order.front().first);
        c.order.pop_front();
    }
    c.stats.entries = c.documents.size();
}

DocumentCacheStats document_cache_stats() {
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    return c.stats;
}

} // namespace mailclerk::parsers::detail
