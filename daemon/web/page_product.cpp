// GET /products?q=DN50: one product across the customers the viewer sees — each one's latest
// price for it, with its date and status, so that reps keep their prices consistent.
#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/web/app.hpp"

namespace mailclerk::web {
namespace {

constexpr size_t k_rows = 500;

std::string price_row(const Page& page, const store::ProductPrice& p) {
    const parsers::PriceItem& i = p.row.item;
    const store::CustomerRow* customer = page.snapshot->by_id(p.customer_id);
    return fmt::format(
        "<tr class=\"price{}\"><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{} {}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td><td>{}</td>"
        "<td><a href=\"/messages/{}\">{}</a></td></tr>",
        p.exact ? " exact" : "", customer ? customer_link(*customer) : escape(p.slug),
        escape(i.product), escape(i.model),
        escape(i.quantity.empty() ? "" : i.quantity + " " + i.unit), escape(i.currency),
        escape(i.unit_price), escape(i.incoterm),
        escape(p.row.quoted_at ? date_text(*p.row.quoted_at) : ""), escape(page.t(p.status)),
        direction_badge(page, p.row.direction), p.message_row, escape(page.t("source")));
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
        "<th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>"
        "<th>{}</th><th>{}</th><th>{}</th><th></th><th></th></tr></thead><tbody>{}</tbody>"
        "</table></section>",
        escape(query), shown, escape(page.t("customer")), escape(page.t("product")),
        escape(page.t("model")), escape(page.t("quantity")), escape(page.t("unit_price")),
        escape(page.t("incoterm")), escape(page.t("quoted_at")), escape(page.t("status")), rows);
    return page.html(query, body);
}

} // namespace mailclerk::web
