#pragma once
// Validation helpers over a toml++ table: each table has a fixed set of keys; a value of the
// wrong type or an unknown key is an error that names the line and the key.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "common/result.hpp"
#include "config/config.hpp"
#include "config/key_observer.hpp"

namespace mailclerk::config::detail {

class TableReader {
  public:
    TableReader(const toml::table& table, std::string_view table_name,
                const std::filesystem::path& file);

    // Each getter leaves `out` untouched when the key is absent.
    Status get(std::string_view key, std::string& out);
    Status get(std::string_view key, bool& out);
    Status get(std::string_view key, int& out, int min, int max);
    Status get(std::string_view key, std::vector<std::string>& out);
    // A TOML date (2024-01-01) or a string in that form; the day must exist.
    Status get(std::string_view key, std::optional<Date>& out);

    // After all get() calls: fail on the first key nobody asked for.
    Status reject_unknown() const;
    int line() const;
    tl::unexpected<Error> error_at(const toml::node& node, std::string_view key,
                                   const std::string& message) const;
    // The same at `key`'s line, or at the table's when the key is absent.
    tl::unexpected<Error> error_at(std::string_view key, const std::string& message) const;

  private:
    const toml::table& m_table;
    std::string m_name;
    std::filesystem::path m_file;
    std::vector<std::string> m_known;
    void note(std::string_view key, KeyType type, std::string before, int min = 0,
              int max = 0) const;
};

// The optional table `name` of the file's root: nullptr when it is absent, and also when it is
// not a table, which sets `status` to the error naming its line.
const toml::table* section(const toml::table& root, std::string_view name,
                           const std::filesystem::path& file, Status& status);

// Runs read(table, config, file) on the optional table `key` of the file's root.
template <typename Reader>
Status read_table(const toml::table& root, std::string_view key, Config& config,
                  const std::filesystem::path& file, Reader read) {
    Status status;
    const toml::table* table = section(root, key, file, status);
    return table ? read(*table, config, file) : status;
}

// Runs the readers in order and stops at the first error.
template <typename... Steps> Status all_of(Steps&&... steps) {
    Status status;
    ((status ? (status = steps()) : status), ...);
    return status;
}

// Edit distance, for "did you mean".
size_t edit_distance(std::string_view a, std::string_view b);

} // namespace mailclerk::config::detail
