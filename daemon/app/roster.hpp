#pragma once
// The roster reps used to keep in Excel, kept true from the mail: per customer its category,
// grade (manual, else computed), contacts and contact dates, dormant and follow-up flags; the
// import of their workbook; and candidate customers found in unmatched mail.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "parsers/classify.hpp"
#include "parsers/roster.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

struct RosterLine {
    store::RosterStats stats;
    std::string grade;               // the manual grade, else the computed one ("" when no data)
    std::string computed_grade;      // A/B/C by Pareto over the value source ("" without data)
    int64_t last_contact = 0;        // epoch seconds, 0 = never
    int64_t days_since_contact = -1; // -1 = never
    bool dormant = false;            // last exchange longer ago than dormant_days
    bool follow_up_due = false;      // key account without outbound mail for followup_days
};

// What an account is worth for grading: per customer, a value in each unit it can be compared
// in ("messages", or a currency such as "USD"). Values in different units are never added:
// there are no exchange rates offline, so each unit is graded on its own (see build_roster).
using Values = std::map<std::string, std::map<std::string, double>>; // slug -> unit -> value
struct ValueSource {
    std::string basis; // "messages", "quoted value"
    std::function<Result<Values>(const std::vector<store::RosterStats>&)> values;
};
ValueSource message_volume();
// The value of what we quoted: over each customer's current price items that we sent, unit
// price x quantity (x 1 when the quantity is not a number), per currency.
ValueSource quoted_value(store::PriceBook& prices);

// A/B/C by Pareto: A = the accounts making up the top 80 % of the value, B the next 15 %,
// C the rest (and every account of value 0).
std::map<std::string, std::string> pareto_grades(const std::map<std::string, double>& values);

// Pareto within each unit, then each customer's best grade over its units.
std::map<std::string, std::string> best_grades(const Values& values);

// The roster as of `now` (epoch seconds), graded by quoted value when the index holds price
// items we sent, else by message volume (`basis` names which). A customer's computed grade is
// its best grade over the units it has a value in (A = the accounts making up the top 80 % of
// that unit's total); a customer with messages but no value in any unit is C. Reads each
// customer's statistics once.
struct Roster {
    std::string basis;
    std::vector<RosterLine> lines;
};
Result<Roster> build_roster(store::Directory& directory, store::PriceBook& prices,
                            const config::RosterSettings& settings, int64_t now);

// The roster's columns, in export order; the first ten are what an import reads back.
const std::vector<std::string>& roster_header();
std::vector<std::string> roster_cells(const RosterLine& line);
// The sheet a category is exported to (and imported from): 已成交客户, 重点培养客户, ...
std::string sheet_of_category(const std::string& category);
const std::vector<std::string>& categories();

struct ImportReport {
    int64_t added = 0;
    int64_t updated = 0;
    std::vector<parsers::RosterProblem> problems; // each skipped row, by sheet and row
};

// Apply a roster to the directory: an entry updates the customer of its slug (else of its
// name), else adds one (source "import"). Customers from the config file are left alone and
// reported. Empty cells keep what the directory has; domains and addresses are added.
Result<ImportReport> import_roster(store::Index& index, const parsers::Roster& roster);

// The unknown work domains a message of unmatched mail involves: the registrable domain of
// each counterpart (the sender of inbound mail, the recipients of outbound mail) that is not
// own, ignored, a role sender, free mail or in `skip`; with the address that brought each.
// Shared by the roster's candidates and the agenda's new candidates. One per pass over the
// mail: each distinct address is judged once (the public suffix list costs thousands of
// instructions a lookup, and a month of mail names the same few thousand addresses again).
class CandidateDomains {
  public:
    // Both must outlive this object.
    CandidateDomains(const parsers::MatchRules& rules, const std::set<std::string>& skip)
        : m_rules(rules), m_skip(skip) {}

    // (registrable domain, canonical address) for each counterpart that is a candidate.
    std::vector<std::pair<std::string, std::string>>
    of(std::string_view direction,
       const std::vector<std::pair<std::string, std::string>>& addresses);

  private:
    // The address's (registrable domain, canonical address), or nothing when it is no candidate.
    const std::optional<std::pair<std::string, std::string>>& judged(const std::string& raw);

    const parsers::MatchRules& m_rules;
    const std::set<std::string>& m_skip;
    std::unordered_map<std::string, std::optional<std::pair<std::string, std::string>>> m_judged;
};

// Registrable domains nobody should be offered as a candidate: ignored ones and those of the
// customers in `rules`.
Result<std::set<std::string>> claimed_or_ignored(store::Directory& index,
                                                 const parsers::MatchRules& rules);

// Unknown work domains in unmatched mail with a two-way exchange or an inbound inquiry, minus
// ignored ones, busiest first.
Result<std::vector<store::Candidate>> find_candidates(store::Directory& index,
                                                      const parsers::MatchRules& rules);

} // namespace mailclerk::app
