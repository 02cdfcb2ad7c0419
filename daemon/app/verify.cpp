#include "daemon/app/verify.hpp"

#include <filesystem>
#include <set>

#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "parsers/origin.hpp"

namespace mailclerk::app {
namespace fs = std::filesystem;

namespace {

// Files the archive holds that are not index entries by design.
bool is_derived(const fs::path& relative) {
    return relative.filename() == "price-list.csv";
}

Result<std::set<std::string>> files_on_disk(const fs::path& root, VerifyReport& report) {
    std::set<std::string> out;
    for (const char* top : {"customers", "unmatched"}) {
        std::error_code ec;
        if (!fs::exists(root / top, ec)) continue;
        fs::recursive_directory_iterator it(root / top, ec), end;
        if (ec)
            return fail(ErrorCode::io,
                        "cannot read " + (root / top).string() + ": " + ec.message());
        for (; it != end; it.increment(ec)) {
            if (ec) return fail(ErrorCode::io, "cannot read archive: " + ec.message());
            if (!it->is_regular_file(ec)) continue;
            fs::path relative = it->path().lexically_relative(root);
            if (it->path().filename().string().starts_with(k_temp_prefix))
                report.unfinished.push_back(relative.string());
            else if (!is_derived(relative))
                out.insert(relative.string());
        }
    }
    return out;
}

} // namespace

Result<VerifyReport> verify_archive(const store::Archive& archive, store::Index& index) {
    VerifyReport report;
    auto indexed = index.files();
    if (!indexed) return tl::unexpected(indexed.error());
    auto on_disk = files_on_disk(archive.root(), report);
    if (!on_disk) return tl::unexpected(on_disk.error());
    std::set<std::string> seen;
    for (const store::IndexedFile& file : *indexed) {
        if (!seen.insert(file.path).second) continue;
        ++report.checked;
        if (!on_disk->count(file.path)) {
            report.missing.push_back(file.path);
            continue;
        }
        auto bytes = read_file(archive.root() / file.path);
        if (!bytes) return tl::unexpected(bytes.error());
        std::string hash = file.message ? parsers::message_identity(*bytes) : sha256_hex(*bytes);
        if (hash != file.sha256) report.mismatched.push_back(file.path);
    }
    for (const std::string& path : *on_disk)
        if (!seen.count(path)) report.unindexed.push_back(path);
    return report;
}

} // namespace mailclerk::app
