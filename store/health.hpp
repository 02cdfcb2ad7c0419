#pragma once
// Is the index file whole? Cheap checks at every open, deep ones on request (verify --deep, the
// daemon's start): a damaged index is reported as ErrorCode::corrupt with the hint to rebuild it
// (`mailclerk reindex`), never served as if it were whole.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {

// On the first 100 bytes of the file and its size, read through SQLite's own handle
// (Database::file_head): the file starts with an SQLite header, its page size is valid and it
// holds every page its header counts (a truncated file is refused). An empty file passes
// (nothing to check). `path` only names the file in the error.
Status check_index_header(const std::filesystem::path& path, std::string_view header,
                          uint64_t size);

// How deep Index::check_integrity looks: quick (PRAGMA quick_check: every page and b-tree, not
// the indexes' agreement with their tables) or full (PRAGMA integrity_check and the full-text
// indexes' own integrity-check).
enum class IntegrityDepth { quick, full };

// The problems a check found, as SQLite words them ("ok" is not a problem).
struct IntegrityReport {
    std::vector<std::string> problems;
    bool clean() const { return problems.empty(); }
};

// The error of a damaged index at `path`, with the hint every caller gives.
Error damaged_index(const std::filesystem::path& path, const std::string& what);

} // namespace mailclerk::store
