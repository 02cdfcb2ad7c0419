#pragma once
// Shared output helpers for the subcommands.
#include <atomic>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::cli {

// Print "error: ..." and "hint: ..." to stderr; return the exit code for the error.
int report(const Error& error);

// "2026-11-03T09:42:00Z", or "" for 0 (unknown).
std::string iso_date(int64_t epoch_seconds);
// "2026-11-03 09:42", or "undated".
std::string short_date(int64_t epoch_seconds);

// One price item as `inspect --json` and `prices --json` show it; `source` says where it was read.
nlohmann::json price_item_json(const parsers::PriceItem& item, nlohmann::json source);

// The JSON array of to_json(row) for each of `rows`, in order.
template <typename Rows, typename ToJson>
nlohmann::json json_array(const Rows& rows, ToJson&& to_json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : rows)
        out.push_back(to_json(row));
    return out;
}

// Write a JSON document (already serialised) and a newline to stdout.
void print_json(const std::string& document);

// After this, SIGINT and SIGTERM only set the returned flag: the command finishes the message
// or batch in hand, commits and exits.
const std::atomic<bool>& stop_on_signals();

bool stdout_is_terminal();
bool stderr_is_terminal();

} // namespace mailclerk::cli
