#include "parsers/grid/zip_archive.hpp"

#include <zip.h>

namespace mailclerk::grid {
namespace {

tl::unexpected<Error> bad(std::string message) {
    return fail(ErrorCode::parse, std::move(message));
}

} // namespace

void ZipArchive::Close::operator()(zip* archive) const {
    zip_discard(archive);
}

ZipArchive::ZipArchive(zip* archive) : m_zip(archive) {}
ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return bad("not a zip archive: " + message);
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return bad("not a zip archive: " + message);
    }
    zip_error_fini(&error);
    return ZipArchive(archive);
}

std::vector<ZipEntry> ZipArchive::entries(size_t max_entries) const {
    std::vector<ZipEntry> out;
    zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    for (zip_int64_t i = 0; i < count && out.size() < max_entries; ++i) {
        auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), index, ZIP_FL_ENC_RAW, &stat) != 0) continue;
        if (!(stat.valid & ZIP_STAT_NAME)) continue;
        ZipEntry entry;
        entry.name = stat.name;
        entry.index = index;
        entry.size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
        entry.directory = entry.name.ends_with('/');
        entry.encrypted =
            (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
        // libzip converts names to UTF-8 only when the entry says it is UTF-8 (or is ASCII);
        // otherwise the raw bytes are in the creator's code page (GBK from Chinese Windows).
        const char* strict = zip_get_name(m_zip.get(), index, ZIP_FL_ENC_STRICT);
        entry.utf8 = strict != nullptr && entry.name == strict;
        out.push_back(std::move(entry));
    }
    return out;
}

Result<std::string> ZipArchive::read(const std::string& name, uint64_t max_bytes) const {
    zip_int64_t index = zip_name_locate(m_zip.get(), name.c_str(), 0);
    if (index < 0) return fail(ErrorCode::not_found, "no part " + name);
    ZipEntry entry;
    entry.name = name;
    entry.index = static_cast<uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), entry.index, 0, &stat) != 0) return bad(name + " is damaged");
    entry.size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    entry.encrypted =
        (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
    return read(entry, max_bytes);
}

Result<std::string> ZipArchive::read(const ZipEntry& entry, uint64_t max_bytes) const {
    if (entry.encrypted) return bad(entry.name + " is encrypted");
    if (entry.size > max_bytes)
        return bad(entry.name + " unpacks to more than " + std::to_string(max_bytes >> 20) +
                   " MiB");
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
        zip_fopen_index(m_zip.get(), entry.index, 0), &zip_fclose);
    if (!file) return bad("cannot open " + entry.name + ": " + zip_strerror(m_zip.get()));
    std::string data(static_cast<size_t>(entry.size), '\0');
    zip_int64_t got = zip_fread(file.get(), data.data(), entry.size);
    if (got < 0 || static_cast<zip_uint64_t>(got) != entry.size)
        return bad(entry.name + " is damaged");
    return data;
}

bool looks_like_zip(std::string_view bytes) {
    return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

} // namespace mailclerk::grid
