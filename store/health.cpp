#include "store/health.hpp"

#include <array>
#include <cstring>

namespace mailclerk::store {
namespace fs = std::filesystem;

namespace {

constexpr size_t k_header_bytes = 100;
constexpr std::string_view k_magic{"SQLite format 3\0", 16};

uint32_t big_endian(std::string_view bytes, size_t at, size_t width) {
    uint32_t value = 0;
    for (size_t i = 0; i < width; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

} // namespace

Error damaged_index(const fs::path& path, const std::string& what) {
    return Error{ErrorCode::corrupt, "the index " + path.string() + " is damaged: " + what,
                 "run `mailclerk reindex`: it rebuilds the index from the archive (mail files "
                 "and journal) and replaces the damaged file"};
}

Status check_index_header(const fs::path& path, std::string_view header, uint64_t size) {
    if (size == 0) return {};
    if (header.size() < k_header_bytes)
        return tl::unexpected(
            damaged_index(path, "the file is cut short (" + std::to_string(size) + " bytes)"));
    if (header.substr(0, k_magic.size()) != k_magic)
        return tl::unexpected(damaged_index(path, "it does not start with an SQLite header"));
    uint32_t page_size = big_endian(header, 16, 2);
    if (page_size == 1) page_size = 65536;
    if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
        return tl::unexpected(damaged_index(path, "its header names no valid page size"));
    // The page count in the header is valid when the change counter matches the
    // version-valid-for number (SQLite file format, section 1.3.7); the file then holds at
    // least that many pages (after a checkpoint, which is what the file's header describes).
    uint32_t pages = big_endian(header, 28, 4);
    bool counted = pages != 0 && big_endian(header, 24, 4) == big_endian(header, 92, 4);
    if (counted && size < uint64_t{pages} * page_size)
        return tl::unexpected(damaged_index(
            path, "it is cut short: " + std::to_string(size) + " bytes where its header counts " +
                      std::to_string(pages) + " pages of " + std::to_string(page_size)));
    return {};
}

} // namespace mailclerk::store
