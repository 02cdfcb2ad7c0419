// GET /roster: the four categories, sortable, grade and contact dates, dormant and follow-up
// badges; for managers the candidate customers with promote / ignore (CSRF-checked POSTs that
// go through the same code as `mailclerk customers promote|ignore`). /roster.(csv|xlsx).
#include <algorithm>

#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/directory.hpp"
#include "daemon/app/exports.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/web/app.hpp"

namespace mailclerk::web {
namespace {

std::vector<app::RosterLine> visible_lines(Page& page, const std::vector<app::RosterLine>& all) {
    std::vector<app::RosterLine> out;
    for (const auto& line : all)
        if (page.access.sees_customer(line.stats.customer.id)) out.push_back(line);
    return out;
}

void sort_lines(std::vector<app::RosterLine>& lines, const std::string& by) {
    auto key = [&](const app::RosterLine& l) -> std::tuple<std::string, int64_t> {
        if (by == "grade") return {l.grade.empty() ? "Z" : l.grade, 0};
        if (by == "owner") return {l.stats.customer.owner, 0};
        if (by == "messages") return {"", -l.stats.messages};
        if (by == "last") return {"", -l.last_contact};
        return {l.stats.customer.name, 0};
    };
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const auto& a, const auto& b) { return key(a) < key(b); });
}

std::string category_table(const Page& page, const std::string& category,
                           const std::vector<app::RosterLine>& lines) {
    std::string rows;
    for (const auto& l : lines) {
        const auto& c = l.stats.customer;
        if (c.category != category) continue;
        std::string badges;
        if (l.dormant)
            badges += "<span class=\"badge dormant\">" + escape(page.t("dormant")) + "</span>";
        if (l.follow_up_due)
            badges += "<span class=\"badge follow-up\">" + escape(page.t("follow_up")) + "</span>";
        rows += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" "
                            "data-sort=\"{}\">{}</td><td data-sort=\"{}\">{}</td><td>{}</td></tr>",
                            customer_link(c), escape(l.grade.empty() ? "—" : l.grade),
                            escape(c.owner), l.stats.messages, l.stats.messages, l.last_contact,
                            escape(date_text(l.last_contact)), badges);
    }
    if (rows.empty()) return "";
    auto sort_link = [&](const char* by, const char* label) {
        return fmt::format("<th><a href=\"/roster?sort={}\">{}</a></th>", by,
                           escape(page.t(label)));
    };
    return fmt::format("<section class=\"category\"><h2>{}</h2><table class=\"sortable roster\">"
                       "<thead><tr>{}{}{}{}{}<th></th></tr></thead><tbody>{}</tbody></table>"
                       "</section>",
                       escape(page.t(category)), sort_link("name", "customer"),
                       sort_link("grade", "grade"), sort_link("owner", "owner"),
                       sort_link("messages", "seen"), sort_link("last", "last_contact"), rows);
}

std::string candidates(Page& page) {
    parsers::MatchRules rules = page.app.settings().rules;
    rules.customers = app::customer_rules(page.snapshot->customers);
    auto found = app::find_candidates(page.index, rules);
    if (!found) return "";
    std::string rows;
    for (const auto& c : *found) {
        std::string form = [&](const char* action, const char* label) {
            return fmt::format("<form method=\"post\" action=\"/roster/{}\" class=\"inline\">{}"
                               "<input type=\"hidden\" name=\"domain\" value=\"{}\"><button "
                               "type=\"submit\">{}</button></form>",
                               action, page.csrf_field(), escape(c.domain), escape(page.t(label)));
        }("promote", "promote");
        form += fmt::format("<form method=\"post\" action=\"/roster/ignore\" class=\"inline\">{}"
                            "<input type=\"hidden\" name=\"domain\" value=\"{}\"><button "
                            "type=\"submit\" class=\"secondary\">{}</button></form>",
                            page.csrf_field(), escape(c.domain), escape(page.t("ignore")));
        std::string people;
        for (const auto& a : c.addresses)
            people += (people.empty() ? "" : ", ") + a;
        rows += fmt::format("<tr><td>{}</td><td>{} / {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            escape(c.domain), c.messages_in, c.messages_out, escape(people),
                            escape(date_text(c.last_seen)), form);
    }
    std::string table =
        rows.empty()
            ? "<p>" + escape(page.t("no_candidates")) + "</p>"
            : fmt::format("<table class=\"candidates\"><thead><tr><th>{}</th><th>{}</th>"
                          "<th>{}</th><th>{}</th><th></th></tr></thead><tbody>{}"
                          "</tbody></table>",
                          escape(page.t("domain")), escape(page.t("seen")),
                          escape(page.t("contacts")), escape(page.t("last_contact")), rows);
    return "<section id=\"candidates\"><h2>" + escape(page.t("candidates")) + "</h2>" + table +
           "</section>";
}

bool plausible_domain(const std::string& domain) {
    if (domain.empty() || domain.size() > 253 || domain.find('.') == std::string::npos)
        return false;
    return std::all_of(domain.begin(), domain.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
}

} // namespace

Response roster_page(Page& page) {
    auto all = page.app.roster(page.index);
    if (!all) return page.error(500, "error");
    auto lines = visible_lines(page, **all);
    sort_lines(lines, page.request.param("sort"));
    std::string body =
        fmt::format("<h1>{}</h1><p class=\"downloads\">{}: <a href=\"/roster.csv\">CSV</a> · <a "
                    "href=\"/roster.xlsx\">XLSX</a></p>",
                    escape(page.t("roster")), escape(page.t("download")));
    for (const std::string& category : app::categories())
        body += category_table(page, category, lines);
    if (page.access.everything()) body += candidates(page);
    return page.html(page.t("roster"), body);
}

Response roster_export(Page& page, const std::string& file) {
    auto all = page.app.roster(page.index);
    if (!all) return page.error(500, "error");
    auto lines = visible_lines(page, **all);
    Response response;
    if (file == "roster.csv") {
        response.content_type = "text/csv; charset=utf-8";
        response.body = app::roster_csv(lines);
    } else {
        auto bytes = xlsx_bytes(
            [&](const std::filesystem::path& path) { return app::write_roster_xlsx(path, lines); });
        if (!bytes) return page.error(500, "error");
        response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.body = std::move(*bytes);
    }
    if (!page.audit("export", file, "", "")) return page.error(500, "error");
    response.headers.emplace_back("Content-Disposition", content_disposition(file, false));
    return response;
}

Response roster_action(Page& page, const std::string& action) {
    if (!page.access.everything()) return page.error(403, "forbidden");
    auto it = page.request.form.find("domain");
    if (it == page.request.form.end() || !plausible_domain(it->second))
        return page.error(400, "bad_request");
    // A writing connection, as the CLI opens it for the command (promoting re-files mail, which
    // only SQLite does yet; ignoring works on either backend): the page's SQLite readers stay
    // read-only.
    const std::string& flag = page.app.settings().config_flag;
    auto workspace = action == "promote" ? app::open_workspace(flag) : app::open_reader(flag);
    if (!workspace) {
        log::error("web: {} {}: {}", action, it->second, workspace.error().message);
        return page.error(500, "error");
    }
    Status done;
    if (action == "promote") {
        auto promoted = app::promote_candidate(*workspace, it->second, "", "prospect");
        if (!promoted) done = tl::unexpected(promoted.error());
    } else {
        auto ignored = app::ignore_candidate(*workspace, it->second);
        if (!ignored) done = tl::unexpected(ignored.error());
    }
    if (!done) {
        log::error("web: {} {}: {}", action, it->second, done.error().message);
        return page.error(done.error().code == ErrorCode::usage ? 400 : 500, "error");
    }
    log::info("web: {} {} by {}", action, it->second, page.session.viewer.name);
    page.app.forget_caches();
    Response response;
    response.status = 303;
    response.headers.emplace_back("Location", "/roster#candidates");
    return response;
}

} // namespace mailclerk::web
