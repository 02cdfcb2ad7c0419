#include "daemon/app/roster.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <set>

#include <fmt/format.h>

#include "daemon/app/directory.hpp"
#include "parsers/address.hpp"
#include "parsers/domain.hpp"

namespace mailclerk::app {
namespace {

constexpr int64_t k_day = 86400;

std::string date_cell(int64_t epoch) {
    if (epoch == 0) return {};
    std::time_t seconds = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

std::string joined(const std::vector<std::string>& values) {
    return fmt::format("{}", fmt::join(values, ", "));
}

void merge_values(std::vector<std::string>& into, const std::vector<std::string>& values) {
    for (const std::string& value : values)
        if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

void set_if_given(std::string& field, const std::string& value) {
    if (!value.empty()) field = value;
}

} // namespace

ValueSource message_volume() {
    return {"messages", [](const std::vector<store::RosterStats>& stats) -> Result<Values> {
                Values values;
                for (const auto& s : stats)
                    values[s.customer.slug]["messages"] = static_cast<double>(s.messages);
                return values;
            }};
}

ValueSource quoted_value(store::PriceBook& prices) {
    return {"quoted value",
            [&prices](const std::vector<store::RosterStats>& stats) -> Result<Values> {
                Values values;
                for (const auto& s : stats) {
                    auto rows = prices.prices(s.customer.slug);
                    if (!rows) return tl::unexpected(rows.error());
                    for (const store::PriceRow& row : *rows) {
                        const parsers::PriceItem& item = row.item;
                        if (!row.current || row.direction != "outbound" || item.currency.empty())
                            continue;
                        // Doubles are fine here: a grade ranks values, it prints none of them.
                        double price = std::strtod(item.unit_price.c_str(), nullptr);
                        char* end = nullptr;
                        double quantity = std::strtod(item.quantity.c_str(), &end);
                        if (end == item.quantity.c_str() || quantity <= 0) quantity = 1;
                        values[s.customer.slug][item.currency] += price * quantity;
                    }
                }
                return values;
            }};
}

std::map<std::string, std::string> pareto_grades(const std::map<std::string, double>& values) {
    std::vector<std::pair<double, std::string>> ranked;
    double total = 0;
    for (const auto& [slug, value] : values) {
        ranked.emplace_back(value, slug);
        total += std::max(value, 0.0);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    std::map<std::string, std::string> grades;
    double before = 0; // cumulative share of the accounts ranked above
    for (const auto& [value, slug] : ranked) {
        if (total <= 0 || value <= 0)
            grades[slug] = "C";
        else
            grades[slug] = before < 0.8 ? "A" : before < 0.95 ? "B" : "C";
        before += total > 0 ? std::max(value, 0.0) / total : 0;
    }
    return grades;
}

std::map<std::string, std::string> best_grades(const Values& values) {
    std::map<std::string, std::map<std::string, double>> by_unit; // unit -> slug -> value
    for (const auto& [slug, units] : values)
        for (const auto& [unit, value] : units)
            by_unit[unit][slug] = value;
    std::map<std::string, std::string> grades; // "A" < "B" < "C": the best is the smallest
    for (const auto& [unit, unit_values] : by_unit)
        for (const auto& [slug, grade] : pareto_grades(unit_values))
            if (grades[slug].empty() || grade < grades[slug]) grades[slug] = grade;
    return grades;
}

Result<Roster> build_roster(store::Directory& directory, store::PriceBook& prices,
                            const config::RosterSettings& settings, int64_t now) {
    auto stats = directory.roster();
    if (!stats) return tl::unexpected(stats.error());
    Roster roster;
    ValueSource source = quoted_value(prices);
    auto values = source.values(*stats);
    if (!values) return tl::unexpected(values.error());
    if (values->empty()) {
        source = message_volume();
        values = source.values(*stats);
        if (!values) return tl::unexpected(values.error());
    }
    roster.basis = source.basis;
    auto grades = best_grades(*values);
    for (auto& s : *stats) {
        RosterLine line;
        auto graded = grades.find(s.customer.slug);
        line.computed_grade = s.messages == 0          ? ""
                              : graded != grades.end() ? graded->second
                                                       : std::string("C");
        line.grade = s.customer.grade.empty() ? line.computed_grade : s.customer.grade;
        line.last_contact = std::max(s.last_inbound, s.last_outbound);
        if (line.last_contact != 0) {
            line.days_since_contact = std::max<int64_t>(0, (now - line.last_contact) / k_day);
            line.dormant = line.days_since_contact >= settings.dormant_days;
        }
        if (s.customer.category == "key")
            line.follow_up_due =
                s.last_outbound == 0 || (now - s.last_outbound) / k_day >= settings.followup_days;
        line.stats = std::move(s);
        roster.lines.push_back(std::move(line));
    }
    return roster;
}

const std::vector<std::string>& roster_header() {
    static const std::vector<std::string> k_header = {
        "name",           "slug",          "category",       "domains",       "addresses",
        "contact",        "phone",         "grade",          "owner",         "notes",
        "computed_grade", "contacts",      "messages",       "messages_in",   "messages_out",
        "first_inbound",  "last_inbound",  "first_outbound", "last_outbound", "days_since_contact",
        "dormant",        "follow_up_due", "quotes_sent",    "contracts"};
    return k_header;
}

std::vector<std::string> roster_cells(const RosterLine& line) {
    const store::RosterStats& s = line.stats;
    const store::CustomerRow& c = s.customer;
    auto number = [](int64_t n) { return std::to_string(n); };
    return {c.name,
            c.slug,
            c.category,
            joined(c.domains),
            joined(c.addresses),
            c.contact,
            c.phone,
            c.grade, // the manual grade only: what an import reads back
            c.owner,
            c.notes,
            line.computed_grade,
            number(s.contacts),
            number(s.messages),
            number(s.messages_in),
            number(s.messages_out),
            date_cell(s.first_inbound),
            date_cell(s.last_inbound),
            date_cell(s.first_outbound),
            date_cell(s.last_outbound),
            line.days_since_contact < 0 ? "" : number(line.days_since_contact),
            line.dormant ? "yes" : "no",
            line.follow_up_due ? "yes" : "no",
            number(s.quotes_sent),
            number(s.contracts)};
}

const std::vector<std::string>& categories() {
    static const std::vector<std::string> k_categories = {"closed", "key", "prospect", "inactive"};
    return k_categories;
}

std::string sheet_of_category(const std::string& category) {
    if (category == "closed") return "已成交客户";
    if (category == "key") return "重点培养客户";
    if (category == "inactive") return "无用客户";
    return "潜在客户";
}

Result<ImportReport> import_roster(store::Index& index, const parsers::Roster& roster) {
    ImportReport report;
    report.problems = roster.problems;
    for (const parsers::RosterEntry& entry : roster.entries) {
        auto found = index.find_customer(entry.slug.empty() ? entry.name : entry.slug);
        if (!found) return tl::unexpected(found.error());
        if (!*found && !entry.slug.empty()) {
            found = index.find_customer(entry.name);
            if (!found) return tl::unexpected(found.error());
        }
        store::CustomerRow row = *found ? **found : store::CustomerRow{};
        bool is_new = !*found;
        if (!is_new && row.source == "config") {
            report.problems.push_back(
                {entry.sheet, entry.row,
                 "'" + row.slug + "' is defined in the config file: not changed"});
            continue;
        }
        if (is_new) {
            row.source = "import";
            row.slug = entry.slug;
        }
        row.name = entry.name;
        row.category = entry.category;
        for (auto [field, value] : {std::pair{&row.contact, &entry.contact},
                                    {&row.phone, &entry.phone},
                                    {&row.grade, &entry.grade},
                                    {&row.owner, &entry.owner},
                                    {&row.notes, &entry.notes}})
            set_if_given(*field, *value);
        merge_values(row.domains, entry.domains);
        merge_values(row.addresses, entry.addresses);
        if (auto ok = normalise_customer(row); !ok) {
            report.problems.push_back({entry.sheet, entry.row, ok.error().message});
            continue;
        }
        auto saved = index.save_customer(row);
        if (!saved) {
            if (saved.error().code != ErrorCode::usage) return tl::unexpected(saved.error());
            report.problems.push_back({entry.sheet, entry.row, saved.error().message});
            continue;
        }
        ++(is_new ? report.added : report.updated);
    }
    return report;
}

const std::optional<std::pair<std::string, std::string>>&
CandidateDomains::judged(const std::string& raw) {
    if (auto known = m_judged.find(raw); known != m_judged.end()) return known->second;
    std::optional<std::pair<std::string, std::string>> verdict;
    std::string address = parsers::canonical_address(raw);
    std::string domain = parsers::domain_of(address);
    if (parsers::exclusion_of(address, m_rules).empty() && !domain.empty() &&
        !parsers::is_free_mail(domain, m_rules)) {
        std::string registrable = parsers::registrable_domain(domain);
        if (!m_skip.contains(registrable)) verdict.emplace(std::move(registrable), address);
    }
    return m_judged.emplace(raw, std::move(verdict)).first->second;
}

std::vector<std::pair<std::string, std::string>>
CandidateDomains::of(std::string_view direction,
                     const std::vector<std::pair<std::string, std::string>>& addresses) {
    std::vector<std::pair<std::string, std::string>> out;
    if (direction == "internal") return out;
    for (const auto& [role, raw] : addresses) {
        bool counterpart = direction == "inbound" ? role == "from" : role != "from";
        if (!counterpart) continue;
        if (const auto& verdict = judged(raw)) out.push_back(*verdict);
    }
    return out;
}

Result<std::set<std::string>> claimed_or_ignored(store::Directory& index,
                                                 const parsers::MatchRules& rules) {
    auto ignored = index.ignored_candidates();
    if (!ignored) return tl::unexpected(ignored.error());
    std::set<std::string> skip(ignored->begin(), ignored->end());
    for (const auto& customer : rules.customers)
        for (const auto& domain : customer.domains)
            skip.insert(parsers::registrable_domain(domain));
    return skip;
}

Result<std::vector<store::Candidate>> find_candidates(store::Directory& index,
                                                      const parsers::MatchRules& rules) {
    auto messages = index.unmatched_messages();
    if (!messages) return tl::unexpected(messages.error());
    auto skip = claimed_or_ignored(index, rules);
    if (!skip) return tl::unexpected(skip.error());
    std::map<std::string, store::Candidate> found;
    std::map<std::string, std::map<std::string, int64_t>> people;
    CandidateDomains candidates(rules, *skip);
    for (const auto& message : *messages) {
        std::set<std::string> domains; // once per message
        for (const auto& [registrable, address] :
             candidates.of(message.direction, message.addresses)) {
            ++people[registrable][address];
            if (!domains.insert(registrable).second) continue;
            store::Candidate& c = found[registrable];
            c.domain = registrable;
            c.messages_in += message.direction == "inbound";
            c.messages_out += message.direction == "outbound";
            c.inquiries += message.direction == "inbound" && message.kind == "inquiry";
            c.last_seen = std::max(c.last_seen, message.date);
        }
    }
    std::vector<store::Candidate> out;
    for (auto& [domain, c] : found) {
        bool two_way = c.messages_in > 0 && c.messages_out > 0;
        if (!two_way && c.inquiries == 0) continue;
        std::vector<std::pair<int64_t, std::string>> ranked;
        for (const auto& [address, count] : people[domain])
            ranked.emplace_back(-count, address);
        std::sort(ranked.begin(), ranked.end());
        for (size_t i = 0; i < ranked.size() && i < 5; ++i)
            c.addresses.push_back(ranked[i].second);
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.messages_in + a.messages_out > b.messages_in + b.messages_out;
    });
    return out;
}

} // namespace mailclerk::app
