#include "daemon/app/workspace.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "common/file_io.hpp"
#include "daemon/app/credentials.hpp"
#include "parsers/domain.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/postgres/pg_writer.hpp"

namespace mailclerk::app {

Result<parsers::MatchRules> match_rules(const config::Config& config) {
    parsers::MatchRules rules;
    for (const std::string& domain : config.own_domains)
        rules.own_domains.push_back(parsers::normalize_domain(domain));
    for (const std::string& address : config.own_addresses)
        rules.own_addresses.push_back(parsers::canonical_address(address));
    rules.free_mail_domains = config.free_mail_domains.empty()
                                  ? parsers::default_free_mail_domains()
                                  : config.free_mail_domains;
    rules.free_mail_domains.insert(rules.free_mail_domains.end(),
                                   config.extra_free_mail_domains.begin(),
                                   config.extra_free_mail_domains.end());
    for (const std::string& ignored : config.ignore)
        rules.ignore_addresses.push_back(ignored.starts_with('@')
                                             ? "@" + parsers::normalize_domain(ignored.substr(1))
                                             : parsers::canonical_address(ignored));
    rules.role_local_parts = parsers::default_role_local_parts();
    for (const config::KindRule& rule : config.kind_rules)
        if (auto kind = parsers::doc_kind_from_string(rule.kind))
            rules.kind_patterns.push_back({rule.pattern, *kind, rule.strong});
    // slug -> its customer's place in rules.customers: a slug used twice is a config error.
    std::unordered_map<std::string, size_t> slugs;
    for (const config::Customer& customer : config.customers) {
        parsers::CustomerRule rule;
        rule.name = customer.name;
        rule.slug = customer.slug.empty() ? store::slugify(customer.name) : customer.slug;
        for (const std::string& domain : customer.domains)
            rule.domains.push_back(parsers::normalize_domain(domain));
        for (const std::string& address : customer.addresses)
            rule.addresses.push_back(parsers::canonical_address(address));
        if (auto [earlier, added] = slugs.emplace(rule.slug, rules.customers.size()); !added)
            return fail(ErrorCode::config,
                        fmt::format("{}:{}: customer.slug: '{}' is already used by '{}'",
                                    config.source.string(), customer.line, rule.slug,
                                    rules.customers[earlier->second].name),
                        "give one of them an explicit slug = \"...\"");
        rules.customers.push_back(std::move(rule));
    }
    return rules;
}

std::vector<store::CustomerRow> customer_rows(const config::Config& config) {
    std::vector<store::CustomerRow> rows;
    for (const config::Customer& customer : config.customers) {
        store::CustomerRow row;
        row.slug = customer.slug.empty() ? store::slugify(customer.name) : customer.slug;
        row.name = customer.name;
        row.category = customer.category;
        row.grade = customer.grade;
        row.owner = customer.owner;
        row.contact = customer.contact;
        row.phone = customer.phone;
        row.notes = customer.notes;
        row.domains = customer.domains;
        row.addresses = customer.addresses;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<parsers::CustomerRule> customer_rules(const std::vector<store::CustomerRow>& rows) {
    std::vector<parsers::CustomerRule> rules;
    for (const store::CustomerRow& row : rows) {
        parsers::CustomerRule rule{row.slug, row.name, {}, {}};
        for (const std::string& domain : row.domains)
            rule.domains.push_back(parsers::normalize_domain(domain));
        for (const std::string& address : row.addresses)
            rule.addresses.push_back(parsers::canonical_address(address));
        rules.push_back(std::move(rule));
    }
    return rules;
}

namespace {

// The rules' customers from the directory, and the price columns the rep's corrections showed.
Status use_directory(Workspace& workspace, std::vector<store::CustomerRow> rows) {
    workspace.rules.customers = customer_rules(rows);
    workspace.directory = std::move(rows);
    auto choices = workspace.price_corrections().column_choices();
    if (!choices) return tl::unexpected(choices.error());
    workspace.rules.column_choices = std::move(*choices);
    return {};
}

} // namespace

Status reload_directory(Workspace& workspace) {
    auto rows = workspace.customer_directory().directory();
    if (!rows) return tl::unexpected(rows.error());
    return use_directory(workspace, std::move(*rows));
}

std::filesystem::path journal_dir(const config::Config& config) {
    return config.archive_root / ".mailclerk" / "journal";
}

Result<store::Index> open_index(const config::Config& config) {
    // Never the SQLite file behind the config's back: the command must say it cannot.
    if (config.index.backend == config::IndexBackend::postgresql)
        return fail(ErrorCode::config,
                    "this command is not available with [index] backend = \"postgresql\" yet",
                    std::string(k_postgresql_hint));
    return store::Index::open(config.index_path, store::IndexOptions{journal_dir(config)});
}

namespace {
Result<Workspace> open_sqlite(Result<Workspace> workspace);
} // namespace

Result<Workspace> open_reader(const std::string& config_flag) {
    auto workspace = load_config_only(config_flag);
    if (!workspace) return workspace;
    const config::IndexSettings& settings = workspace->config.index;
    if (settings.backend != config::IndexBackend::postgresql)
        return open_sqlite(std::move(workspace));
    auto secret = index_secret(settings);
    if (!secret) return tl::unexpected(secret.error());
    auto index = store::pg::PgIndex::open(settings.url, *secret);
    if (!index) return tl::unexpected(index.error());
    workspace->postgres = std::make_shared<store::pg::PgIndex>(std::move(*index));
    if (auto loaded = reload_directory(*workspace); !loaded) return tl::unexpected(loaded.error());
    return workspace;
}

Result<std::unique_ptr<store::Reader>> open_index_reader(const config::Config& config,
                                                         ReaderUse use) {
    using Opened = std::unique_ptr<store::Reader>;
    if (config.index.backend == config::IndexBackend::postgresql) {
        auto secret = index_secret(config.index);
        if (!secret) return tl::unexpected(secret.error());
        auto index = store::pg::PgIndex::open(config.index.url, *secret);
        if (!index) return tl::unexpected(index.error());
        return Opened(std::make_unique<store::pg::PgIndex>(std::move(*index)));
    }
    auto index = use == ReaderUse::sessions ? store::Index::open_sessions(config.index_path)
                                            : store::Index::open_read_only(config.index_path);
    if (!index) return tl::unexpected(index.error());
    return Opened(std::make_unique<store::Index>(std::move(*index)));
}

Result<WriteIndex> open_write_index(const config::Config& config) {
    WriteIndex opened;
    if (config.index.backend != config::IndexBackend::postgresql) {
        auto index = open_index(config);
        if (!index) return tl::unexpected(index.error());
        opened.sqlite.emplace(std::move(*index));
        return opened;
    }
    auto secret = index_secret(config.index);
    if (!secret) return tl::unexpected(secret.error());
    auto writer = store::pg::PgWriter::open(config.index.url, *secret);
    if (!writer) return tl::unexpected(writer.error());
    if (auto synced = writer->sync_customers(customer_rows(config)); !synced)
        return tl::unexpected(synced.error());
    auto reader = store::pg::PgIndex::open(config.index.url, *secret);
    if (!reader) return tl::unexpected(reader.error());
    opened.postgres = std::make_shared<store::pg::PgWriter>(std::move(*writer));
    opened.postgres_reader = std::make_shared<store::pg::PgIndex>(std::move(*reader));
    return opened;
}

store::Writer& WriteIndex::writer() {
    if (postgres) return *postgres;
    return *sqlite;
}

store::PriceBook& WriteIndex::price_book() {
    if (postgres_reader) return *postgres_reader;
    return *sqlite;
}

store::SyncStates& WriteIndex::sync_states() {
    if (postgres) return *postgres;
    return *sqlite;
}

namespace {

// How files are put in place under the root (common/filing.hpp), for the whole process: every
// command that files opens the archive through open_workspace or open_writer.
Status use_archive_filing(Workspace& workspace) {
    auto mode = decide_filing_mode(workspace.config.archive_root);
    if (!mode) return tl::unexpected(mode.error());
    use_filing_mode(mode->how);
    workspace.filing = std::move(*mode);
    return {};
}

} // namespace

Result<Workspace> open_writer(const std::string& config_flag) {
    auto workspace = load_config_only(config_flag);
    if (!workspace) return workspace;
    if (workspace->config.index.backend != config::IndexBackend::postgresql)
        return open_sqlite(std::move(workspace));
    const auto& root = workspace->config.archive_root;
    // <root>/.mailclerk holds the daemon's state files beside where the SQLite index would be.
    if (auto made = make_directories(workspace->config.index_path.parent_path()); !made)
        return tl::unexpected(made.error());
    if (auto filing = use_archive_filing(*workspace); !filing)
        return tl::unexpected(filing.error());
    auto index = open_write_index(workspace->config);
    if (!index) return tl::unexpected(index.error());
    workspace->archive = std::make_unique<store::Archive>(root);
    workspace->postgres_writer = index->postgres;
    workspace->postgres = index->postgres_reader;
    if (auto loaded = reload_directory(*workspace); !loaded) return tl::unexpected(loaded.error());
    return workspace;
}

store::Writer& Workspace::writer() {
    if (postgres_writer) return *postgres_writer;
    return *index;
}

namespace {

// The index a read goes to: PostgreSQL when the workspace opened it, else the SQLite index.
template <class Interface> Interface& reader(Workspace& workspace) {
    if (workspace.postgres) return *workspace.postgres;
    return *workspace.index;
}

} // namespace

store::Search& Workspace::search() {
    return reader<store::Search>(*this);
}

store::Timeline& Workspace::timeline() {
    return reader<store::Timeline>(*this);
}

store::PriceBook& Workspace::price_book() {
    return reader<store::PriceBook>(*this);
}

store::PriceCorrections& Workspace::price_corrections() {
    return reader<store::PriceCorrections>(*this);
}

store::Agenda& Workspace::agenda() {
    return reader<store::Agenda>(*this);
}

store::Users& Workspace::users() {
    return reader<store::Users>(*this);
}

store::Directory& Workspace::customer_directory() {
    return reader<store::Directory>(*this);
}

Result<std::vector<store::SyncState>> Workspace::sync_states() {
    if (postgres) return postgres->sync_states();
    return index->sync_states();
}

Result<Workspace> load_config_only(const std::string& config_flag) {
    auto config = config::load(config::default_path(config_flag));
    if (!config) return tl::unexpected(config.error());
    auto rules = match_rules(*config);
    if (!rules) return tl::unexpected(rules.error());
    Workspace workspace;
    workspace.config = std::move(*config);
    workspace.rules = std::move(*rules);
    return workspace;
}

namespace {

// open_workspace after the config is loaded: open_reader and open_writer, which load it first to
// choose the backend, go on from here instead of loading it and its rules a second time.
Result<Workspace> open_sqlite(Result<Workspace> workspace) {
    if (!workspace) return workspace;
    const auto& root = workspace->config.archive_root;
    if (auto made = make_directories(root); !made) return tl::unexpected(made.error());
    if (auto filing = use_archive_filing(*workspace); !filing)
        return tl::unexpected(filing.error());
    auto index = open_index(workspace->config);
    if (!index) return tl::unexpected(index.error());
    // The config's customers synced and the directory read in one read when they agree.
    auto directory = index->synced_directory(customer_rows(workspace->config));
    if (!directory) return tl::unexpected(directory.error());
    workspace->archive = std::make_unique<store::Archive>(root);
    workspace->index.emplace(std::move(*index));
    if (auto used = use_directory(*workspace, std::move(*directory)); !used)
        return tl::unexpected(used.error());
    return workspace;
}

} // namespace

Result<Workspace> open_workspace(const std::string& config_flag) {
    return open_sqlite(load_config_only(config_flag));
}

} // namespace mailclerk::app
