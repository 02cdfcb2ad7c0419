#include "daemon/today/digest.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <span>

#include <fmt/format.h>

#include "common/phrases.hpp"
#include "common/text_codec.hpp"
#include "daemon/today/agenda.hpp"

namespace mailclerk::today {
namespace {

constexpr size_t k_per_section = 30; // a longer section ends with "and N more"
constexpr State k_states[] = {State::unanswered_inquiry, State::awaiting_reply,
                              State::follow_up_due, State::dormant, State::new_candidate};

constexpr Phrase k_words[] = {
    {"greeting", "Good morning, {}.", "{}，早上好。"},
    {"count", "{} items need you today ({}).", "今天有 {} 项需要您处理（{}）。"},
    {"count_one", "1 item needs you today ({}).", "今天有 1 项需要您处理（{}）。"},
    {"team", "Team summary for {}: {} open items.", "{} 团队概况：共 {} 项待处理。"},
    {"subject_rep", "Today: {} items need you", "今日待办：{} 项"},
    {"subject_rep_one", "Today: 1 item needs you", "今日待办：1 项"},
    {"subject_team", "Team today: {} open items", "团队今日待办：{} 项"},
    {"open_page", "Everything on one page:", "在网页上查看全部："},
    {"more", "… and {} more", "……另有 {} 项"},
    {"nobody", "(no owner)", "（无负责人）"},
    {"rep", "Rep", "负责人"},
    {"last_mail", "last mail {}", "最近邮件 {}"},
    {"never", "no mail yet", "尚无邮件"},
    {"footer",
     "Sent by mailclerk. Mark an item done on the web page or with `mailclerk today "
     "done ID`.",
     "由 mailclerk 发送。处理完毕后可在网页上标记，或运行 `mailclerk today done ID`。"},
};

std::string_view word(std::string_view key, bool chinese) {
    return phrase(k_words, key, chinese);
}

struct StateWords {
    State state;
    std::string_view en, zh, advice_en, advice_zh;
};

constexpr StateWords k_state_words[] = {
    {State::unanswered_inquiry, "Unanswered inquiries", "未回复询价", "reply to the customer",
     "请回复客户"},
    {State::awaiting_reply, "Quotes awaiting a reply", "报价待客户回复", "ask how it stands",
     "请跟进报价"},
    {State::follow_up_due, "Key accounts due for follow-up", "重点客户需跟进",
     "write to the customer", "请联系客户"},
    {State::dormant, "Customers fallen silent", "客户转为休眠", "revive or close the account",
     "请激活或调整客户状态"},
    {State::new_candidate, "New candidate customers", "新的候选客户", "promote or ignore",
     "请设为客户或忽略"},
};

const StateWords& words_of(State state) {
    return k_state_words[static_cast<size_t>(state)];
}

std::string link_of(const Item& item, const std::string& web_url) {
    if (web_url.empty()) return {};
    if (item.message_row != 0 && item.state != State::new_candidate)
        return fmt::format("{}/messages/{}", web_url, item.message_row);
    if (!item.customer.empty())
        return fmt::format("{}/customers/{}", web_url, percent_encode(item.customer));
    return web_url + "/roster#candidates";
}

std::string who(const Item& item) {
    return item.customer.empty()
               ? item.domain
               : (item.customer_name.empty() ? item.customer : item.customer_name);
}

std::string short_day(int64_t epoch) {
    std::time_t t = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// "Inquiry DN50 (2 d)" or, for a customer state, "last mail 2026-09-01 (63 d)".
std::string what(const Item& item, const DigestContext& c, bool chinese) {
    std::string age = item.since == 0 ? "" : " (" + age_text(item.since, c.now, chinese) + ")";
    if (!item.subject.empty()) return item.subject + age;
    if (item.since == 0) return std::string(word("never", chinese));
    return fmt::format(fmt::runtime(word("last_mail", chinese)), short_day(item.since)) + age;
}

std::string reps_of(const Item& item, bool chinese) {
    if (item.reps.empty()) return std::string(word("nobody", chinese));
    return fmt::format("{}", fmt::join(item.reps, ", "));
}

struct Section {
    State state;
    std::vector<const Item*> items;
};

std::vector<Section> sections(const std::vector<const Item*>& items) {
    std::vector<Section> out;
    for (State state : k_states) {
        Section section{state, {}};
        for (const Item* item : items)
            if (item->state == state) section.items.push_back(item);
        if (!section.items.empty()) out.push_back(std::move(section));
    }
    return out;
}

// A section lists its first k_per_section items; "… and N more" stands for the rest.
std::span<const Item* const> shown(const Section& s) {
    return {s.items.data(), std::min(s.items.size(), k_per_section)};
}

std::string more_text(const Section& s, bool chinese) {
    if (s.items.size() <= k_per_section) return {};
    return fmt::format(fmt::runtime(word("more", chinese)), s.items.size() - k_per_section);
}

std::string text_sections(const std::vector<Section>& all, const DigestContext& c, bool chinese,
                          bool with_reps) {
    std::string out;
    for (const Section& s : all) {
        out += fmt::format("\n{} ({}) — {}\n", state_label(s.state, chinese), s.items.size(),
                           state_advice(s.state, chinese));
        for (const Item* item : shown(s)) {
            out += fmt::format("- {}: {}{}\n", who(*item), what(*item, c, chinese),
                               with_reps ? " [" + reps_of(*item, chinese) + "]" : "");
            if (std::string link = link_of(*item, c.web_url); !link.empty())
                out += "  " + link + "\n";
            out += "  id: " + item->id + "\n";
        }
        if (std::string more = more_text(s, chinese); !more.empty()) out += more + "\n";
    }
    return out;
}

std::string html_sections(const std::vector<Section>& all, const DigestContext& c, bool chinese,
                          bool with_reps) {
    std::string out;
    for (const Section& s : all) {
        out += fmt::format("<h2 style=\"font-size:16px;margin:18px 0 6px\">{} ({}) <span "
                           "style=\"font-weight:normal;color:#666\">— {}</span></h2><table "
                           "cellpadding=\"4\" style=\"border-collapse:collapse\">",
                           html_escape(state_label(s.state, chinese)), s.items.size(),
                           html_escape(state_advice(s.state, chinese)));
        for (const Item* item : shown(s)) {
            std::string text = html_escape(what(*item, c, chinese));
            if (std::string link = link_of(*item, c.web_url); !link.empty())
                text = "<a href=\"" + html_escape(link) + "\">" + text + "</a>";
            out += fmt::format("<tr><td><b>{}</b></td><td>{}</td>{}</tr>", html_escape(who(*item)),
                               text,
                               with_reps ? "<td style=\"color:#666\">" +
                                               html_escape(reps_of(*item, chinese)) + "</td>"
                                         : "");
        }
        if (std::string more = more_text(s, chinese); !more.empty())
            out += "<tr><td colspan=\"3\">" + html_escape(more) + "</td></tr>";
        out += "</table>";
    }
    return out;
}

// Per rep, how many items of each state: the manager's overview.
std::string team_table(const std::vector<const Item*>& items, bool chinese, bool html) {
    std::map<std::string, std::map<State, size_t>> counts;
    for (const Item* item : items)
        ++counts[reps_of(*item, chinese)][item->state];
    std::string out = html ? "<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th "
                             "align=\"left\">" +
                                 html_escape(word("rep", chinese)) + "</th>"
                           : "";
    if (html)
        for (State state : k_states)
            out += "<th>" + html_escape(state_label(state, chinese)) + "</th>";
    out += html ? "</tr>" : "\n";
    for (const auto& [rep, by_state] : counts) {
        if (html) {
            out += "<tr><td>" + html_escape(rep) + "</td>";
            for (State state : k_states)
                out += fmt::format("<td align=\"center\">{}</td>",
                                   by_state.contains(state) ? by_state.at(state) : 0);
            out += "</tr>";
            continue;
        }
        std::vector<std::string> parts;
        for (const auto& [state, n] : by_state)
            parts.push_back(fmt::format("{} {}", n, state_label(state, chinese)));
        out += fmt::format("  {}: {}\n", rep, fmt::join(parts, ", "));
    }
    return out + (html ? "</table>" : "");
}

std::string head_line(const Recipient& r, size_t count, const DigestContext& c) {
    if (r.manager) return fmt::format(fmt::runtime(word("team", r.chinese)), c.day, count);
    std::string line = fmt::format(fmt::runtime(word("greeting", r.chinese)), r.user) + " ";
    if (count == 1) return line + fmt::format(fmt::runtime(word("count_one", r.chinese)), c.day);
    return line + fmt::format(fmt::runtime(word("count", r.chinese)), count, c.day);
}

} // namespace

std::string_view state_label(State state, bool chinese) {
    return chinese ? words_of(state).zh : words_of(state).en;
}

std::string_view state_advice(State state, bool chinese) {
    return chinese ? words_of(state).advice_zh : words_of(state).advice_en;
}

std::optional<Digest> compose_digest(const Recipient& r, const std::vector<Item>& items,
                                     const DigestContext& c) {
    std::vector<const Item*> mine;
    for (const Item& item : items)
        if (acts_on(item, r.user, r.manager)) mine.push_back(&item);
    if (mine.empty()) return std::nullopt;
    Digest d;
    d.to = r;
    d.items = mine.size();
    bool zh = r.chinese;
    std::string_view subject = r.manager          ? word("subject_team", zh)
                               : mine.size() == 1 ? word("subject_rep_one", zh)
                                                  : word("subject_rep", zh);
    d.subject = fmt::format(fmt::runtime(subject), mine.size());
    std::string head = head_line(r, mine.size(), c);
    auto all = sections(mine);
    std::string page = c.web_url.empty() ? "" : c.web_url + "/today";
    d.text = head + "\n" + (r.manager ? team_table(mine, zh, false) : "") +
             text_sections(all, c, zh, r.manager) +
             (page.empty() ? "" : fmt::format("\n{} {}\n", word("open_page", zh), page)) +
             "\n-- \n" + std::string(word("footer", zh)) + "\n";
    d.html = fmt::format(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>"
        "<body style=\"font-family:Arial,'Microsoft YaHei',sans-serif;font-size:14px;color:#222\">"
        "<p>{}</p>{}{}{}<p style=\"color:#888;font-size:12px\">{}</p></body></html>",
        zh ? "zh-CN" : "en", html_escape(d.subject), html_escape(head),
        r.manager ? team_table(mine, zh, true) : "", html_sections(all, c, zh, r.manager),
        page.empty()
            ? ""
            : "<p><a href=\"" + html_escape(page) + "\">" + html_escape(word("open_page", zh)) +
                  " " + html_escape(page) + "</a></p>",
        html_escape(word("footer", zh)));
    return d;
}

} // namespace mailclerk::today
