// mailclerk prices fix CUSTOMER ITEM [--price P] [--currency C] [--unit U] [--not-a-price]
// [--agreed] [--undo]: a rep corrects a wrong row of a customer's price list
// (daemon/app/price_corrections.hpp says what a correction does); this file reads the options
// and says what was done.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "daemon/app/directory.hpp"
#include "daemon/app/price_corrections.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/cmd_prices_fix.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

std::string shown(const parsers::PriceItem& item) {
    return fmt::format("{} {}/{}", item.currency, item.unit_price,
                       item.unit.empty() ? "-" : item.unit);
}

void print_fix(const std::string& slug, const app::CorrectionDone& done) {
    const store::PriceFix& fix = done.fix;
    const parsers::PriceItem& was = done.was;
    if (fix.not_a_price)
        fmt::print("fixed: {} ({}) of {} is no price; was {}\n", done.key, done.side, slug,
                   shown(was));
    else
        fmt::print("fixed: {} ({}) of {} now {} {}/{}; extracted {}\n", done.key, done.side, slug,
                   fix.currency.empty() ? was.currency : fix.currency,
                   fix.unit_price.empty() ? was.unit_price : fix.unit_price,
                   fix.unit.empty() ? (was.unit.empty() ? "-" : was.unit) : fix.unit, shown(was));
    if (!fix.column.from.empty())
        fmt::print("layout: tables of {} with the columns '{}' and '{}' now read the price from "
                   "'{}' (the daemon from its next start or reload)\n",
                   slug, fix.column.from, fix.column.to, fix.column.to);
}

} // namespace

int run_prices_fix(const GlobalOptions& global, const PricesFixOptions& o) {
    auto workspace = app::open_writer(global.config);
    if (!workspace) return report(workspace.error());
    auto slug = app::resolve_customer(workspace->rules, o.customer);
    if (!slug) return report(slug.error());
    app::PriceCorrection correction{o.item, o.price, o.currency, o.unit, o.not_a_price, o.agreed};
    if (o.undo) {
        auto undone = app::undo_correction(*workspace, *slug, correction);
        if (!undone) return report(undone.error());
        fmt::print("undone: the correction of {} ({}) for {}\n", undone->key, undone->side, *slug);
        return 0;
    }
    auto done = app::correct_price(*workspace, *slug, correction);
    if (!done) return report(done.error());
    print_fix(*slug, *done);
    return 0;
}

void add_prices_fix(CLI::App& prices, const std::shared_ptr<PricesFixOptions>& o) {
    CLI::App* fix = prices.add_subcommand(
        "fix", "correct a wrong row of the price list (kept by reindex; --undo removes it)");
    fix->add_option("customer", o->customer, "customer slug or name")->required();
    fix->add_option("item", o->item, "the row's product key, model or name")->required();
    fix->add_option("--price", o->price, "the right unit price (a decimal: 12.80)");
    fix->add_option("--currency", o->currency, "the right currency (USD, EUR, CNY, ...)");
    fix->add_option("--unit", o->unit, "the right unit (pcs, set, kg, ...)");
    fix->add_flag("--not-a-price", o->not_a_price,
                  "the row is no price (a total, a payment line...): drop it from the list");
    fix->add_flag("--agreed", o->agreed, "the agreed (contract, order) price, not the quote");
    fix->add_flag("--undo", o->undo, "remove the correction of this row");
}

} // namespace mailclerk::cli
