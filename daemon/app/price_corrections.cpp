#include "daemon/app/price_corrections.hpp"

#include <algorithm>
#include <ctime>
#include <set>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/app/archived.hpp"
#include "daemon/app/price_files.hpp"
#include "parsers/decimal.hpp"
#include "parsers/document.hpp"
#include "parsers/price_terms.hpp"
#include "parsers/understand.hpp"
#include "store/price_book.hpp"

namespace mailclerk::app {
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
Status check_fields(const PriceCorrection& o, store::PriceFix& fix) {
    if (!o.not_a_price && o.price.empty() && o.currency.empty() && o.unit.empty())
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

// The column of the row's table that held the corrected price (parsers::implied_price_column);
// empty when the row came from no table, the message cannot be read, or the price stood in no
// other column or in several.
Result<parsers::ColumnChoice> column_shown(app::Workspace& workspace, const store::PriceRow& row,
                                           const std::string& price) {
    auto understood = understand_archived(workspace, row.sha256, parsers::Depth::match);
    if (!understood) return tl::unexpected(understood.error());
    if (!*understood) return parsers::ColumnChoice{};
    const parsers::Message& message = (*understood)->message;
    const parsers::PriceItem& item = row.extracted ? *row.extracted : row.item;
    auto column = parsers::implied_price_column(message, (*understood)->classification.kind,
                                                parsers::read_documents(message), item, price);
    return column ? *column : parsers::ColumnChoice{};
}

// The customer's priced messages read again with the price columns the corrections show now,
// in one transaction: every table of that layout in the list reads the same way, as a
// `reindex` would read it.
Status reread_prices(app::Workspace& workspace, const std::string& slug) {
    store::PriceCorrections& corrections = workspace.price_corrections();
    auto choices = corrections.column_choices();
    if (!choices) return tl::unexpected(choices.error());
    workspace.rules.column_choices = std::move(*choices);
    auto messages = corrections.priced_messages(slug);
    if (!messages) return tl::unexpected(messages.error());
    store::Writer& index = workspace.writer();
    if (auto begun = index.begin(); !begun) return begun;
    Status status;
    for (const auto& [row, sha256] : *messages) {
        auto understood = understand_archived(workspace, sha256, parsers::Depth::documents);
        if (!understood) status = tl::unexpected(understood.error());
        if (!status) break;
        if (!*understood) continue;
        const parsers::Understanding& u = **understood;
        status = index.replace_prices(row, u.message, u.classification, u.prices);
        if (!status) break;
    }
    if (status) return index.commit();
    index.rollback();
    return status;
}

// The current row of the product on the side asked: the quote when the product has one, else
// its agreed price (or only the agreed side when asked).
const store::PriceRow* current_row(const std::vector<store::PriceRow>& rows, const std::string& key,
                                   bool agreed) {
    std::vector<std::string> sides{agreed ? "agreed" : "quote"};
    if (!agreed) sides.emplace_back("agreed");
    for (const std::string& side : sides)
        for (const store::PriceRow& row : rows)
            if (row.current && row.item.product_key == key && store::price_side(row.item) == side)
                return &row;
    return nullptr;
}

// The customer's price-list.csv shows what `prices` shows.
Status rewrite_list(Workspace& workspace, const std::string& slug) {
    auto after = workspace.price_book().prices(slug);
    if (!after) return tl::unexpected(after.error());
    return write_price_list(workspace.archive->root(), slug, *after);
}

// The customer's list and the product key ITEM names in it.
struct Named {
    std::vector<store::PriceRow> rows;
    std::string key;
};

Result<Named> named_row(store::PriceBook& book, const std::string& slug, const std::string& item) {
    auto rows = book.prices(slug);
    if (!rows) return tl::unexpected(rows.error());
    auto key = key_of(*rows, item, slug);
    if (!key) return tl::unexpected(key.error());
    return Named{std::move(*rows), std::move(*key)};
}

} // namespace

Result<CorrectionDone> correct_price(Workspace& workspace, const std::string& slug,
                                     const PriceCorrection& o) {
    store::PriceCorrections& corrections = workspace.price_corrections();
    auto named = named_row(workspace.price_book(), slug, o.item);
    if (!named) return tl::unexpected(named.error());
    const std::string& key = named->key;
    store::PriceFix fix;
    if (auto checked = check_fields(o, fix); !checked) return tl::unexpected(checked.error());
    const store::PriceRow* target = current_row(named->rows, key, o.agreed);
    if (target == nullptr)
        return fail(ErrorCode::not_found,
                    fmt::format("{} has no current {} price of '{}'", slug,
                                o.agreed ? "agreed" : "quote", o.item),
                    k_key_hint);
    // A second correction of the same row adds to the first (--unit after --price).
    if (target->fix && !fix.not_a_price) {
        if (fix.unit_price.empty()) fix.unit_price = target->fix->unit_price;
        if (fix.currency.empty()) fix.currency = target->fix->currency;
        if (fix.unit.empty()) fix.unit = target->fix->unit;
        if (o.price.empty()) fix.column = target->fix->column;
    }
    fix.slug = slug;
    fix.product_key = key;
    fix.side = store::price_side(target->item);
    fix.sha256 = target->sha256;
    fix.fixed_at = static_cast<int64_t>(std::time(nullptr));
    if (!o.price.empty()) {
        auto column = column_shown(workspace, *target, fix.unit_price);
        if (!column) return tl::unexpected(column.error());
        fix.column = std::move(*column);
    }
    CorrectionDone done{key, fix.side, target->extracted ? *target->extracted : target->item, fix};
    if (auto saved = corrections.fix_price(fix); !saved) return tl::unexpected(saved.error());
    if (!fix.column.from.empty())
        if (auto reread = reread_prices(workspace, slug); !reread)
            return tl::unexpected(reread.error());
    if (auto written = rewrite_list(workspace, slug); !written)
        return tl::unexpected(written.error());
    return done;
}

Result<CorrectionDone> undo_correction(Workspace& workspace, const std::string& slug,
                                       const PriceCorrection& o) {
    store::PriceCorrections& corrections = workspace.price_corrections();
    auto named = named_row(workspace.price_book(), slug, o.item);
    if (!named) return tl::unexpected(named.error());
    const std::string& key = named->key;
    auto fixes = corrections.price_fixes(slug);
    if (!fixes) return tl::unexpected(fixes.error());
    // The side asked, else the side that was corrected, else the quote's.
    const store::PriceFix* undone = nullptr;
    for (const store::PriceFix& fix : *fixes)
        if (fix.product_key == key && (!o.agreed || fix.side == "agreed") && undone == nullptr)
            undone = &fix;
    std::string side = undone ? undone->side : o.agreed ? "agreed" : "quote";
    auto removed = corrections.unfix_price(slug, key, side);
    if (!removed) return tl::unexpected(removed.error());
    if (!*removed || undone == nullptr)
        return fail(ErrorCode::not_found,
                    fmt::format("no correction of '{}' ({}) for {}", o.item, side, slug));
    CorrectionDone done{key, side, {}, *undone};
    if (!undone->column.from.empty())
        if (auto reread = reread_prices(workspace, slug); !reread)
            return tl::unexpected(reread.error());
    if (auto written = rewrite_list(workspace, slug); !written)
        return tl::unexpected(written.error());
    return done;
}

} // namespace mailclerk::app
