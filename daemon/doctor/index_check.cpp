// The index opens, and is at the schema version this mailclerk writes.
#include <filesystem>

#include <fmt/format.h>

#include "daemon/doctor/checks.hpp"
#include "store/index.hpp"
#include "store/schema.hpp"

namespace mailclerk::doctor {

Check check_index(const config::Config& config) {
    constexpr CheckName k_index{"index", "index"};
    const std::filesystem::path& path = config.index_path;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return pass(k_index,
                    fmt::format("{} does not exist yet: the first sync or import creates it "
                                "(schema version {})",
                                path.string(), store::schema_version()));
    // Read-only: doctor never migrates. An older index is reported, not converted (a conversion
    // can take minutes per 100,000 messages and is better started on purpose).
    auto index = store::Index::open_read_only(path);
    if (!index)
        return failed(k_index, path.string() + ": " + index.error().message, index.error().hint);
    auto bytes = std::filesystem::file_size(path, ec);
    return pass(k_index, fmt::format("{}: schema version {} (current), {:.1f} MiB", path.string(),
                                     store::schema_version(),
                                     static_cast<double>(ec ? 0 : bytes) / (1024.0 * 1024.0)));
}

} // namespace mailclerk::doctor
