#pragma once
// Internal to config/: readers of sections kept in files of their own (config/today.cpp), and
// what they share with config.cpp.
#include <filesystem>
#include <string>

#include <toml++/toml.h>

#include "common/result.hpp"
#include "config/config.hpp"
#include "config/key_table.hpp"

namespace mailclerk::config::detail {

// A path from the config file: relative to the file's directory.
std::filesystem::path resolve(const std::filesystem::path& base_file, const std::string& value);

// The keys of a server login ([[account]], [smtp]) into `login`, its paths resolved against
// the file; the caller's reader then rejects what nobody read.
Status read_login(TableReader& reader, ServerLogin& login, const std::filesystem::path& file);
// How many of the secret's sources `login` names: an [[account]] needs exactly one, [smtp] one
// with a user and none without.
int secret_sources(const ServerLogin& login);

// [today] and [smtp] (config/today.cpp): read_today reads the [today] table itself, read_smtp
// the file's root, and runs after read_today: it checks that a digest delivered by SMTP has a
// server.
Status read_today(const toml::table& table, Config& config, const std::filesystem::path& file);
Status read_smtp(const toml::table& root, Config& config, const std::filesystem::path& file);

// [index] (config/index.cpp): the backend, and for PostgreSQL its URL and password source.
Status read_index(const toml::table& table, Config& config, const std::filesystem::path& file);

} // namespace mailclerk::config::detail
