#pragma once
// Internal to config/: readers of sections kept in files of their own (config/today.cpp), and
// what they share with config.cpp.
#include <filesystem>
#include <string>

#include <toml++/toml.h>

#include "common/result.hpp"
#include "config/config.hpp"

namespace mailclerk::config::detail {

// A path from the config file: relative to the file's directory.
std::filesystem::path resolve(const std::filesystem::path& base_file, const std::string& value);

// [today] and [smtp] (config/today.cpp). read_smtp runs after read_today: it checks that a
// digest delivered by SMTP has a server.
Status read_today(const toml::table& root, Config& config, const std::filesystem::path& file);
Status read_smtp(const toml::table& root, Config& config, const std::filesystem::path& file);

} // namespace mailclerk::config::detail
