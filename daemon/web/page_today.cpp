// GET /today: what needs the signed-in rep today (a manager: the team, per rep, or one rep with
// ?rep=NAME), newest problems first, each with a "done" button (POST /today/done, CSRF-checked,
// written through the same code as `mailclerk today done`). The customer page lists its own
// open items through customer_items().
#include <map>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/agenda.hpp"
#include "daemon/today/digest.hpp"
#include "daemon/web/app.hpp"

namespace mailclerk::web {
namespace {

constexpr today::State k_states[] = {today::State::unanswered_inquiry, today::State::awaiting_reply,
                                     today::State::follow_up_due, today::State::dormant,
                                     today::State::new_candidate};

bool chinese(const Page& page) {
    return page.lang == Lang::zh;
}

// The customer (linked when visible), or a candidate's domain.
std::string who(const Page& page, const today::Item& item) {
    if (item.customer.empty()) return escape(item.domain);
    const store::CustomerRow* row = page.snapshot->by_id(item.customer_id);
    return row && page.access.sees_customer(row->id) ? customer_link(*row)
                                                     : escape(item.customer_name);
}

std::string what(const Page& page, const today::Item& item) {
    if (item.subject.empty())
        return item.since == 0 ? escape(page.t("never"))
                               : escape(page.t("last_contact")) + " " + date_text(item.since);
    // Unmatched mail (a candidate's) is for managers only, as everywhere on the page.
    bool linked = item.message_row != 0 && (item.customer_id != 0 || page.access.everything());
    std::string subject = escape(item.subject);
    return linked ? fmt::format("<a href=\"/messages/{}\">{}</a>", item.message_row, subject)
                  : subject;
}

std::string done_form(const Page& page, const today::Item& item) {
    return fmt::format("<form method=\"post\" action=\"/today/done\" class=\"inline\">{}<input "
                       "type=\"hidden\" name=\"id\" value=\"{}\"><button type=\"submit\" "
                       "class=\"secondary done\">{}</button></form>",
                       page.csrf_field(), escape(item.id), escape(page.t("mark_done")));
}

std::string item_row(const Page& page, const today::Item& item, int64_t now, bool with_reps) {
    std::string age = item.since == 0 ? "—" : today::age_text(item.since, now, chinese(page));
    std::string reps =
        item.reps.empty() ? page.t("nobody") : fmt::format("{}", fmt::join(item.reps, ", "));
    return fmt::format("<tr class=\"item\" data-id=\"{}\" data-state=\"{}\"><td>{}</td><td>{}</td>"
                       "<td class=\"num\" data-sort=\"{}\">{}</td>{}<td>{}</td></tr>",
                       escape(item.id), today::to_string(item.state), who(page, item),
                       what(page, item), item.since, escape(age),
                       with_reps ? "<td>" + escape(reps) + "</td>" : "", done_form(page, item));
}

std::string state_section(const Page& page, today::State state,
                          const std::vector<const today::Item*>& items, int64_t now,
                          bool with_reps) {
    std::string rows;
    size_t count = 0;
    for (const today::Item* item : items)
        if (item->state == state) {
            rows += item_row(page, *item, now, with_reps);
            ++count;
        }
    if (count == 0) return "";
    return fmt::format("<section class=\"state state-{}\"><h2>{} <small>({}) — {}</small></h2>"
                       "<table class=\"today sortable\"><thead><tr><th>{}</th><th>{}</th>"
                       "<th class=\"num\">{}</th>{}<th></th></tr></thead><tbody>{}</tbody>"
                       "</table></section>",
                       today::to_string(state), escape(page.t(today::to_string(state))), count,
                       escape(today::state_advice(state, chinese(page))),
                       escape(page.t("customer")), escape(page.t("subject")), escape(page.t("age")),
                       with_reps ? "<th>" + escape(page.t("reps")) + "</th>" : "", rows);
}

// A manager's overview: items per rep and state, each rep linking to their list.
std::string team_summary(const Page& page, const std::vector<today::Item>& items) {
    std::map<std::string, std::map<today::State, size_t>> counts;
    for (const today::Item& item : items)
        for (const std::string& rep : item.reps.empty() ? std::vector<std::string>{""} : item.reps)
            ++counts[rep][item.state];
    std::string head, rows;
    for (today::State state : k_states)
        head += "<th class=\"num\">" + escape(page.t(today::to_string(state))) + "</th>";
    for (const auto& [rep, by_state] : counts) {
        std::string cells;
        for (today::State state : k_states)
            cells += fmt::format("<td class=\"num\">{}</td>",
                                 by_state.contains(state) ? by_state.at(state) : 0);
        std::string name = rep.empty() ? escape(page.t("nobody"))
                                       : fmt::format("<a href=\"/today?rep={}\">{}</a>",
                                                     escape(percent_encode(rep)), escape(rep));
        rows += "<tr><td>" + name + "</td>" + cells + "</tr>";
    }
    return fmt::format("<section id=\"team\"><h2>{}</h2><table class=\"team\"><thead><tr><th>{}"
                       "</th>{}</tr></thead><tbody>{}</tbody></table></section>",
                       escape(page.t("team_summary")), escape(page.t("reps")), head, rows);
}

} // namespace

Response today_page(Page& page) {
    auto all = page.app.agenda(page.index);
    if (!all) return page.error(500, "error");
    int64_t now = static_cast<int64_t>(std::time(nullptr));
    bool manager = page.access.everything();
    std::string rep = page.request.param("rep");
    if (!manager) rep = page.session.viewer.name;
    std::vector<const today::Item*> shown;
    for (const today::Item& item : **all)
        if (today::acts_on(item, rep, manager && rep.empty())) shown.push_back(&item);
    std::string title = page.t("today");
    std::string body = fmt::format("<h1>{}{}</h1>", escape(title),
                                   rep.empty() ? "" : " <small>· " + escape(rep) + "</small>");
    if (manager && rep.empty() && !(*all)->empty()) body += team_summary(page, **all);
    for (today::State state : k_states)
        body += state_section(page, state, shown, now, manager);
    if (shown.empty())
        body += "<p class=\"notice nothing\">" + escape(page.t("nothing_today")) + "</p>";
    return page.html(title, body);
}

Response today_done(Page& page) {
    auto it = page.request.form.find("id");
    if (it == page.request.form.end() || it->second.empty() || it->second.size() > 300)
        return page.error(400, "bad_request");
    auto all = page.app.agenda(page.index, true);
    if (!all) return page.error(500, "error");
    const today::Item* item = nullptr;
    for (const today::Item& candidate : **all)
        if (candidate.id == it->second) item = &candidate;
    const std::string& viewer = page.session.viewer.name;
    if (!item) return page.error(404, "not_found");
    if (!today::acts_on(*item, viewer, page.access.everything()))
        return page.error(403, "forbidden");
    // A writing connection, as `mailclerk today done` opens it (journaled with SQLite): the
    // page's SQLite readers stay read-only.
    auto workspace = app::open_reader(page.app.settings().config_flag);
    if (!workspace) {
        log::error("web: today done {}: {}", item->id, workspace.error().message);
        return page.error(500, "error");
    }
    auto done = today::dismiss_item(workspace->agenda(), {*item}, item->id, viewer,
                                    static_cast<int64_t>(std::time(nullptr)));
    if (!done) {
        log::error("web: today done {}: {}", item->id, done.error().message);
        return page.error(500, "error");
    }
    log::info("web: today done {} by {}", item->id, viewer);
    page.app.forget_caches();
    Response response;
    response.status = 303;
    response.headers.emplace_back("Location", "/today");
    return response;
}

std::string customer_items(Page& page, int64_t customer_id) {
    auto all = page.app.agenda(page.index);
    if (!all) return "";
    int64_t now = static_cast<int64_t>(std::time(nullptr));
    std::string rows;
    for (const today::Item& item : **all)
        if (item.customer_id == customer_id)
            rows += fmt::format(
                "<tr class=\"item\" data-state=\"{}\"><td>{}</td><td>{}</td>"
                "<td class=\"num\">{}</td><td>{}</td></tr>",
                today::to_string(item.state), escape(page.t(today::to_string(item.state))),
                what(page, item),
                escape(item.since == 0 ? "—" : today::age_text(item.since, now, chinese(page))),
                done_form(page, item));
    if (rows.empty()) return "";
    return fmt::format("<section id=\"open-items\"><h2>{}</h2><table class=\"today\"><tbody>{}"
                       "</tbody></table></section>",
                       escape(page.t("open_items")), rows);
}

} // namespace mailclerk::web
