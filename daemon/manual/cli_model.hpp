#pragma once
// The command line as data: each subcommand, its options and arguments, read from the CLI11
// definitions that `--help` prints. The manual page and the shell completion are rendered from
// this, so neither can list a command or option that --help does not, or miss one.
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mailclerk::manual {

struct OptionDoc {
    std::vector<std::string> names; // "-c", "--config"
    std::string value;              // the value's type as --help shows it ("TEXT"); "" for flags
    std::string description;
    std::string default_value; // "" when none is shown
    bool required = false;
    bool repeatable = false;
};

struct ArgumentDoc {
    std::string name; // "paths"
    std::string description;
    bool required = false;
    bool many = false; // takes several values
};

struct CommandDoc {
    std::vector<std::string> path; // {} for the program, {"customer", "add"}
    std::string description;
    std::string footer; // text --help prints after the options
    std::vector<OptionDoc> options;
    std::vector<ArgumentDoc> arguments;
    std::vector<CommandDoc> subcommands;
    bool needs_subcommand = false;
};

// The app and its subcommands, recursively. Subcommands and options in the hidden group ("")
// and the help flag are left out.
CommandDoc describe(const CLI::App& app);

// "customer add" (empty for the program itself).
std::string joined_path(const CommandDoc& command);

} // namespace mailclerk::manual
