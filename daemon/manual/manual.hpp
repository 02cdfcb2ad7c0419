#pragma once
// The manual: mailclerk(1) from the command line's definitions, mailclerk.toml(5) from the
// config's key table, and bash completion from the command line. `mailclerk gen-docs` prints
// them at build time; the package installs what it printed.
#include <string>

#include "common/result.hpp"
#include "daemon/manual/cli_model.hpp"

namespace mailclerk::manual {

struct PageInfo {
    std::string version; // "0.1.0"
};

// man(7) source of mailclerk(1): every command and option of `program` (see describe()).
std::string command_page(const CommandDoc& program, const PageInfo& info);

// man(7) source of mailclerk.toml(5): every key the config parser reads, its type, range,
// default and an example. Fails when the key documentation and the parser disagree.
Result<std::string> config_page(const PageInfo& info);

// A bash completion script for `program`: commands, options, and files where a value is a path.
std::string bash_completion(const CommandDoc& program);

} // namespace mailclerk::manual
