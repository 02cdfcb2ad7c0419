#include "daemon/cli/output.hpp"

#include <csignal>
#include <cstdio>
#include <ctime>

#include <fmt/format.h>
#include <unistd.h>

#include "parsers/date.hpp"
#include "parsers/pricing/as_written.hpp"

namespace mailclerk::cli {

int report(const Error& error) {
    fmt::print(stderr, "error: {}\n", error.message);
    if (!error.hint.empty()) fmt::print(stderr, "hint: {}\n", error.hint);
    return exit_code_for(error);
}

std::string iso_date(int64_t epoch_seconds) {
    return epoch_seconds == 0 ? std::string() : parsers::format_iso8601(epoch_seconds);
}

std::string short_date(int64_t epoch_seconds) {
    if (epoch_seconds == 0) return "undated         ";
    std::string iso = parsers::format_iso8601(epoch_seconds);
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

void print_json(const std::string& document) {
    std::fwrite(document.data(), 1, document.size(), stdout);
    std::fputc('\n', stdout);
}

namespace {
std::atomic<bool> g_stop{false};
extern "C" void request_stop(int) {
    g_stop = true;
}
} // namespace

const std::atomic<bool>& stop_on_signals() {
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    return g_stop;
}

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}
bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

nlohmann::json price_item_json(const parsers::PriceItem& item, nlohmann::json source) {
    // A price written for a count of pieces ("85.00/千只") is listed per piece (0.085); what
    // the document wrote stays beside it.
    nlohmann::json written = nullptr;
    if (auto w = pricing::as_written(item))
        written = {{"price", w->price}, {"per", w->per}, {"unit", w->unit}};
    return {{"product", item.product},
            {"model", item.model},
            {"as_written", std::move(written)},
            {"spec", item.spec},
            {"product_key", item.product_key},
            {"quantity", item.quantity},
            {"unit", item.unit},
            {"currency", item.currency},
            {"unit_price", item.unit_price},
            {"incoterm", item.incoterm},
            {"validity", item.validity},
            {"status", item.status},
            {"previous_price", item.previous_price},
            {"reference", item.reference},
            {"source", std::move(source)}};
}

} // namespace mailclerk::cli
