#pragma once
// What every subcommand needs: the validated config, the matching rules derived from it, and
// (for commands that touch the archive) the archive and its index.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/filing.hpp"
#include "common/result.hpp"
#include "config/config.hpp"
#include "parsers/classify.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::store::pg {
class PgIndex;
class PgWriter;
} // namespace mailclerk::store::pg

namespace mailclerk::app {

// The hint of every refusal of a command on [index] backend = "postgresql": what works there.
inline constexpr std::string_view k_postgresql_hint =
    "search, history, prices, product, today, customers, status, import, sync, web, user and "
    "the daemon work on PostgreSQL; for the rest use the SQLite index (mailclerk index copy --from "
    "URL brings it back)";

// Rules for the classifier from the config: slugs derived, free-mail defaults applied.
// Fails (ErrorCode::config) when two customers end up with the same slug.
Result<parsers::MatchRules> match_rules(const config::Config& config);

// Customer rows for the index, in directory order.
std::vector<store::CustomerRow> customer_rows(const config::Config& config);

struct Workspace {
    config::Config config;
    parsers::MatchRules rules;
    // The index's customer directory as open_workspace (reload_directory) last read it; the
    // customers of `rules` are made from it. Empty when no index is open.
    std::vector<store::CustomerRow> directory;
    std::unique_ptr<store::Archive> archive;
    // How the archive's files are put in place (open_workspace, open_writer decide it).
    FilingMode filing;
    std::optional<store::Index> index;
    // [index] backend = "postgresql" (open_reader): the index reads go there, `index` and
    // `archive` stay empty.
    std::shared_ptr<store::pg::PgIndex> postgres;
    // open_writer with backend = "postgresql": what import writes through.
    std::shared_ptr<store::pg::PgWriter> postgres_writer;

    // The index the reads go to, whichever backend: PostgreSQL when `postgres` is open, else
    // the SQLite `index` (open_workspace or open_reader must have succeeded).
    store::Search& search();
    store::Timeline& timeline();
    store::PriceBook& price_book();
    // The rep's price corrections and what reading priced messages again needs.
    store::PriceCorrections& price_corrections();
    store::Agenda& agenda();
    store::Users& users();
    // The index's customer directory and roster (the member `directory` is its rows as read).
    store::Directory& customer_directory();
    // Every folder's sync state, from whichever backend is open.
    Result<std::vector<store::SyncState>> sync_states();
    // The index import writes (open_writer): PostgreSQL's writer, else the SQLite `index`.
    store::Writer& writer();
};

// The index one writer (an import, one account's sync pass) works on, whichever backend: the
// SQLite index, or PostgreSQL's writer beside a reader for the price lists (two connections).
struct WriteIndex {
    std::optional<store::Index> sqlite;
    std::shared_ptr<store::pg::PgWriter> postgres;
    std::shared_ptr<store::pg::PgIndex> postgres_reader;

    store::Writer& writer();
    store::PriceBook& price_book();
    store::SyncStates& sync_states();
};

// Open the config's index for writing: SQLite (open_index), or PostgreSQL ([index] url and
// secret; the schema is made in an empty database, the config's customers synced into it).
Result<WriteIndex> open_write_index(const config::Config& config);

// The archive's journal (store/journal.hpp): <archive root>/.mailclerk/journal.
std::filesystem::path journal_dir(const config::Config& config);

// The config's index as every writer opens it: journaled into the archive.
Result<store::Index> open_index(const config::Config& config);

// Load the config (-c value or the default path) and derive the rules; no archive is touched.
Result<Workspace> load_config_only(const std::string& config_flag);

// For the commands that read the index and work on either backend (search, history, prices,
// today; `user` and `today done` also write users and dismissals through it): with [index]
// backend = "postgresql" the config and the PostgreSQL index (password from the [index] secret
// source), the directory and its rules read from there as reload_directory reads them; else
// open_workspace.
Result<Workspace> open_reader(const std::string& config_flag);

// What a connection of open_index_reader is for: a page's reads (SQLite: query_only), or the
// web page's sessions (SQLite: reads, and writes to the sessions table alone).
enum class ReaderUse { pages, sessions };
// One connection that reads the config's index, whichever backend (the web page's pool): the
// SQLite index at its version (never migrated), or PostgreSQL with the [index] secret.
Result<std::unique_ptr<store::Reader>> open_index_reader(const config::Config& config,
                                                         ReaderUse use = ReaderUse::pages);

// For the commands that write the index on either backend (import, prices fix): open_workspace
// with SQLite; with PostgreSQL the config, the archive, open_write_index's writer and reader,
// and the directory and its rules read from there as reload_directory reads them.
Result<Workspace> open_writer(const std::string& config_flag);

// Load the config, open the archive and its index, bring the index's customers in line with
// the config, and take the matching rules' customers from the index's directory.
Result<Workspace> open_workspace(const std::string& config_flag);

// Matching rules for directory rows (domains and addresses normalised).
std::vector<parsers::CustomerRule> customer_rules(const std::vector<store::CustomerRow>& rows);

// Re-read the index's directory (config customers plus those added by command, roster import or
// promotion) into the workspace's `directory` and its customer rules.
Status reload_directory(Workspace& workspace);

} // namespace mailclerk::app
