#pragma once
// The agenda as every front end reads it (`mailclerk today`, the web page, the digest): the
// items of the whole team as of a moment, dismissed ones left out, from one index connection.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/states.hpp"
#include "parsers/classify.hpp"
#include "store/index.hpp"

namespace mailclerk::today {

// The body text of archived messages, read from their .eml files under `archive_root`.
TextSource archive_texts(store::Agenda& agenda, std::filesystem::path archive_root);

// What the agenda reads of an index, whichever backend (store::Index, store::pg::PgIndex).
struct AgendaIndex {
    store::Agenda& agenda;
    store::Users& users;
    store::Directory& directory;
};
template <class Index> AgendaIndex agenda_index(Index& index) {
    return {index, index, index};
}
// The workspace's index, whichever backend it opened.
AgendaIndex agenda_index(app::Workspace& workspace);

// Every open, undismissed item as of `now`. `directory` is the index's customer directory
// (Directory::directory(), as the workspace holds it) and `rules` the matching rules with those
// customers in them (as open_workspace and open_reader leave them): a caller that has them does
// not read the directory again (5,000 customers, issue 20).
Result<std::vector<Item>> open_items(AgendaIndex index, const config::Config& config,
                                     const parsers::MatchRules& rules,
                                     const std::vector<store::CustomerRow>& directory, int64_t now);

// Dismiss the item `id` ("state:key", or a unique prefix of one of `items`' ids) as `user`, at
// its current `since`. Fails with ErrorCode::not_found when no open item has that id and
// ErrorCode::usage when the prefix names several.
Result<Item> dismiss_item(store::Agenda& agenda, const std::vector<Item>& items,
                          const std::string& id, const std::string& user, int64_t now);

// "3 h", "2 d": how long ago `since` was, in whole hours up to two days, then whole days.
std::string age_text(int64_t since, int64_t now, bool chinese);

} // namespace mailclerk::today
