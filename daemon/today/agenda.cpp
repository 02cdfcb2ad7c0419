#include "daemon/today/agenda.hpp"

#include <fmt/format.h>

#include "common/file_io.hpp"
#include "daemon/app/roster.hpp"
#include "parsers/mime.hpp"

namespace mailclerk::today {
namespace {

constexpr size_t k_text_bytes = 256 * 1024;

} // namespace

TextSource archive_texts(store::Agenda& agenda, std::filesystem::path archive_root) {
    return [&agenda, root = std::move(archive_root)](int64_t row) -> Result<std::string> {
        auto paths = agenda.message_paths(row);
        if (!paths) return tl::unexpected(paths.error());
        if (paths->empty()) return fail(ErrorCode::not_found, "the message has no archived file");
        const std::string& path = paths->front();
        // The index names paths below the root; anything else is not read.
        if (path.empty() || path.front() == '/' || path.find("..") != std::string::npos)
            return fail(ErrorCode::integrity, "not an archive path: " + path);
        // The author's text leads a reply: the first part of a large message holds it, and
        // its attachments are not decoded for nothing.
        auto raw = read_prefix(root / path, k_text_bytes);
        if (!raw) return tl::unexpected(raw.error());
        return parsers::parse_message(*raw).text;
    };
}

AgendaIndex agenda_index(app::Workspace& workspace) {
    return {workspace.agenda(), workspace.users(), workspace.customer_directory()};
}

namespace {

Result<std::vector<Item>> read_items(AgendaIndex index, const config::Config& config,
                                     const parsers::MatchRules& rules,
                                     const std::vector<store::CustomerRow>& directory,
                                     int64_t now) {
    auto users = index.users.users();
    if (!users) return tl::unexpected(users.error());
    auto skip = app::claimed_or_ignored(index.directory, rules);
    if (!skip) return tl::unexpected(skip.error());
    auto judged = rules_from(config, rules, *users);
    if (!judged) return tl::unexpected(judged.error());
    auto items = find_items(index.agenda, directory, *skip, *judged,
                            archive_texts(index.agenda, config.archive_root), now);
    if (!items) return tl::unexpected(items.error());
    auto dismissals = index.agenda.dismissals();
    if (!dismissals) return tl::unexpected(dismissals.error());
    return without_dismissed(std::move(*items), *dismissals);
}

} // namespace

// The agenda's reads share one snapshot: one lock and a mapped file instead of a lock and a
// copy through read() per statement (bench/README.md, today).
Result<std::vector<Item>> open_items(AgendaIndex index, const config::Config& config,
                                     const parsers::MatchRules& rules,
                                     const std::vector<store::CustomerRow>& directory,
                                     int64_t now) {
    Result<std::vector<Item>> out;
    auto ok = index.agenda.read_snapshot([&]() -> Status {
        out = read_items(index, config, rules, directory, now);
        return out ? Status{} : tl::unexpected(out.error());
    });
    if (!ok) return tl::unexpected(ok.error());
    return out;
}

Result<Item> dismiss_item(store::Agenda& agenda, const std::vector<Item>& items,
                          const std::string& id, const std::string& user, int64_t now) {
    const Item* found = nullptr;
    for (const Item& item : items) {
        if (item.id == id) {
            found = &item;
            break;
        }
        if (!id.empty() && item.id.starts_with(id)) {
            if (found)
                return fail(ErrorCode::usage, "'" + id + "' names several items",
                            "give the whole id, as `mailclerk today` prints it");
            found = &item;
        }
    }
    if (!found)
        return fail(ErrorCode::not_found, "no open item '" + id + "'",
                    "`mailclerk today` lists the open items and their ids");
    if (auto ok = agenda.dismiss({found->id, found->since, user, now}); !ok)
        return tl::unexpected(ok.error());
    return *found;
}

std::string age_text(int64_t since, int64_t now, bool chinese) {
    int64_t hours = std::max<int64_t>(0, now - since) / 3600;
    if (hours < 48) return chinese ? fmt::format("{} 小时", hours) : fmt::format("{} h", hours);
    return chinese ? fmt::format("{} 天", hours / 24) : fmt::format("{} d", hours / 24);
}

} // namespace mailclerk::today
