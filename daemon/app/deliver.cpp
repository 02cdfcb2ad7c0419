#include "daemon/app/deliver.hpp"

#include <fmt/format.h>

#include "common/utf8.hpp"

namespace mailclerk::app {

store::SourceRef delivery_source(const Envelope& envelope) {
    std::string folder = fmt::format("from <{}>", envelope.sender);
    for (size_t i = 0; i < envelope.recipients.size(); ++i)
        folder += fmt::format("{}<{}>", i == 0 ? " to " : ", ", envelope.recipients[i]);
    // Journaling rules may list hundreds of recipients: the source names the first ones.
    return store::SourceRef{"mta", "", utf8::sanitize(utf8::truncate(folder, 1000)), 0, 0};
}

Result<Ingested> deliver(Workspace& workspace, std::string_view raw, const Envelope& envelope) {
    if (!workspace.archive || !workspace.index)
        return fail(ErrorCode::usage, "deliver needs the archive and its index");
    Pipeline pipeline(workspace.rules, *workspace.archive, *workspace.index);
    auto ingested = pipeline.ingest(raw, delivery_source(envelope));
    if (!ingested) return ingested;
    if (auto flushed = pipeline.flush(); !flushed) return tl::unexpected(flushed.error());
    return ingested;
}

} // namespace mailclerk::app
