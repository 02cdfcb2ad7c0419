// Index: a rep's corrections of price-list rows (`mailclerk prices fix`), kept apart from the
// extracted items so that reading a message again never overwrites them, and journaled so that
// `mailclerk reindex` brings them back.
#include "store/price_fixes.hpp"
#include "store/price_book.hpp"

#include "parsers/pricing/price_item.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {
namespace {

JournalFields fix_fields(const PriceFix& fix) {
    return {{"customer", fix.slug},
            {"key", fix.product_key},
            {"side", fix.side},
            {"sha256", fix.sha256},
            {"unit_price", fix.unit_price},
            {"currency", fix.currency},
            {"unit", fix.unit},
            {"not_a_price", fix.not_a_price},
            {"fixed_at", fix.fixed_at},
            {"column_from", fix.column.from},
            {"column_to", fix.column.to}};
}

bool is_agreed(const parsers::PriceItem& item) {
    return item.status == pricing::k_agreed || item.status == pricing::k_ordered;
}

} // namespace

std::string price_side(const parsers::PriceItem& item) {
    return is_agreed(item) ? "agreed" : "quote";
}

Result<std::vector<PriceFix>> Index::price_fixes(const std::string& slug) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    auto select = m_impl->statement(
        "SELECT product_key, side, sha256, unit_price, currency, unit, not_a_price, fixed_at, "
        "column_from, column_to FROM price_fixes WHERE customer_id = ?1 ORDER BY product_key, "
        "side");
    if (!select) return error_of(select);
    return collect((*select)->bind(1, *customer), [&](const Statement& s) {
        return PriceFix{slug,
                        s.column_text(0),
                        s.column_text(1),
                        s.column_text(2),
                        s.column_text(3),
                        s.column_text(4),
                        s.column_text(5),
                        s.column_int64(6) != 0,
                        s.column_int64(7),
                        {s.column_text(8), s.column_text(9)}};
    });
}

Result<std::map<std::string, std::vector<parsers::ColumnChoice>>> Index::column_choices() {
    auto select = m_impl->statement(
        "SELECT c.slug, f.column_from, f.column_to FROM price_fixes f JOIN customers c ON c.id = "
        "f.customer_id WHERE f.column_from <> '' AND NOT f.not_a_price ORDER BY f.fixed_at DESC");
    if (!select) return error_of(select);
    std::map<std::string, std::vector<parsers::ColumnChoice>> choices;
    auto ok = for_each_row(**select, [&](const Statement& s) {
        choices[s.column_text(0)].push_back({s.column_text(1), s.column_text(2)});
    });
    if (!ok) return tl::unexpected(ok.error());
    return choices;
}

Status Index::fix_price(const PriceFix& fix) {
    if (fix.side != "quote" && fix.side != "agreed")
        return tl::unexpected(
            Error{ErrorCode::usage, "a price fix is on side quote or agreed", ""});
    auto customer = m_impl->customer_id(fix.slug, false);
    if (!customer) return error_of(customer);
    return atomically(*m_impl, "fix_price", [&]() -> Status {
        auto insert = m_impl->statement(
            "INSERT OR REPLACE INTO price_fixes (customer_id, product_key, side, sha256, "
            "unit_price, currency, unit, not_a_price, fixed_at, column_from, column_to) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        if (!insert) return error_of(insert);
        Statement& s = **insert;
        s.bind(1, *customer).bind(2, fix.product_key).bind(3, fix.side).bind(4, fix.sha256);
        s.bind(5, fix.unit_price).bind(6, fix.currency).bind(7, fix.unit);
        s.bind(8, int64_t{fix.not_a_price ? 1 : 0}).bind(9, fix.fixed_at);
        s.bind(10, fix.column.from).bind(11, fix.column.to);
        if (auto ok = s.run(); !ok) return ok;
        note(*m_impl, "price_fix", fix_fields(fix));
        return {};
    });
}

Result<bool> Index::unfix_price(const std::string& slug, const std::string& key,
                                const std::string& side) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    bool removed = false;
    auto ok = atomically(*m_impl, "unfix_price", [&]() -> Status {
        auto remove = m_impl->statement(
            "DELETE FROM price_fixes WHERE customer_id = ?1 AND product_key = ?2 AND side = ?3");
        if (!remove) return error_of(remove);
        if (auto done = (*remove)->bind(1, *customer).bind(2, key).bind(3, side).run(); !done)
            return done;
        removed = m_impl->db.changes() > 0;
        if (removed)
            note(*m_impl, "price_unfix", {{"customer", slug}, {"key", key}, {"side", side}});
        return {};
    });
    if (!ok) return tl::unexpected(ok.error());
    return removed;
}

void apply_price_fixes(std::vector<PriceRow>& rows, const std::vector<PriceFix>& fixes) {
    for (const PriceFix& fix : fixes) {
        bool first = true;
        for (PriceRow& row : rows) {
            if (row.sha256 != fix.sha256 || row.item.product_key != fix.product_key ||
                price_side(row.item) != fix.side)
                continue;
            // A message's first row of a product is its price (later ones are tiers and other
            // incoterms); a row that is no price takes its tiers with it.
            if (!first && !fix.not_a_price) break;
            first = false;
            row.extracted = row.item;
            row.fix = fix;
            if (!fix.unit_price.empty()) row.item.unit_price = fix.unit_price;
            if (!fix.currency.empty()) row.item.currency = fix.currency;
            if (!fix.unit.empty()) row.item.unit = fix.unit;
        }
    }
}

Status emit_price_fixes(IndexState& impl, const std::function<Status(std::string)>& emit) {
    auto select = impl.statement(
        "SELECT c.slug, f.product_key, f.side, f.sha256, f.unit_price, f.currency, f.unit, "
        "f.not_a_price, f.fixed_at, f.column_from, f.column_to FROM price_fixes f JOIN customers c "
        "ON c.id = f.customer_id ORDER BY f.fixed_at");
    if (!select) return error_of(select);
    Status written;
    auto ok = for_each_row(**select, [&](const Statement& s) {
        if (!written) return;
        PriceFix fix{s.column_text(0),  s.column_text(1),
                     s.column_text(2),  s.column_text(3),
                     s.column_text(4),  s.column_text(5),
                     s.column_text(6),  s.column_int64(7) != 0,
                     s.column_int64(8), {s.column_text(9), s.column_text(10)}};
        written = emit(journal_line("price_fix", fix.fixed_at, fix_fields(fix)));
    });
    return ok ? written : ok;
}

} // namespace mailclerk::store
