// [index]: SQLite (the default) or PostgreSQL, and how mailclerk logs in to PostgreSQL.
#include <fmt/format.h>

#include "common/utf8.hpp"
#include "config/sections.hpp"

namespace mailclerk::config::detail {
namespace fs = std::filesystem;
namespace {

// The password part of a URI's user info: postgresql://user:secret@host/db.
bool url_holds_password(const std::string& url) {
    size_t scheme = url.find("://");
    if (scheme == std::string::npos) return false;
    size_t authority = scheme + 3;
    size_t end = url.find_first_of("/?", authority);
    std::string_view host_part = std::string_view(url).substr(authority, end - authority);
    size_t at = host_part.rfind('@');
    return at != std::string_view::npos && host_part.substr(0, at).find(':') != std::string::npos;
}

Status check_index(TableReader& reader, const std::string& backend, IndexSettings& index) {
    if (backend == "sqlite") {
        index.backend = IndexBackend::sqlite;
        if (!index.url.empty()) return reader.error_at("url", "only with backend = \"postgresql\"");
    } else if (backend == "postgresql") {
        index.backend = IndexBackend::postgresql;
    } else {
        return reader.error_at("backend", "'" + backend + "' is not sqlite or postgresql");
    }
    std::string url = utf8::ascii_lower(index.url);
    if (index.backend == IndexBackend::postgresql && !url.starts_with("postgresql://") &&
        !url.starts_with("postgres://"))
        return reader.error_at("url", index.url.empty()
                                          ? "missing: backend = \"postgresql\" needs the "
                                            "database's postgresql:// URL"
                                          : "must start with postgresql://");
    if (url_holds_password(index.url))
        return reader.error_at("url", "holds a password: give it through password_command, "
                                      "password_file or password_env");
    int sources = !index.password_command.empty() + !index.password_file.empty() +
                  !index.password_env.empty();
    if (sources > 1)
        return reader.error_at("password_command",
                               "give at most one of password_command, password_file and "
                               "password_env");
    if (sources > 0 && index.backend == IndexBackend::sqlite)
        return reader.error_at("backend", "a password is only for backend = \"postgresql\"");
    return {};
}

} // namespace

Status read_index(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "index", file);
    IndexSettings& index = config.index;
    index.line = reader.line();
    std::string backend = "sqlite";
    auto status = all_of([&] { return reader.get("backend", backend); },
                         [&] { return reader.get("url", index.url); },
                         [&] { return reader.get("password_command", index.password_command); },
                         [&] { return reader.get("password_file", index.password_file); },
                         [&] { return reader.get("password_env", index.password_env); },
                         [&] { return reader.reject_unknown(); });
    if (!status) return status;
    if (!index.password_file.empty()) index.password_file = resolve(file, index.password_file);
    return check_index(reader, backend, index);
}

} // namespace mailclerk::config::detail
