#include "daemon/app/archived.hpp"

#include "common/file_io.hpp"
#include "daemon/app/pipeline.hpp"

namespace mailclerk::app {

Result<std::optional<parsers::Understanding>>
understand_archived(Workspace& workspace, const std::string& sha256, parsers::Depth depth) {
    auto paths = workspace.price_corrections().mail_paths(sha256);
    if (!paths) return tl::unexpected(paths.error());
    auto sources = workspace.timeline().sources_of(sha256);
    if (!sources) return tl::unexpected(sources.error());
    auto raw = paths->empty() ? fail(ErrorCode::not_found, "no file")
                              : read_file(workspace.archive->root() / paths->front());
    if (!raw) return std::optional<parsers::Understanding>{};
    auto understood =
        parsers::understand(*raw, sha256, parsers::origin_of(*sources), workspace.rules,
                            thread_customers(workspace.writer()), depth);
    if (!understood) return tl::unexpected(understood.error());
    if (understood->malformed()) return std::optional<parsers::Understanding>{};
    return std::optional{std::move(*understood)};
}

} // namespace mailclerk::app
