#pragma once
// What every subcommand needs: the validated config, the matching rules derived from it, and
// (for commands that touch the archive) the archive and its index.
#include <memory>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "config/config.hpp"
#include "parsers/classify.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::daemon {

// Rules for the classifier from the config: slugs derived, free-mail defaults applied.
// Fails (ErrorCode::config) when two customers end up with the same slug.
Result<parsers::MatchRules> match_rules(const config::Config& config);

// Customer rows for the index, in directory order.
std::vector<store::CustomerRow> customer_rows(const config::Config& config);

struct Workspace {
    config::Config config;
    parsers::MatchRules rules;
    std::unique_ptr<store::Archive> archive;
    std::optional<store::Index> index;
};

// Load the config (-c value or the default path) and derive the rules; no archive is touched.
Result<Workspace> load_config_only(const std::string& config_flag);

// Load the config, open the archive and its index, and bring the index's customers in line
// with the directory.
Result<Workspace> open_workspace(const std::string& config_flag);

} // namespace mailclerk::daemon
