// mailclerk product QUERY... [--json] [--limit N]: one product across customers — every
// customer's latest quoted and latest agreed price for it, with dates, so that reps keep their
// prices consistent.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/pricing/price_item.hpp"

namespace mailclerk::cli {
namespace {

struct ProductOptions {
    std::vector<std::string> words;
    int64_t limit = 500;
    bool json = false;
};

// One side of a customer's prices for the product; null when that side has none.
nlohmann::json side_json(const std::optional<store::PriceRow>& row) {
    if (!row) return nullptr;
    nlohmann::json out = price_item_json(
        row->item,
        {{"sha256", row->sha256}, {"attachment", row->attachment}, {"line", row->item.line}});
    out["quoted_at"] = row->quoted_at ? iso_date(*row->quoted_at) : "";
    out["direction"] = row->direction;
    return out;
}

nlohmann::json price_json(const store::ProductPrice& p) {
    return {{"customer", p.slug}, {"customer_name", p.name},       {"product_key", p.product_key},
            {"exact", p.exact},   {"quoted", side_json(p.quoted)}, {"agreed", side_json(p.agreed)}};
}

// "12.50 USD/pc 2026-11-03", "-" when the side has no price.
std::string side_text(const std::optional<store::PriceRow>& row) {
    if (!row) return "-";
    const parsers::PriceItem& i = row->item;
    std::string text =
        fmt::format("{} {}/{} {}", i.unit_price, i.currency.empty() ? "?" : i.currency,
                    i.unit.empty() ? "-" : i.unit,
                    row->quoted_at ? short_date(*row->quoted_at).substr(0, 10) : "undated");
    if (i.status == pricing::k_notice || i.status == pricing::k_ordered)
        text += " (" + i.status + ")";
    if (row->direction == "inbound") text += " (theirs)";
    return text;
}

void print_prices(const std::vector<store::ProductPrice>& prices) {
    fmt::print("{:<20} {:<34} {:<34} {}\n", "customer", "product", "quoted", "agreed");
    for (const store::ProductPrice& p : prices) {
        const parsers::PriceItem& i = (p.quoted ? p.quoted : p.agreed)->item;
        std::string what = i.model.empty()     ? i.product
                           : i.product.empty() ? i.model
                                               : i.product + " " + i.model;
        fmt::print("{:<20} {:<34} {:<34} {}\n", utf8::truncate(p.slug, 20),
                   utf8::truncate(what, 34), side_text(p.quoted), side_text(p.agreed));
    }
    fmt::print("{} products\n", prices.size());
}

int run_product(const GlobalOptions& global, const ProductOptions& o) {
    std::string query = fmt::format("{}", fmt::join(o.words, " "));
    if (utf8::trim(query).empty())
        return report(
            Error{ErrorCode::usage, "name a product: a model, a specification or words", ""});
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto prices = workspace->price_book().product_prices(query, static_cast<size_t>(o.limit));
    if (!prices) return report(prices.error());
    if (!o.json) {
        print_prices(*prices);
        return 0;
    }
    nlohmann::json doc{{"query", query}, {"items", nlohmann::json::array()}};
    for (const store::ProductPrice& p : *prices)
        doc["items"].push_back(price_json(p));
    print_json(doc.dump());
    return 0;
}

} // namespace

void add_product(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, o] = add_command(
        app, "product", "a product across customers: each one's latest quoted and agreed price",
        global, run, run_product);
    command->add_option("query", o->words, "model, specification or words (DN50, Q41F-16C)")
        ->required();
    command->add_option("--limit", o->limit, "at most this many prices (default 500)")
        ->check(CLI::Range(int64_t{1}, int64_t{100000}));
    add_json_flag(command, o->json);
}

} // namespace mailclerk::cli
