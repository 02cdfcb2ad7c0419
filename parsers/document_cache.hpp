#pragma once
// Documents already read, by the SHA-256 of the attachment's bytes: the same PDF catalogue or
// price sheet sent to ten customers is read (poppler, OCR, table layout) once per process.
// Internal to read_document (parsers/document.cpp).
#include <cstddef>
#include <optional>
#include <string>

#include "parsers/document.hpp"

namespace mailclerk::parsers::detail {

// Whether a document of this format is worth keeping: the readers that cost (PDF, OCR, Office,
// archives); text, CSV and HTML are read faster than they are hashed and copied.
bool worth_caching(DocFormat format);

// The key of a document read from `bytes` as `format` under `limits` (the limits that change
// what is read; time limits do not, and timed-out reads are never kept).
std::string document_key(std::string_view bytes, DocFormat format, const DocumentLimits& limits);

// A bounded, thread-safe store (the understand workers share it): the oldest documents go first
// once their text and cells exceed k_document_cache_bytes.
inline constexpr size_t k_document_cache_bytes = 8u << 20;
std::optional<Document> cached_document(const std::string& key);
void keep_document(const std::string& key, const Document& document);

struct DocumentCacheStats {
    size_t hits = 0, misses = 0, entries = 0, bytes = 0;
};
DocumentCacheStats document_cache_stats();

} // namespace mailclerk::parsers::detail
