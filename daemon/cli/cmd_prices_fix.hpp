#pragma once
// `mailclerk prices fix` (daemon/cli/cmd_prices_fix.cpp), a subcommand of `prices`.
#include <memory>
#include <string>

#include "daemon/cli/commands.hpp"

namespace mailclerk::cli {

struct PricesFixOptions {
    std::string customer, item;
    std::string price, currency, unit;
    bool not_a_price = false;
    bool agreed = false;
    bool undo = false;
};

// Add `fix` to the `prices` command; its options fill `options`.
void add_prices_fix(CLI::App& prices, const std::shared_ptr<PricesFixOptions>& options);

// Record (or with --undo remove) the correction, rewrite the customer's price-list.csv.
int run_prices_fix(const GlobalOptions& global, const PricesFixOptions& options);

} // namespace mailclerk::cli
