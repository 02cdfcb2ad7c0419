// GET /customers/<slug>: the customer's card, contacts, timeline, documents by kind and price
// list with a sparkline per product; /customers/<slug>/prices.(csv|xlsx) downloads.
#include <algorithm>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "common/doc_kinds.hpp"
#include "common/log.hpp"
#include "daemon/app/exports.hpp"
#include "daemon/app/price_corrections.hpp"
#include "daemon/app/price_files.hpp"
#include "daemon/web/app.hpp"

namespace mailclerk::web {
namespace {

constexpr int64_t k_timeline_rows = 200;
constexpr int64_t k_document_rows = 200; // the rest through search (all_documents)
constexpr size_t k_history_rows = 200;   // superseded quotes shown; the downloads have them all

std::string size_text(int64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " B";
    if (bytes < 1024 * 1024) return std::to_string(bytes / 1024) + " KB";
    return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

std::string attachment_link(int64_t message, const store::MessageAttachment& a) {
    std::string name = a.filename.empty() ? "attachment-" + std::to_string(a.idx + 1) : a.filename;
    return fmt::format("<a class=\"file\" href=\"/messages/{}/attachments/{}\" download>{}</a>",
                       message, a.idx, escape(name));
}

// The customer's visible card: category, grade, owner, last contact, badges.
std::string card(const Page& page, const store::CustomerRow& c, const app::RosterLine* line) {
    std::string badges;
    if (line && line->dormant)
        badges += "<span class=\"badge dormant\">" + escape(page.t("dormant")) + "</span>";
    if (line && line->follow_up_due)
        badges += "<span class=\"badge follow-up\">" + escape(page.t("follow_up")) + "</span>";
    std::string grade = line ? line->grade : c.grade;
    std::string last = !line || line->last_contact == 0
                           ? page.t("never")
                           : fmt::format("{} ({} {})", date_text(line->last_contact),
                                         line->days_since_contact, page.t("days"));
    return fmt::format(
        "<h1>{} {}</h1><dl class=\"card\"><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>"
        "<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>"
        "</dl>",
        escape(c.name.empty() ? c.slug : c.name), badges, escape(page.t("category")),
        escape(page.t(c.category)), escape(page.t("grade")), escape(grade.empty() ? "—" : grade),
        escape(page.t("owner")), escape(c.owner.empty() ? "—" : c.owner),
        escape(page.t("last_contact")), escape(last), escape(page.t("last_inbound")),
        escape(line ? date_text(line->stats.last_inbound) : ""), escape(page.t("last_outbound")),
        escape(line ? date_text(line->stats.last_outbound) : ""));
}

std::string contacts_table(const Page& page, const std::vector<store::ContactRow>& contacts) {
    if (contacts.empty()) return "";
    std::string rows;
    for (const auto& c : contacts)
        rows += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{} / {}</td><td>{}</td></tr>",
                            escape(c.name), escape(c.address), escape(c.phone), c.count_in,
                            c.count_out, date_text(c.last_seen));
    return fmt::format("<section><h2>{}</h2><table class=\"sortable\"><thead><tr><th>{}</th>"
                       "<th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}"
                       "</tbody></table></section>",
                       escape(page.t("contacts")), escape(page.t("name")), escape(page.t("email")),
                       escape(page.t("phone")), escape(page.t("seen")),
                       escape(page.t("last_contact")), rows);
}

std::string timeline(const Page& page, const std::vector<store::TimelineEntry>& entries,
                     int64_t total) {
    std::string rows;
    for (const auto& e : entries) {
        std::string files;
        for (const auto& a : e.attachments)
            if (!is_technical(a)) files += attachment_link(e.id, a) + " ";
        rows += fmt::format("<tr><td class=\"date\">{}</td><td>{}</td><td><a "
                            "href=\"/messages/{}\">{}</a><div class=\"who\">{}</div></td><td>{}"
                            "</td><td>{}</td></tr>",
                            date_text(e.date), direction_badge(page, e.direction), e.id,
                            escape(e.subject.empty() ? "—" : e.subject), escape(e.counterpart),
                            kind_label(page, e.kind), files);
    }
    std::string note = total > static_cast<int64_t>(entries.size())
                           ? fmt::format(" <small>({} {} / {})</small>",
                                         escape(page.t("showing_latest")), entries.size(), total)
                           : fmt::format(" <small>({})</small>", total);
    return fmt::format("<section id=\"timeline\"><h2>{}{}</h2><table class=\"timeline\"><thead><tr>"
                       "<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>"
                       "{}</tbody></table></section>",
                       escape(page.t("timeline")), note, escape(page.t("date")),
                       escape(page.t("direction")), escape(page.t("subject")),
                       escape(page.t("kind")), escape(page.t("attachments")), rows);
}

std::string documents(const Page& page, const store::CustomerRow& c,
                      const std::vector<store::DocumentRow>& docs) {
    std::string out;
    for (const DocKindInfo& kind : doc_kinds()) {
        std::string items;
        for (const auto& d : docs)
            if (d.attachment.kind == kind.name && !is_technical(d.attachment))
                items +=
                    fmt::format("<li>{} <span class=\"date\">{}</span> {} <small>{}</small>"
                                "</li>",
                                attachment_link(d.message_id, d.attachment), date_text(d.date),
                                direction_badge(page, d.direction), size_text(d.attachment.size));
        if (!items.empty())
            out += fmt::format("<div class=\"kind-group\"><h3>{}</h3><ul>{}</ul></div>",
                               escape(page.t(kind.name)), items);
    }
    if (out.empty()) return "";
    std::string more;
    if (static_cast<int64_t>(docs.size()) >= k_document_rows)
        more = fmt::format(" <small>({} {} · <a href=\"/search?q={}\">{}</a>)</small>",
                           escape(page.t("showing_latest")), docs.size(),
                           escape(percent_encode("customer:" + c.slug + " has:attachment")),
                           escape(page.t("all_documents")));
    return "<section id=\"documents\"><h2>" + escape(page.t("documents")) + more + "</h2>" + out +
           "</section>";
}

// An inline SVG line of the product's unit prices over time (one currency), "" for < 2.
std::string sparkline(std::vector<std::pair<int64_t, double>> points) {
    if (points.size() < 2) return "";
    std::sort(points.begin(), points.end());
    if (points.size() > 60) points.erase(points.begin(), points.end() - 60); // the latest 60
    double low = points.front().second, high = low;
    for (const auto& p : points) {
        low = std::min(low, p.second);
        high = std::max(high, p.second);
    }
    double first = static_cast<double>(points.front().first);
    double span = std::max(1.0, static_cast<double>(points.back().first) - first);
    double range = high - low > 0 ? high - low : 1.0;
    std::string line;
    for (const auto& [when, price] : points)
        line += fmt::format("{:.1f},{:.1f} ", 2 + 96 * (static_cast<double>(when) - first) / span,
                            22 - 20 * (price - low) / range);
    return fmt::format("<svg class=\"spark\" viewBox=\"0 0 100 24\" width=\"100\" height=\"24\" "
                       "role=\"img\" aria-label=\"{:g} – {:g}\"><polyline fill=\"none\" "
                       "stroke=\"currentColor\" stroke-width=\"1.5\" points=\"{}\"/></svg>",
                       low, high, line);
}

// Where the session's CSRF field goes in the cached price list: the list is cached for every
// viewer, the field is the viewer's own (customer_page puts it in).
constexpr std::string_view k_csrf_mark = "<!--csrf-->";

// A current row's correction form (POST /customers/<slug>/prices/fix): a price, currency or
// unit, "not a price", and "undo" when the row is corrected.
std::string fix_form(const Page& page, const std::string& slug, const store::PriceRow& row) {
    const auto& i = row.item;
    std::string undo = row.fix ? fmt::format("<button name=\"action\" value=\"undo\">{}</button>",
                                             escape(page.t("undo_fix")))
                               : "";
    return fmt::format(
        "<details class=\"fix\"><summary>{}</summary><form method=\"post\" "
        "action=\"/customers/{}/prices/fix\">{}<input type=\"hidden\" name=\"item\" "
        "value=\"{}\"><input type=\"hidden\" name=\"side\" value=\"{}\"><input name=\"price\" "
        "inputmode=\"decimal\" size=\"8\" placeholder=\"{}\" aria-label=\"{}\"><input "
        "name=\"currency\" size=\"4\" placeholder=\"{}\" aria-label=\"{}\"><input name=\"unit\" "
        "size=\"5\" placeholder=\"{}\" aria-label=\"{}\"><button name=\"action\" "
        "value=\"fix\">{}</button><button name=\"action\" value=\"not_a_price\">{}</button>{}"
        "</form></details>",
        escape(page.t("correct")), slug, k_csrf_mark, escape(i.product_key),
        escape(store::price_side(i)), escape(i.unit_price), escape(page.t("unit_price")),
        escape(i.currency), escape(page.t("currency")), escape(i.unit), escape(page.t("unit")),
        escape(page.t("save")), escape(page.t("not_a_price")), undo);
}

std::string price_row(const Page& page, const store::PriceRow& row, const std::string& spark,
                      const std::string& form) {
    const auto& i = row.item;
    // Which kind of price this is: a list shows the latest quote and the latest agreed price of
    // a product beside each other.
    std::string status = i.status.empty() ? std::string(pricing::k_quoted) : i.status;
    std::string corrected = row.fix
                                ? fmt::format(" <span class=\"price-fixed\" title=\"{}\">*</span>",
                                              escape(page.t("corrected")))
                                : "";
    return fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{} "
                       "{}{} <span class=\"price-status\">{}</span></td><td>{}</td><td>{}</td>"
                       "<td>{}</td><td>{}</td><td>{}</td></tr>",
                       escape(i.product), escape(i.model),
                       escape(i.quantity.empty() ? "" : i.quantity + " " + i.unit),
                       escape(i.currency), escape(i.unit_price), corrected,
                       escape(page.t("status_" + status)), escape(i.incoterm),
                       escape(row.quoted_at ? date_text(*row.quoted_at) : ""), spark,
                       direction_badge(page, row.direction), form);
}

std::string prices(const Page& page, const store::CustomerRow& c,
                   const std::vector<store::PriceRow>& rows) {
    std::string slug = escape(percent_encode(c.slug));
    std::string header = fmt::format(
        "<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th></th><th></th></tr></thead>",
        escape(page.t("product")), escape(page.t("model")), escape(page.t("quantity")),
        escape(page.t("unit_price")), escape(page.t("incoterm")), escape(page.t("quoted_at")),
        escape(page.t("trend")));
    // Each product's quotes in one currency, gathered in one pass: a big customer has tens of
    // thousands of items.
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<int64_t, double>>> series;
    for (const auto& row : rows)
        if (row.quoted_at)
            series[{row.item.product_key, row.item.currency}].emplace_back(
                *row.quoted_at, std::strtod(row.item.unit_price.c_str(), nullptr));
    std::string current, history;
    size_t superseded = 0, shown = 0;
    for (const auto& row : rows) {
        if (row.current) {
            current +=
                price_row(page, row, sparkline(series[{row.item.product_key, row.item.currency}]),
                          fix_form(page, slug, row));
        } else if (++superseded <= k_history_rows) {
            history += price_row(page, row, "", "");
            ++shown;
        }
    }
    if (superseded > shown)
        history += fmt::format("<tr><td colspan=\"9\">{} {} / {} · CSV · XLSX</td></tr>",
                               escape(page.t("showing_latest")), shown, superseded);
    std::string out = fmt::format(
        "<section id=\"prices\"><h2>{}</h2><p class=\"downloads\">{}: <a "
        "href=\"/customers/{}/prices.csv\">CSV</a> · <a href=\"/customers/{}/prices.xlsx\">XLSX</a>"
        "</p>",
        escape(page.t("prices")), escape(page.t("download")), slug, slug);
    if (current.empty()) return out + "<p>" + escape(page.t("no_prices")) + "</p></section>";
    out += "<table class=\"prices sortable\">" + header + "<tbody>" + current + "</tbody></table>";
    if (!history.empty())
        out += "<details><summary>" + escape(page.t("price_history")) +
               "</summary><table class=\"prices\">" + header + "<tbody>" + history +
               "</tbody></table></details>";
    return out + "</section>";
}

// How many messages the timeline stands for: what it lists when that is less than a page, else
// the roster's count (refreshed in the background, so it may trail the newest mail a little).
int64_t timeline_total(const std::vector<store::TimelineEntry>& entries,
                       const app::RosterLine* line) {
    auto listed = static_cast<int64_t>(entries.size());
    if (listed < k_timeline_rows || !line) return listed;
    return std::max(listed, line->stats.messages);
}

// The customer of this slug (or former slug) if the viewer sees it.
const store::CustomerRow* visible_customer(Page& page, const std::string& slug) {
    const store::CustomerRow* row = page.snapshot->by_slug(slug);
    if (!row || !page.access.sees_customer(row->id)) return nullptr;
    return row;
}

} // namespace

Response customer_page(Page& page, const std::string& slug) {
    const store::CustomerRow* c = visible_customer(page, slug);
    if (!c) return page.error(404, "not_found");
    auto roster = page.app.roster(page.index);
    if (!roster) {
        log::error("web: customer page {}: roster: {}", c->slug, roster.error().message);
        return page.error(500, "error");
    }
    const app::RosterLine* line = nullptr;
    for (const auto& l : **roster)
        if (l.stats.customer.id == c->id) line = &l;
    auto people = page.index.contacts(c->slug);
    auto events = page.index.timeline(c->id, k_timeline_rows);
    auto docs = page.index.documents(c->id, k_document_rows);
    auto version = page.index.price_version(c->id);
    if (!people || !events || !docs || !version) {
        const Error& e = !people   ? people.error()
                         : !events ? events.error()
                         : !docs   ? docs.error()
                                   : version.error();
        log::error("web: customer page {}: {}", c->slug, e.message);
        return page.error(500, "error");
    }
    auto price_list = page.app.cached_prices(c->id, page.lang, *version);
    if (!price_list) {
        auto rows = page.index.prices(c->slug);
        if (!rows) {
            log::error("web: customer page {}: prices: {}", c->slug, rows.error().message);
            return page.error(500, "error");
        }
        price_list = prices(page, *c, *rows);
        page.app.cache_prices(c->id, page.lang, *version, *price_list);
    }
    std::string list = *price_list;
    for (size_t at = list.find(k_csrf_mark); at != std::string::npos;
         at = list.find(k_csrf_mark, at))
        list.replace(at, k_csrf_mark.size(), page.csrf_field());
    std::string body = card(page, *c, line) + customer_items(page, c->id) + list +
                       timeline(page, *events, timeline_total(*events, line)) +
                       documents(page, *c, *docs) + contacts_table(page, *people);
    return page.html(c->name.empty() ? c->slug : c->name, body);
}

Response customer_export(Page& page, const std::string& slug, const std::string& file) {
    const store::CustomerRow* c = visible_customer(page, slug);
    if (!c || (file != "prices.csv" && file != "prices.xlsx")) return page.error(404, "not_found");
    auto rows = page.index.prices(c->slug);
    if (!rows) return page.error(500, "error");
    Response response;
    if (file == "prices.csv") {
        response.content_type = "text/csv; charset=utf-8";
        response.body = app::price_list_csv(*rows, true);
    } else {
        auto bytes = xlsx_bytes([&](const std::filesystem::path& path) {
            return app::write_price_xlsx(path, *rows, true);
        });
        if (!bytes) return page.error(500, "error");
        response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.body = std::move(*bytes);
    }
    if (!page.audit("export", file, c->slug, "")) return page.error(500, "error");
    response.headers.emplace_back("Content-Disposition",
                                  content_disposition(c->slug + "-" + file, false));
    return response;
}

Response price_fix(Page& page, const std::string& slug) {
    const store::CustomerRow* c = visible_customer(page, slug);
    if (!c) return page.error(404, "not_found");
    auto field = [&](const char* name) {
        auto it = page.request.form.find(name);
        return it == page.request.form.end() ? std::string() : it->second;
    };
    std::string action = field("action");
    app::PriceCorrection correction{field("item"),           field("price"),
                                    field("currency"),       field("unit"),
                                    action == "not_a_price", field("side") == "agreed"};
    if (correction.item.empty() || correction.item.size() > 300 ||
        (action != "fix" && action != "not_a_price" && action != "undo"))
        return page.error(400, "bad_request");
    if (action == "not_a_price") correction.price = correction.currency = correction.unit = "";
    // The writer's own connection, as the CLI opens it: the web's readers stay read-only.
    auto workspace = app::open_writer(page.app.settings().config_flag);
    if (!workspace) {
        log::error("web: price fix {}: {}", c->slug, workspace.error().message);
        return page.error(500, "error");
    }
    auto done = action == "undo" ? app::undo_correction(*workspace, c->slug, correction)
                                 : app::correct_price(*workspace, c->slug, correction);
    if (!done) {
        const Error& e = done.error();
        if (e.code != ErrorCode::usage && e.code != ErrorCode::not_found) {
            log::error("web: price fix {} {}: {}", c->slug, correction.item, e.message);
            return page.error(500, "error");
        }
        // What the rep typed was wrong: say what, the way the command line says it.
        return page.html(page.t("prices"),
                         fmt::format("<p class=\"error\">{}</p><p><a href=\"/customers/{}#prices\">"
                                     "{}</a></p>",
                                     escape(e.message), escape(percent_encode(c->slug)),
                                     escape(c->name.empty() ? c->slug : c->name)),
                         400);
    }
    log::info("web: price fix {} {} ({}) {} by {}", c->slug, done->key, done->side, action,
              page.session.viewer.name);
    page.app.forget_caches();
    Response response;
    response.status = 303;
    response.headers.emplace_back("Location", "/customers/" + percent_encode(c->slug) + "#prices");
    return response;
}

} // namespace mailclerk::web
