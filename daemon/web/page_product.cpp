// GET /products?q=DN50: one product across the customers the viewer sees — each one's latest
// quoted and latest agreed price for it side by side, with dates, so that reps keep their
// prices consistent.
#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/web/app.hpp"

namespace mailclerk::web {
namespace {

constexpr size_t k_rows = 500;

// One side of the customer's prices: price, quantity, terms, date and a link to its source;
// a notice or an order says so, and a price the customer named is marked as theirs.
std::string price_cell(const Page& page, const std::optional<store::PriceRow>& row,
                       int64_t message_row) {
    if (!row) return "<td class=\"num none\">–</td><td></td>";
    const parsers::PriceItem& i = row->item;
    std::string note;
    if (i.status == "notice" || i.status == "ordered")
        note = " " + escape(page.t("status_" + i.status));
    if (!i.quantity.empty()) note += " · " + escape(i.quantity + " " + i.unit);
    if (!i.incoterm.empty()) note += " · " + escape(i.incoterm);
    return fmt::format("<td class=\"num\">{} {}{}<small>{}</small> {}</td><td class=\"date\"><a "
                       "href=\"/messages/{}\">{}</a></td>",
                       escape(i.currency), escape(i.unit_price),
                       i.unit.empty() ? "" : "/" + escape(i.unit), note,
                       direction_badge(page, row->direction), message_row,
                       escape(row->quoted_at ? date_text(*row->quoted_at) : page.t("source")));
}

std::string price_row(const Page& page, const store::ProductPrice& p) {
    const parsers::PriceItem& i = (p.quoted ? p.quoted : p.agreed)->item;
    const store::CustomerRow* customer = page.snapshot->by_id(p.customer_id);
    return fmt::format(
        "<tr class=\"price{}\"><td>{}</td><td>{}</td><td>{}</td>{}{}</tr>", p.exact ? " exact" : "",
        customer ? customer_link(*customer) : escape(p.slug), escape(i.product), escape(i.model),
        price_cell(page, p.quoted, p.quoted_row), price_cell(page, p.agreed, p.agreed_row));
}

} // namespace

Response product_page(Page& page) {
    std::string query(utf8::trim(page.request.param("q")));
    std::string body =
        fmt::format("<h1>{}</h1><form class=\"search\" method=\"get\" action=\"/products\"><input "
                    "type=\"search\" name=\"q\" value=\"{}\" placeholder=\"{}\" autofocus> <button "
                    "type=\"submit\">{}</button></form>",
                    escape(page.t("products")), escape(query), escape(page.t("product_query")),
                    escape(page.t("search")));
    if (query.empty()) return page.html(page.t("products"), body);
    auto prices = page.index.product_prices(query, k_rows);
    if (!prices) return page.error(500, "error");
    std::string rows;
    size_t shown = 0;
    for (const store::ProductPrice& p : *prices)
        if (page.access.sees_customer(p.customer_id)) {
            rows += price_row(page, p);
            ++shown;
        }
    if (shown == 0) return page.html(query, body + "<p>" + escape(page.t("no_product")) + "</p>");
    body += fmt::format(
        "<section><h2>{} <small>({})</small></h2><table class=\"products sortable\"><thead><tr>"
        "<th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th>"
        "<th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table></section>",
        escape(query), shown, escape(page.t("customer")), escape(page.t("product")),
        escape(page.t("model")), escape(page.t("latest_quote")), escape(page.t("date")),
        escape(page.t("agreed_price")), escape(page.t("date")), rows);
    return page.html(query, body);
}

} // namespace mailclerk::web
