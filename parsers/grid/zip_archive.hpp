#pragma once
// The one owner of a libzip archive read from memory (XLSX, DOCX, and .zip attachments).
// Bounded: an entry unpacks to at most the size the caller allows, and the declared size is
// checked against what inflates.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

struct zip;

namespace mailclerk::grid {

struct ZipEntry {
    std::string name; // as stored: UTF-8 when `utf8` is set, else the creator's code page
    bool utf8 = false;
    uint64_t size = 0; // declared unpacked size
    bool directory = false;
    bool encrypted = false;
    uint64_t index = 0;
};

class ZipArchive {
  public:
    // Opens the archive; `bytes` must outlive it (libzip reads them in place).
    static Result<ZipArchive> open(std::string_view bytes);
    ~ZipArchive();
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;

    // The entries in archive order (at most max_entries).
    std::vector<ZipEntry> entries(size_t max_entries = 10000) const;

    // An entry unpacked; ErrorCode::not_found when there is none by that name, ErrorCode::parse
    // when it is larger than max_bytes, encrypted or damaged.
    Result<std::string> read(const std::string& name, uint64_t max_bytes) const;
    Result<std::string> read(const ZipEntry& entry, uint64_t max_bytes) const;

  private:
    explicit ZipArchive(zip* archive);
    struct Close {
        void operator()(zip* archive) const;
    };
    std::unique_ptr<zip, Close> m_zip;
};

// Does the text start like a zip archive (local file header or empty archive)?
bool looks_like_zip(std::string_view bytes);

} // namespace mailclerk::grid
