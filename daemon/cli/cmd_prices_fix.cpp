// mailclerk prices fix CUSTOMER ITEM [--price P] [--currency C] [--unit U] [--not-a-price]
// [--agreed] [--undo]: a rep corrects a wrong row of a customer's price list. The correction is
// recorded in the index and the journal (so `reindex` keeps it), wins over what extraction
// reads from the same message, and ends when a newer message prices the product.
#include <ctime>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/app/directory.hpp"
#include "daemon/app/price_files.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/cmd_prices_fix.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/decimal.hpp"
#include "parsers/price_terms.hpp"
#include "store/price_book.hpp"

namespace mailclerk::cli {
namespace {

constexpr const char* k_key_hint = "product keys are shown by `mailclerk prices CUSTOMER --json`";

// The product key ITEM names: a key of the list, else the one product whose model or name it is.
Result<std::string> key_of(const std::vector<store::PriceRow>& rows, const std::string& item,
                           const std::string& slug) {
    std::string key = parsers::product_key(item);
    std::set<std::string> keys;
    for (const store::PriceRow& row : rows) {
        if (row.item.product_key == key) return key;
        if (parsers::product_key(row.item.model) == key ||
            parsers::product_key(row.item.product) == key)
            keys.insert(row.item.product_key);
    }
    if (keys.size() == 1) return *keys.begin();
    if (keys.empty())
        return fail(ErrorCode::not_found,
                    fmt::format("no product '{}' in the price list of {}", item, slug), k_key_hint);
    return fail(ErrorCode::usage,
                fmt::format("'{}' names {} products of {}: {}", item, keys.size(), slug,
                            fmt::join(keys, ", ")),
                k_key_hint);
}

// The checked fields of a correction: a plain decimal price, an ISO currency (symbols and
// words read as the extractor reads them), a canonical unit when it is a known one.
Status check_fields(const PricesFixOptions& o, store::PriceFix& fix) {
    if (!o.undo && !o.not_a_price && o.price.empty() && o.currency.empty() && o.unit.empty())
        return fail(ErrorCode::usage, "prices fix wants --price, --currency, --unit, "
                                      "--not-a-price or --undo");
    if (o.not_a_price && (!o.price.empty() || !o.currency.empty() || !o.unit.empty()))
        return fail(ErrorCode::usage, "--not-a-price takes no price, currency or unit");
    if (!o.price.empty()) {
        auto decimal = parsers::parse_decimal(o.price);
        if (!decimal || o.price.find_first_not_of("0123456789.,") != std::string::npos)
            return fail(ErrorCode::usage, fmt::format("--price '{}' is not a price", o.price),
                        "write it with a decimal point: 12.80");
        fix.unit_price = *decimal;
    }
    if (!o.currency.empty()) {
        std::string upper = o.currency;
        for (char& c : upper)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        fix.currency = parsers::find_currency(upper);
        if (fix.currency.empty())
            return fail(ErrorCode::usage, fmt::format("--currency '{}' is no currency", o.currency),
                        "an ISO code such as USD, EUR, CNY");
    }
    if (!o.unit.empty()) {
        fix.unit = parsers::normalise_unit(o.unit);
        if (fix.unit.empty()) fix.unit = utf8::ascii_lower(utf8::trim(o.unit));
    }
    fix.not_a_price = o.not_a_price;
    return {};
}

std::string shown(const parsers::PriceItem& item) {
    return fmt::format("{} {}/{}", item.currency, item.unit_price,
                       item.unit.empty() ? "-" : item.unit);
}

int undo_fix(app::Workspace& workspace, const std::string& slug, const std::string& key,
             const PricesFixOptions& o) {
    auto fixes = workspace.index->price_fixes(slug);
    if (!fixes) return report(fixes.error());
    std::string side = o.agreed ? "agreed" : "";
    for (const store::PriceFix& fix : *fixes)
        if (fix.product_key == key && side.empty()) side = fix.side;
    if (side.empty()) side = "quote";
    auto removed = workspace.index->unfix_price(slug, key, side);
    if (!removed) return report(removed.error());
    if (!*removed)
        return report(fail(ErrorCode::not_found,
                           fmt::format("no correction of '{}' ({}) for {}", o.item, side, slug))
                          .value());
    fmt::print("undone: the correction of {} ({}) for {}\n", key, side, slug);
    return 0;
}

int add_fix(app::Workspace& workspace, const std::string& slug, const std::string& key,
            const std::vector<store::PriceRow>& rows, const PricesFixOptions& o) {
    store::PriceFix fix;
    if (auto checked = check_fields(o, fix); !checked) return report(checked.error());
    // The side: as asked, else the quote when the product has one, else its agreed price.
    std::string side = o.agreed ? "agreed" : "quote";
    std::vector<std::string> sides{side};
    if (!o.agreed) sides.emplace_back("agreed");
    const store::PriceRow* target = nullptr;
    for (const std::string& candidate : sides)
        for (const store::PriceRow& row : rows)
            if (target == nullptr && row.current && row.item.product_key == key &&
                store::price_side(row.item) == candidate)
                target = &row;
    if (target == nullptr)
        return report(fail(ErrorCode::not_found,
                           fmt::format("{} has no current {} price of '{}'", slug, side, o.item),
                           k_key_hint)
                          .value());
    side = store::price_side(target->item);
    // A second correction of the same row adds to the first (--unit after --price).
    if (target->fix && !fix.not_a_price) {
        if (fix.unit_price.empty()) fix.unit_price = target->fix->unit_price;
        if (fix.currency.empty()) fix.currency = target->fix->currency;
        if (fix.unit.empty()) fix.unit = target->fix->unit;
    }
    fix.slug = slug;
    fix.product_key = key;
    fix.side = side;
    fix.sha256 = target->sha256;
    fix.fixed_at = static_cast<int64_t>(std::time(nullptr));
    if (auto saved = workspace.index->fix_price(fix); !saved) return report(saved.error());
    const parsers::PriceItem& was = target->extracted ? *target->extracted : target->item;
    if (fix.not_a_price)
        fmt::print("fixed: {} ({}) of {} is no price; was {}\n", key, side, slug, shown(was));
    else
        fmt::print("fixed: {} ({}) of {} now {} {}/{}; extracted {}\n", key, side, slug,
                   fix.currency.empty() ? was.currency : fix.currency,
                   fix.unit_price.empty() ? was.unit_price : fix.unit_price,
                   fix.unit.empty() ? (was.unit.empty() ? "-" : was.unit) : fix.unit, shown(was));
    return 0;
}

} // namespace

int run_prices_fix(const GlobalOptions& global, const PricesFixOptions& o) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto slug = app::resolve_customer(workspace->rules, o.customer);
    if (!slug) return report(slug.error());
    auto rows = workspace->index->prices(*slug);
    if (!rows) return report(rows.error());
    auto key = key_of(*rows, o.item, *slug);
    if (!key) return report(key.error());
    int code =
        o.undo ? undo_fix(*workspace, *slug, *key, o) : add_fix(*workspace, *slug, *key, *rows, o);
    if (code != 0) return code;
    // The archive's price-list.csv shows what `prices` shows.
    auto after = workspace->index->prices(*slug);
    if (!after) return report(after.error());
    if (auto written = app::write_price_list(workspace->archive->root(), *slug, *after); !written)
        return report(written.error());
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
