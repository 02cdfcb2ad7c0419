// GET /search: the CLI's query language, filters as controls, highlighted snippets, results
// grouped by conversation, paging. Reps search only within the customers they see (in SQL,
// before paging).
#include <regex>

#include <fmt/format.h>

#include "common/doc_kinds.hpp"
#include "daemon/web/app.hpp"
#include "store/search_threads.hpp"

namespace mailclerk::web {
namespace {

constexpr int64_t k_page_size = 20;
constexpr int64_t k_max_page = 500;

// The snippet's [matched] words as <mark>, everything else escaped.
std::string highlighted(const std::string& snippet) {
    std::string out;
    size_t pos = 0;
    while (pos < snippet.size()) {
        size_t open = snippet.find('[', pos);
        size_t close = open == std::string::npos ? open : snippet.find(']', open);
        if (close == std::string::npos) {
            out += escape(snippet.substr(pos));
            break;
        }
        out += escape(snippet.substr(pos, open - pos));
        out += "<mark>" + escape(snippet.substr(open + 1, close - open - 1)) + "</mark>";
        pos = close + 1;
    }
    return out;
}

bool valid_day(const std::string& day) {
    static const std::regex k_day(R"(\d{4}-\d{2}-\d{2})");
    return std::regex_match(day, k_day);
}

// The query the controls stand for: the text box plus each chosen filter, values checked
// against their lists so no control can inject query syntax.
std::string full_query(const Page& page) {
    std::string query = page.request.param("q");
    std::string customer = page.request.param("customer");
    if (const auto* row = page.snapshot->by_slug(customer);
        row && page.access.sees_customer(row->id))
        query += " customer:\"" + row->slug + "\"";
    std::string kind = page.request.param("kind");
    if (auto known = doc_kind_named(kind); known && *known != DocKind::other)
        query += " kind:" + kind;
    std::string direction = page.request.param("direction");
    if (direction == "inbound" || direction == "outbound" || direction == "internal")
        query += " direction:" + direction;
    if (std::string after = page.request.param("after"); valid_day(after))
        query += " after:" + after;
    if (std::string before = page.request.param("before"); valid_day(before))
        query += " before:" + before;
    if (page.request.param("has") == "attachment") query += " has:attachment";
    return query;
}

std::string option(const std::string& value, const std::string& label, const std::string& chosen) {
    return "<option value=\"" + escape(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
           escape(label) + "</option>";
}

std::string controls(const Page& page) {
    const Request& r = page.request;
    std::string customers = option("", page.t("any"), r.param("customer"));
    for (const auto& c : page.snapshot->customers)
        if (page.access.sees_customer(c.id))
            customers += option(c.slug, c.name.empty() ? c.slug : c.name, r.param("customer"));
    std::string kinds = option("", page.t("any"), r.param("kind"));
    for (const DocKindInfo& kind : doc_kinds())
        if (kind.kind != DocKind::other)
            kinds += option(std::string(kind.name), page.t(kind.name), r.param("kind"));
    std::string directions = option("", page.t("any"), r.param("direction"));
    for (const char* direction : {"inbound", "outbound", "internal"})
        directions += option(direction, page.t(direction), r.param("direction"));
    return fmt::format(
        "<form method=\"get\" action=\"/search\" class=\"search\" role=\"search\">"
        "<input type=\"search\" name=\"q\" value=\"{}\" placeholder=\"{}\" aria-label=\"{}\">"
        "<button type=\"submit\">{}</button><div class=\"filters\">"
        "<label>{}<select name=\"customer\">{}</select></label>"
        "<label>{}<select name=\"kind\">{}</select></label>"
        "<label>{}<select name=\"direction\">{}</select></label>"
        "<label>{}<input type=\"date\" name=\"after\" value=\"{}\"></label>"
        "<label>{}<input type=\"date\" name=\"before\" value=\"{}\"></label>"
        "<label class=\"check\"><input type=\"checkbox\" name=\"has\" value=\"attachment\"{}>{}"
        "</label></div></form>",
        escape(r.param("q")), escape(page.t("query")), escape(page.t("search")),
        escape(page.t("search")), escape(page.t("customer")), customers, escape(page.t("kind")),
        kinds, escape(page.t("direction")), directions, escape(page.t("after")),
        escape(valid_day(r.param("after")) ? r.param("after") : ""), escape(page.t("before")),
        escape(valid_day(r.param("before")) ? r.param("before") : ""),
        r.param("has") == "attachment" ? " checked" : "", escape(page.t("has_attachment")));
}

std::string hit_html(const Page& page, const store::SearchHit& hit) {
    std::string customers;
    for (const std::string& slug : hit.customers)
        if (const auto* row = page.snapshot->by_slug(slug);
            row && page.access.sees_customer(row->id))
            customers += customer_link(*row) + " ";
    std::string attachment = hit.attachment.empty()
                                 ? ""
                                 : "<span class=\"clip\">↓ " + escape(hit.attachment) + "</span>";
    return fmt::format("<li class=\"hit\"><div class=\"meta\"><span class=\"date\">{}</span> {} "
                       "<span class=\"from\">{}</span> {} {}</div><a class=\"subject\" "
                       "href=\"/messages/{}\">{}</a><p class=\"snippet\">{}</p>{}</li>",
                       date_text(hit.date), direction_badge(page, hit.direction), escape(hit.from),
                       kind_label(page, hit.kind), customers, hit.id,
                       escape(hit.subject.empty() ? "—" : hit.subject), highlighted(hit.snippet),
                       attachment);
}

std::string page_link(const Page& page, int64_t number, const std::string& label) {
    std::string url = "/search?";
    for (const auto& [key, value] : page.request.query)
        if (key != "page" && key != "lang")
            url += percent_encode(key) + "=" + percent_encode(value) + "&";
    url += "page=" + std::to_string(number);
    return "<a href=\"" + escape(url) + "\" rel=\"" + (label == "next" ? "next" : "prev") + "\">" +
           escape(page.t(label)) + "</a>";
}

} // namespace

Response search_page(Page& page) {
    std::string body = "<h1>" + escape(page.t("search")) + "</h1>" + controls(page);
    std::string query = full_query(page);
    bool asked = query.find_first_not_of(' ') != std::string::npos;
    int64_t number = 1;
    if (std::string given = page.request.param("page"); !given.empty()) {
        auto parsed = parse_id(given);
        if (!parsed || *parsed > k_max_page) return page.error(400, "bad_request");
        number = *parsed;
    }
    store::SearchRequest request;
    // With nothing asked: the newest mail the viewer may see.
    request.query = asked ? query : "after:1900";
    request.limit = k_page_size;
    request.offset = (number - 1) * k_page_size;
    request.within_customers = page.access.within();
    auto results = page.index.search(request);
    if (!results) {
        if (results.error().code == ErrorCode::usage)
            return page.html(
                page.t("search"),
                body + "<p class=\"notice\">" + escape(results.error().message) + "</p>", 400);
        return page.error(500, "error");
    }
    body += fmt::format("<p class=\"count\">{}{} {}</p>", results->total,
                        results->total_exact ? "" : "+", escape(page.t("results")));
    if (results->results.empty()) body += "<p>" + escape(page.t("no_results")) + "</p>";
    for (const store::SearchThread& thread : store::group_threads(results->results)) {
        body += "<section class=\"thread\">";
        if (thread.hits.size() > 1)
            body += fmt::format("<h2 class=\"thread-title\">{} · {} {}</h2>",
                                escape(page.t("conversation")), thread.hits.size(),
                                escape(page.t("messages")));
        body += "<ol class=\"hits\">";
        for (size_t i : thread.hits)
            body += hit_html(page, results->results[i]);
        body += "</ol></section>";
    }
    std::string pager;
    if (number > 1) pager += page_link(page, number - 1, "previous");
    if (number * k_page_size < results->total && number < k_max_page)
        pager += page_link(page, number + 1, "next");
    if (!pager.empty()) body += "<nav class=\"pager\">" + pager + "</nav>";
    return page.html(page.t("search"), body);
}

} // namespace mailclerk::web
