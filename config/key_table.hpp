#pragma once
// Validation helpers over a toml++ table: each table has a fixed set of keys; a value of the
// wrong type or an unknown key is an error that names the line and the key.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "common/result.hpp"
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

    // After all get() calls: fail on the first key nobody asked for.
    Status reject_unknown() const;
    int line() const;
    tl::unexpected<Error> error_at(const toml::node& node, std::string_view key,
                                   const std::string& message) const;

  private:
    const toml::table& m_table;
    std::string m_name;
    std::filesystem::path m_file;
    std::vector<std::string> m_known;
    void note(std::string_view key, KeyType type, std::string before, int min = 0,
              int max = 0) const;
};

// Edit distance, for "did you mean".
size_t edit_distance(std::string_view a, std::string_view b);

} // namespace mailclerk::config::detail
