#include "config/config.hpp"

#include <algorithm>
#include <cstdlib>
#include <mutex>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "common/doc_kinds.hpp"
#include "common/file_io.hpp"
#include "common/utf8.hpp"
#include "config/customer_cache.hpp"
#include "config/key_table.hpp"
#include "config/sections.hpp"

namespace mailclerk::config {
namespace fs = std::filesystem;
using detail::all_of;
using detail::read_login;
using detail::read_table;
using detail::resolve;
using detail::secret_sources;
using detail::TableReader;

namespace {

constexpr std::string_view k_default_path = "/etc/mailclerk/mailclerk.toml";
constexpr std::string_view k_categories[] = {"closed", "key", "prospect", "inactive"};

void lower_all(std::vector<std::string>& values) {
    for (std::string& value : values)
        value = utf8::ascii_lower(utf8::trim(value));
}

Status read_archive(const toml::table& root, Config& config, const fs::path& file) {
    const toml::node* node = root.get("archive");
    if (!node || !node->as_table())
        return fail(ErrorCode::config, fmt::format("{}:1: missing [archive] table", file.string()),
                    "add [archive] with root = \"/var/lib/mailclerk\"");
    TableReader reader(*node->as_table(), "archive", file);
    std::string root_dir, index;
    auto status = all_of([&] { return reader.get("root", root_dir); },
                         [&] { return reader.get("index", index); },
                         [&] { return reader.get("own_domains", config.own_domains); },
                         [&] { return reader.get("own_addresses", config.own_addresses); },
                         [&] { return reader.reject_unknown(); });
    if (!status) return status;
    if (root_dir.empty())
        return fail(ErrorCode::config,
                    fmt::format("{}:{}: archive.root: missing", file.string(), reader.line()));
    config.archive_root = resolve(file, root_dir);
    config.index_path =
        index.empty() ? config.archive_root / ".mailclerk" / "index.sqlite" : resolve(file, index);
    lower_all(config.own_domains);
    lower_all(config.own_addresses);
    return {};
}

Status read_matching(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "matching", file);
    auto status = all_of(
        [&] { return reader.get("free_mail_domains", config.free_mail_domains); },
        [&] { return reader.get("extra_free_mail_domains", config.extra_free_mail_domains); },
        [&] { return reader.get("ignore", config.ignore); },
        [&] { return reader.reject_unknown(); });
    lower_all(config.free_mail_domains);
    lower_all(config.extra_free_mail_domains);
    lower_all(config.ignore);
    return status;
}

Status read_imap_filing(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "imap_filing", file);
    auto status = all_of([&] { return reader.get("enabled", config.imap_filing.enabled); },
                         [&] { return reader.get("prefix", config.imap_filing.prefix); },
                         [&] { return reader.reject_unknown(); });
    if (status && utf8::trim(config.imap_filing.prefix).empty())
        return reader.error_at("prefix", "must not be empty");
    return status;
}

Status read_daemon(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "daemon", file);
    DaemonSettings& d = config.daemon;
    return all_of(
        [&] { return reader.get("max_connections", d.max_connections, 1, 64); },
        [&] { return reader.get("max_push_connections", d.max_push_connections, 0, 10000); },
        [&] { return reader.get("batch_messages", d.batch_messages, 1, 10000); },
        [&] { return reader.get("batch_megabytes", d.batch_megabytes, 1, 1024); },
        [&] { return reader.reject_unknown(); });
}

Status read_roster(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "roster", file);
    RosterSettings& r = config.roster;
    return all_of([&] { return reader.get("dormant_days", r.dormant_days, 1, 36500); },
                  [&] { return reader.get("followup_days", r.followup_days, 1, 3650); },
                  [&] { return reader.reject_unknown(); });
}

Status read_web(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "web", file);
    WebSettings& web = config.web;
    web.line = reader.line();
    std::string cert, key;
    auto status = all_of(
        [&] { return reader.get("listen", web.listen); },
        [&] { return reader.get("cert_file", cert); }, [&] { return reader.get("key_file", key); },
        [&] { return reader.get("trusted_user_header", web.trusted_user_header); },
        [&] { return reader.get("session_minutes", web.session_minutes, 1, 43200); },
        [&] { return reader.reject_unknown(); });
    if (!status) return status;
    auto where = [&](std::string_view key_name) {
        const toml::node* at = table.get(key_name);
        return fmt::format("{}:{}: web.{}", file.string(),
                           at ? static_cast<int>(at->source().begin.line) : web.line, key_name);
    };
    if (!cert.empty()) web.cert_file = resolve(file, cert);
    if (!key.empty()) web.key_file = resolve(file, key);
    if (web.listen.empty()) return {};
    if (auto ok = parse_listen(web.listen, web, where("listen")); !ok) return ok;
    if (cert.empty() != key.empty())
        return fail(ErrorCode::config, where(cert.empty() ? "cert_file" : "key_file") +
                                           ": cert_file and key_file go together");
    if (!web.trusted_user_header.empty() && !web.loopback)
        return fail(ErrorCode::config,
                    where("trusted_user_header") +
                        ": trusted only when listen is a loopback address",
                    "let the reverse proxy reach the page on 127.0.0.1");
    return check_web(web, where("listen"));
}

Status read_kind_rule(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "kind_rule", file);
    KindRule rule;
    rule.line = reader.line();
    auto status = all_of([&] { return reader.get("pattern", rule.pattern); },
                         [&] { return reader.get("kind", rule.kind); },
                         [&] { return reader.get("strong", rule.strong); },
                         [&] { return reader.reject_unknown(); });
    if (!status) return status;
    rule.pattern = utf8::ascii_lower(utf8::trim(rule.pattern));
    if (rule.pattern.empty()) return reader.error_at("pattern", "missing");
    if (!doc_kind_named(rule.kind))
        return reader.error_at("kind", "must be one of " + doc_kind_names());
    config.kind_rules.push_back(std::move(rule));
    return {};
}

Status read_customer(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "customer", file);
    Customer customer;
    customer.line = reader.line();
    auto status = all_of([&] { return reader.get("name", customer.name); },
                         [&] { return reader.get("slug", customer.slug); },
                         [&] { return reader.get("domains", customer.domains); },
                         [&] { return reader.get("addresses", customer.addresses); },
                         [&] { return reader.get("category", customer.category); },
                         [&] { return reader.get("grade", customer.grade); },
                         [&] { return reader.get("owner", customer.owner); },
                         [&] { return reader.get("contact", customer.contact); },
                         [&] { return reader.get("phone", customer.phone); },
                         [&] { return reader.get("notes", customer.notes); },
                         [&] { return reader.reject_unknown(); });
    if (!status) return status;
    if (utf8::trim(customer.name).empty()) return reader.error_at("name", "missing");
    if (std::find(std::begin(k_categories), std::end(k_categories), customer.category) ==
        std::end(k_categories))
        return reader.error_at("category", "must be one of closed, key, prospect, inactive");
    if (!customer.grade.empty() && customer.grade != "A" && customer.grade != "B" &&
        customer.grade != "C")
        return reader.error_at("grade", "must be A, B or C");
    lower_all(customer.domains);
    lower_all(customer.addresses);
    config.customers.push_back(std::move(customer));
    return {};
}

// Folder patterns (daemon/app/folders.hpp): none empty, and when there are any, at least one
// that includes (a list of exclusions alone would archive nothing).
Status check_folder_patterns(const std::vector<std::string>& patterns, const std::string& where) {
    bool includes = patterns.empty();
    for (const std::string& pattern : patterns) {
        if (pattern.empty() || pattern == "!")
            return fail(ErrorCode::config, where + ".folders: an empty folder name or pattern");
        includes = includes || pattern.front() != '!';
    }
    if (!includes)
        return fail(ErrorCode::config, where + ".folders: only exclusions, nothing to archive",
                    "start the list with \"*\" (every folder) or the folders to archive");
    return {};
}

Status read_account(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "account", file);
    Account account;
    account.line = reader.line();
    auto status = all_of(
        [&] { return reader.get("name", account.name); },
        [&] { return read_login(reader, account, file); },
        [&] { return reader.get("folders", account.folders); },
        [&] { return reader.get("poll_seconds", account.poll_seconds, 5, 86400); },
        [&] { return reader.get("since", account.since); },
        [&] { return reader.get("push", account.push); },
        [&] { return reader.get("idle_renew_seconds", account.idle_renew_seconds, 10, 1740); },
        [&] { return reader.get("max_connections", account.max_connections, 1, 20); },
        [&] { return reader.reject_unknown(); });
    if (!status) return status;
    auto where = fmt::format("{}:{}: account", file.string(), account.line);
    if (account.name.empty()) return fail(ErrorCode::config, where + ".name: missing");
    if (!account.url.starts_with("imap://") && !account.url.starts_with("imaps://"))
        return fail(ErrorCode::config, where + ".url: must start with imap:// or imaps://");
    if (account.user.empty()) return fail(ErrorCode::config, where + ".user: missing");
    if (auto folders = check_folder_patterns(account.folders, where); !folders) return folders;
    if (secret_sources(account) != 1)
        return fail(ErrorCode::config,
                    where + ": give exactly one of password_command, password_file, "
                            "password_env, oauth2_token_command",
                    "secrets never go into the config file itself");
    for (const Account& other : config.accounts)
        if (other.name == account.name)
            return fail(ErrorCode::config, where + ".name: '" + account.name +
                                               "' is already used at line " +
                                               std::to_string(other.line));
    config.accounts.push_back(std::move(account));
    return {};
}

template <typename Reader>
Status read_array_of_tables(const toml::table& root, std::string_view key, Config& config,
                            const fs::path& file, Reader read) {
    const toml::node* node = root.get(key);
    if (!node) return {};
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables())
        return fail(ErrorCode::config, fmt::format("{}:{}: {}: use [[{}]] tables", file.string(),
                                                   node->source().begin.line, key, key));
    for (const toml::node& element : *array)
        if (auto status = read(*element.as_table(), config, file); !status) return status;
    return {};
}

Status reject_unknown_tables(const toml::table& root, const fs::path& file) {
    static constexpr std::string_view k_known[] = {
        "archive", "matching",  "customer", "account", "imap_filing", "daemon",
        "roster",  "kind_rule", "web",      "today",   "smtp",        "index"};
    for (const auto& [key, node] : root) {
        std::string_view name = key.str();
        if (std::find(std::begin(k_known), std::end(k_known), name) != std::end(k_known)) continue;
        std::string message = fmt::format("{}:{}: {}: unknown section", file.string(),
                                          node.source().begin.line, name);
        for (std::string_view known : k_known)
            if (detail::edit_distance(name, known) < 3)
                message += fmt::format(" (did you mean '{}'?)", known);
        return fail(ErrorCode::config, message);
    }
    return {};
}

} // namespace

Status detail::read_login(TableReader& reader, ServerLogin& login, const fs::path& file) {
    auto status =
        all_of([&] { return reader.get("url", login.url); },
               [&] { return reader.get("user", login.user); },
               [&] { return reader.get("starttls", login.starttls); },
               [&] { return reader.get("tls_verify", login.tls_verify); },
               [&] { return reader.get("ca_file", login.ca_file); },
               [&] { return reader.get("password_command", login.password_command); },
               [&] { return reader.get("password_file", login.password_file); },
               [&] { return reader.get("password_env", login.password_env); },
               [&] { return reader.get("oauth2_token_command", login.oauth2_token_command); });
    if (!login.password_file.empty()) login.password_file = resolve(file, login.password_file);
    if (!login.ca_file.empty()) login.ca_file = resolve(file, login.ca_file);
    return status;
}

int detail::secret_sources(const ServerLogin& login) {
    return !login.password_command.empty() + !login.password_file.empty() +
           !login.password_env.empty() + !login.oauth2_token_command.empty();
}

fs::path detail::resolve(const fs::path& base_file, const std::string& value) {
    fs::path path(value);
    if (path.is_relative()) path = fs::absolute(base_file).parent_path() / path;
    return path.lexically_normal();
}

Status parse_listen(const std::string& listen, WebSettings& web, const std::string& where) {
    auto bad = [&](const std::string& why) {
        return fail(ErrorCode::config, where + ": " + why,
                    "write host:port, e.g. \"127.0.0.1:8025\" or \"[::1]:8025\"");
    };
    size_t colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) return bad("'" + listen + "' has no port");
    std::string host = listen.substr(0, colon);
    std::string port = listen.substr(colon + 1);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') return bad("unbalanced [ ] around the host");
        host = host.substr(1, host.size() - 2);
    } else if (host.find(':') != std::string::npos) {
        return bad("put an IPv6 address in [ ]");
    }
    if (port.empty() || port.size() > 5 ||
        port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) < 0 ||
        std::stoi(port) > 65535)
        return bad("port '" + port + "' is not a number from 0 (any free port) to 65535");
    web.host = host == "localhost" ? "127.0.0.1" : host;
    web.port = std::stoi(port);
    web.loopback = web.host == "::1" || web.host.starts_with("127.");
    web.listen = listen;
    return {};
}

Status check_web(const WebSettings& web, const std::string& where) {
    if (!web.loopback && web.cert_file.empty())
        return fail(ErrorCode::config,
                    where + ": '" + web.listen +
                        "' is beyond loopback: the page serves HTTPS there and needs "
                        "cert_file and key_file",
                    "listen on 127.0.0.1 behind a reverse proxy, or give a certificate");
    return {};
}

fs::path default_path(std::string_view from_command_line) {
    if (!from_command_line.empty()) return fs::path(from_command_line);
    if (const char* env = std::getenv("MAILCLERK_CONFIG"); env && *env) return fs::path(env);
    return fs::path(k_default_path);
}

Result<Config> parse(std::string_view text, const fs::path& name) {
    toml::table root;
    try {
        root = toml::parse(text, name.string());
    } catch (const toml::parse_error& error) {
        return fail(ErrorCode::config, fmt::format("{}:{}: {}", name.string(),
                                                   error.source().begin.line, error.description()));
    }
    Config config;
    config.source = name;
    auto status = all_of(
        [&] { return reject_unknown_tables(root, name); },
        [&] { return read_archive(root, config, name); },
        [&] { return read_table(root, "matching", config, name, read_matching); },
        [&] { return read_table(root, "imap_filing", config, name, read_imap_filing); },
        [&] { return read_table(root, "daemon", config, name, read_daemon); },
        [&] { return read_table(root, "roster", config, name, read_roster); },
        [&] { return read_table(root, "web", config, name, read_web); },
        [&] { return read_table(root, "today", config, name, detail::read_today); },
        [&] { return detail::read_smtp(root, config, name); },
        [&] { return read_table(root, "index", config, name, detail::read_index); },
        [&] { return read_array_of_tables(root, "customer", config, name, read_customer); },
        [&] { return read_array_of_tables(root, "account", config, name, read_account); },
        [&] { return read_array_of_tables(root, "kind_rule", config, name, read_kind_rule); });
    if (!status) return tl::unexpected(status.error());
    return config;
}

namespace {

// The [[customer]] tables of a text that holds nothing else (the customers' half of a split).
Result<std::vector<Customer>> parse_customer_tables(std::string_view text, const fs::path& name) {
    toml::table root;
    try {
        root = toml::parse(text, name.string());
    } catch (const toml::parse_error& error) {
        return fail(ErrorCode::config, std::string(error.description()));
    }
    if (root.size() != 1 || !root.contains("customer"))
        return fail(ErrorCode::config, "more than [[customer]] tables");
    Config config;
    if (auto read = read_array_of_tables(root, "customer", config, name, read_customer); !read)
        return tl::unexpected(read.error());
    return std::move(config.customers);
}

// Keeps the customers of a config parsed in full, with the text of their tables, when that
// text read alone gives the very same customers (so the split of the lines was right). Best
// effort: a cache that cannot be written only means the next command parses in full again.
void write_customer_cache(const Config& full, std::string_view customers_text) {
    auto alone = parse_customer_tables(customers_text, full.source);
    if (!alone || !detail::same_customers(*alone, full.customers)) return;
    AtomicFile file(detail::customer_cache_path(full));
    if (file.write(detail::encode_customers(customers_text, full.customers),
                   AtomicFile::Durability::batch))
        (void)file.commit(AtomicFile::Replace::allowed);
}

// parse(), with the [[customer]] tables taken from the cache beside the index when their text
// is byte for byte the text last parsed in full (config/customer_cache.hpp). Every other line
// is parsed and checked as always; a miss, or an error anywhere, parses the whole text, so its
// errors are the ones a full parse gives.
Result<Config> parse_with_customer_cache(std::string_view text, const fs::path& name) {
    auto split = detail::split_customers(text);
    if (!split || !split->any) return parse(text, name);
    auto rest = parse(split->rest, name);
    bool cacheable = rest && rest->customers.empty();
    if (cacheable)
        if (auto bytes = read_file(detail::customer_cache_path(*rest)))
            if (auto customers = detail::decode_customers(*bytes, split->customers)) {
                rest->customers = std::move(*customers);
                return rest;
            }
    auto full = parse(text, name);
    if (full && cacheable) write_customer_cache(*full, split->customers);
    return full;
}

// The last config parsed, by what the parse depends on: the file's bytes, its name and where
// its relative paths lead. A command reads its config twice (main's backend check, then the
// workspace), and a 5,000-customer file costs milliseconds to validate (issue 20); a changed
// file, or another one, is parsed again.
struct LastParse {
    std::mutex mutex;
    std::string text;
    fs::path name;
    fs::path absolute;
    std::optional<Config> config;
};

LastParse& last_parse() {
    static LastParse last;
    return last;
}

} // namespace

Result<Config> load(const fs::path& path) {
    auto text = read_file(path);
    if (!text)
        return fail(ErrorCode::config, "cannot read config: " + text.error().message,
                    "pass -c CONFIG or set MAILCLERK_CONFIG");
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    LastParse& last = last_parse();
    {
        std::lock_guard lock(last.mutex);
        if (last.config && last.text == *text && last.name == path && last.absolute == absolute)
            return *last.config;
    }
    auto parsed = parse_with_customer_cache(*text, path);
    if (!parsed) return parsed;
    std::lock_guard lock(last.mutex);
    last.text = std::move(*text);
    last.name = path;
    last.absolute = std::move(absolute);
    last.config = *parsed;
    return parsed;
}

} // namespace mailclerk::config
