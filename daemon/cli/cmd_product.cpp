// mailclerk product QUERY... [--json] [--limit N]: one product across customers — every
// customer's latest price for it, with dates, so that reps keep their prices consistent.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct ProductOptions {
    std::vector<std::string> words;
    int64_t limit = 500;
    bool json = false;
};

nlohmann::json price_json(const store::ProductPrice& p) {
    const store::PriceRow& row = p.row;
    nlohmann::json out = price_item_json(
        row.item,
        {{"sha256", row.sha256}, {"attachment", row.attachment}, {"line", row.item.line}});
    out["customer"] = p.slug;
    out["customer_name"] = p.name;
    out["quoted_at"] = row.quoted_at ? iso_date(*row.quoted_at) : "";
    out["direction"] = row.direction;
    out["status"] = p.status;
    out["exact"] = p.exact;
    return out;
}

void print_prices(const std::vector<store::ProductPrice>& prices) {
    for (const store::ProductPrice& p : prices) {
        const parsers::PriceItem& i = p.row.item;
        std::string what = i.model.empty()     ? i.product
                           : i.product.empty() ? i.model
                                               : i.product + " " + i.model;
        fmt::print("{:<20} {:<36} {:>3} {:>10}/{:<5} {:<14} {:<10} {} {}\n",
                   utf8::truncate(p.slug, 20), utf8::truncate(what, 36), i.currency, i.unit_price,
                   i.unit.empty() ? "-" : i.unit, utf8::truncate(i.incoterm, 14),
                   p.row.quoted_at ? short_date(*p.row.quoted_at).substr(0, 10) : "undated",
                   p.status, p.row.direction == "inbound" ? "(theirs)" : "");
    }
    fmt::print("{} prices\n", prices.size());
}

int run_product(const GlobalOptions& global, const ProductOptions& o) {
    std::string query = fmt::format("{}", fmt::join(o.words, " "));
    if (utf8::trim(query).empty())
        return report(
            Error{ErrorCode::usage, "name a product: a model, a specification or words", ""});
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto prices = workspace->index->product_prices(query, static_cast<size_t>(o.limit));
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
    auto [command, o] =
        add_command(app, "product", "a product across customers: each one's latest price", global,
                    run, run_product);
    command->add_option("query", o->words, "model, specification or words (DN50, Q41F-16C)")
        ->required();
    command->add_option("--limit", o->limit, "at most this many prices (default 500)")
        ->check(CLI::Range(int64_t{1}, int64_t{100000}));
    command->add_flag("--json", o->json, "print JSON");
}

} // namespace mailclerk::cli
