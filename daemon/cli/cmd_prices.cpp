// mailclerk prices CUSTOMER [--history] [--json|--csv|--xlsx FILE]: the customer's price list
// (latest quote per product), with superseded quotes on request.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "daemon/app/directory.hpp"
#include "daemon/app/exports.hpp"
#include "daemon/app/price_files.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/cmd_prices_fix.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/price_terms.hpp"
#include "parsers/pricing/as_written.hpp"

namespace mailclerk::cli {
namespace {

struct PricesOptions {
    std::string customer;
    bool history = false;
    bool json = false;
    bool csv = false;
    std::string xlsx;
    std::string same_product; // "KEY=OTHER": items of KEY count as product OTHER
};

nlohmann::json item_json(const store::PriceRow& row) {
    nlohmann::json out = price_item_json(
        row.item,
        {{"sha256", row.sha256}, {"attachment", row.attachment}, {"line", row.item.line}});
    out["quoted_at"] = row.quoted_at ? iso_date(*row.quoted_at) : "";
    out["direction"] = row.direction;
    // A rep's correction (`prices fix`): when, and what extraction read.
    out["fixed"] = nullptr;
    if (row.fix && row.extracted)
        out["fixed"] = {{"at", iso_date(row.fix->fixed_at)},
                        {"not_a_price", row.fix->not_a_price},
                        {"extracted",
                         {{"unit_price", row.extracted->unit_price},
                          {"currency", row.extracted->currency},
                          {"unit", row.extracted->unit}}}};
    return out;
}

void print_table(const std::string& slug, const std::vector<store::PriceRow>& rows, bool history) {
    size_t shown = 0;
    bool fixed = false;
    for (bool current : {true, false}) {
        if (!current && !history) break;
        if (!current) fmt::print("\nsuperseded:\n");
        for (const store::PriceRow& row : rows) {
            if (row.current != current) continue;
            const parsers::PriceItem& i = row.item;
            // The model once: a name inherited from the quote may already hold it.
            std::string what = i.model.empty() || i.product.find(i.model) != std::string::npos
                                   ? i.product
                               : i.product.empty() ? i.model
                                                   : i.product + " " + i.model;
            std::string quantity = i.quantity.empty() ? "" : i.quantity + " " + i.unit;
            // The status column tells a quote from the agreed or ordered price of the same
            // product, which the list shows side by side.
            // "*": a rep corrected the row; "no price": a rep struck it off.
            std::string mark = !row.fix ? "" : row.fix->not_a_price ? " (no price)" : " *";
            // A price the document wrote for a thousand pieces: listed per piece, and as written.
            if (auto written = pricing::as_written(i))
                mark +=
                    fmt::format("  (written {} {}/{})", i.currency, written->price, written->unit);
            fmt::print("{:<40} {:>12} {} {:>10}/{:<5} {:<7} {:<16} {}{}\n", what, quantity,
                       i.currency, i.unit_price, i.unit.empty() ? "-" : i.unit, i.status,
                       i.incoterm, row.quoted_at ? short_date(*row.quoted_at) : "undated", mark);
            fixed = fixed || (row.fix && current);
            ++shown;
        }
    }
    fmt::print("{} price items of {}\n", shown, slug);
    if (fixed) fmt::print("* corrected by a rep (mailclerk prices fix)\n");
}

// Record the override and rewrite the archive's price list, which must show it too.
Status merge_products(app::Workspace& workspace, const std::string& slug, const std::string& spec) {
    size_t equals = spec.find('=');
    std::string key = parsers::product_key(spec.substr(0, equals));
    std::string same_as =
        equals == std::string::npos ? std::string() : parsers::product_key(spec.substr(equals + 1));
    if (key.empty() || same_as.empty())
        return fail(ErrorCode::usage, "--same-product wants KEY=OTHER",
                    "product keys are shown by `mailclerk prices CUSTOMER --json`");
    if (auto saved = workspace.price_book().set_same_product(slug, key, same_as); !saved)
        return saved;
    auto rows = workspace.price_book().prices(slug);
    if (!rows) return tl::unexpected(rows.error());
    return app::write_price_list(workspace.config.archive_root, slug, *rows);
}

int run_prices(const GlobalOptions& global, const PricesOptions& options) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto slug = app::resolve_customer(workspace->rules, options.customer);
    if (!slug) return report(slug.error());
    if (!options.same_product.empty())
        if (auto merged = merge_products(*workspace, *slug, options.same_product); !merged)
            return report(merged.error());
    auto rows = workspace->price_book().prices(*slug);
    if (!rows) return report(rows.error());
    if (options.json) {
        nlohmann::json doc{{"customer", *slug},
                           {"items", nlohmann::json::array()},
                           {"history", nlohmann::json::array()}};
        for (const store::PriceRow& row : *rows)
            doc[row.current ? "items" : "history"].push_back(item_json(row));
        print_json(doc.dump());
    } else if (options.csv) {
        fmt::print("{}", app::price_list_csv(*rows, options.history));
    } else if (!options.xlsx.empty()) {
        if (auto written = app::write_price_xlsx(options.xlsx, *rows, options.history); !written)
            return report(written.error());
    } else {
        print_table(*slug, *rows, options.history);
    }
    return 0;
}

} // namespace

void add_prices(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(
        app, "prices", "a customer's price list, built from the quotes", global, run, run_prices);
    command->add_option("customer", options->customer, "customer slug or name");
    auto fix = std::make_shared<PricesFixOptions>();
    add_prices_fix(*command, fix);
    // CLI11 runs the parent's callback after the subcommand's: the list runs only alone, and
    // then wants its customer.
    command->callback([&global, &run, options, fix, command] {
        bool listing = command->get_subcommands().empty();
        if (listing && options->customer.empty()) throw CLI::RequiredError("customer");
        run = [&global, options, fix, listing] {
            return listing ? run_prices(global, *options) : run_prices_fix(global, *fix);
        };
    });
    command->add_flag("--history", options->history, "also show superseded quotes");
    auto* json = add_json_flag(command, options->json, "print JSON (always with history)");
    auto* csv = command->add_flag("--csv", options->csv, "print CSV");
    auto* xlsx = command->add_option("--xlsx", options->xlsx, "write an Excel workbook");
    command->add_option("--same-product", options->same_product,
                        "KEY=OTHER: treat product KEY as the same product as OTHER from now on "
                        "(OTHER=OTHER undoes it)");
    json->excludes(csv)->excludes(xlsx);
    csv->excludes(xlsx);
}

} // namespace mailclerk::cli
