// mailclerk customers [--json|--csv|--xlsx FILE] [--candidates|--review]: the roster;
// mailclerk customers import FILE.(csv|xlsx); customers promote|ignore DOMAIN (candidates).
#include <ctime>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/file_io.hpp"
#include "common/utf8.hpp"
#include "daemon/app/directory.hpp"
#include "daemon/app/exports.hpp"
#include "daemon/app/roster.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/domain.hpp"
#include "parsers/xlsx_reader.hpp"

namespace mailclerk::cli {
namespace {
namespace fs = std::filesystem;

struct CustomersOptions {
    bool json = false, csv = false, candidates = false, review = false, no_rematch = false;
    std::string xlsx;
    std::string file;   // import
    std::string domain; // promote / ignore
    std::string name, category = "prospect";
};

nlohmann::json line_json(const app::RosterLine& line) {
    const auto& s = line.stats;
    const auto& c = s.customer;
    return {{"id", c.id},
            {"slug", c.slug},
            {"name", c.name},
            {"category", c.category},
            {"grade", line.grade},
            {"manual_grade", c.grade},
            {"computed_grade", line.computed_grade},
            {"owner", c.owner},
            {"contact", c.contact},
            {"phone", c.phone},
            {"notes", c.notes},
            {"source", c.source},
            {"domains", c.domains},
            {"addresses", c.addresses},
            {"contacts", s.contacts},
            {"messages", s.messages},
            {"messages_in", s.messages_in},
            {"messages_out", s.messages_out},
            {"first_inbound", iso_date(s.first_inbound)},
            {"last_inbound", iso_date(s.last_inbound)},
            {"first_outbound", iso_date(s.first_outbound)},
            {"last_outbound", iso_date(s.last_outbound)},
            {"last_contact", iso_date(line.last_contact)},
            {"days_since_contact", line.days_since_contact < 0
                                       ? nlohmann::json()
                                       : nlohmann::json(line.days_since_contact)},
            {"dormant", line.dormant},
            {"follow_up_due", line.follow_up_due},
            {"quotes_sent", s.quotes_sent},
            {"contracts", s.contracts}};
}

void print_table(const std::vector<app::RosterLine>& lines) {
    fmt::print("{:<20} {:<9} {:<2} {:<10} {:>5} {:>8} {:>6}  {}\n", "customer", "category", "gr",
               "owner", "msgs", "last", "days", "flags");
    for (const auto& line : lines) {
        const auto& c = line.stats.customer;
        std::string flags = std::string(line.dormant ? "dormant " : "") +
                            (line.follow_up_due ? "follow-up-due" : "");
        fmt::print("{:<20} {:<9} {:<2} {:<10} {:>5} {:>8} {:>6}  {}\n", c.slug, c.category,
                   line.grade.empty() ? "-" : line.grade, c.owner.empty() ? "-" : c.owner,
                   line.stats.messages, short_date(line.last_contact).substr(0, 10),
                   line.days_since_contact < 0 ? std::string("-")
                                               : std::to_string(line.days_since_contact),
                   flags);
    }
}

int run_roster(app::Workspace& workspace, const CustomersOptions& options) {
    auto roster =
        app::build_roster(workspace.customer_directory(), workspace.price_book(),
                          workspace.config.roster, static_cast<int64_t>(std::time(nullptr)));
    if (!roster) return report(roster.error());
    const std::vector<app::RosterLine>& lines = roster->lines;
    if (!options.xlsx.empty()) {
        if (auto ok = app::write_roster_xlsx(options.xlsx, lines); !ok) return report(ok.error());
        fmt::print(stderr, "wrote {} customers to {}\n", lines.size(), options.xlsx);
        return 0;
    }
    if (options.json) {
        nlohmann::json doc{{"grade_basis", roster->basis},
                           {"customers", json_array(lines, line_json)}};
        print_json(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else if (options.csv) {
        fmt::print("{}", app::roster_csv(lines));
    } else {
        print_table(lines);
    }
    return 0;
}

int run_candidates(app::Workspace& workspace, const CustomersOptions& options) {
    auto candidates = app::find_candidates(workspace.customer_directory(), workspace.rules);
    if (!candidates) return report(candidates.error());
    if (options.json) {
        auto candidate = [](const auto& c) -> nlohmann::json {
            return {{"domain", c.domain},
                    {"messages_in", c.messages_in},
                    {"messages_out", c.messages_out},
                    {"inquiries", c.inquiries},
                    {"last_seen", iso_date(c.last_seen)},
                    {"addresses", c.addresses}};
        };
        print_json(nlohmann::json{{"candidates", json_array(*candidates, candidate)}}.dump());
        return 0;
    }
    for (const auto& c : *candidates)
        fmt::print("{:<28} in {:>4} out {:>4} inquiries {:>3}  last {}  {}\n", c.domain,
                   c.messages_in, c.messages_out, c.inquiries, short_date(c.last_seen),
                   fmt::join(c.addresses, ", "));
    if (candidates->empty())
        fmt::print("no candidate customers\n");
    else
        fmt::print("promote: mailclerk customers promote DOMAIN   ignore: mailclerk customers "
                   "ignore DOMAIN\n");
    return 0;
}

// Domains (or addresses) several customers claim: matched to none of them until resolved.
int run_review(app::Workspace& workspace, const CustomersOptions& options) {
    std::map<std::string, std::vector<std::string>> claims;
    for (const auto& customer : workspace.rules.customers) {
        for (const auto& domain : customer.domains)
            claims[domain].push_back(customer.slug);
        for (const auto& address : customer.addresses)
            claims[address].push_back(customer.slug);
    }
    nlohmann::json doc{{"review", nlohmann::json::array()}};
    for (const auto& [claimed, slugs] : claims)
        if (slugs.size() > 1) {
            doc["review"].push_back({{"claimed", claimed}, {"customers", slugs}});
            if (!options.json)
                fmt::print("{} is claimed by {}: its mail is matched to none of them\n", claimed,
                           fmt::join(slugs, ", "));
        }
    if (options.json)
        print_json(doc.dump());
    else if (doc["review"].empty())
        fmt::print("nothing to review\n");
    return 0;
}

// Reads only: on either backend (app::open_reader).
int run_customers(const GlobalOptions& global, const CustomersOptions& options) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    if (options.candidates) return run_candidates(*workspace, options);
    if (options.review) return run_review(*workspace, options);
    return run_roster(*workspace, options);
}

// The tables of a roster file: an .xlsx workbook's sheets (merged cells filled from their
// top-left cell), or a CSV file as one table named after the file.
Result<std::vector<parsers::RosterTable>> read_tables(const fs::path& path) {
    std::string extension = utf8::ascii_lower(path.extension().string());
    std::vector<parsers::RosterTable> tables;
    if (extension == ".csv") {
        auto text = read_file(path);
        if (!text) return tl::unexpected(text.error());
        tables.push_back({path.stem().string(), parsers::parse_csv(*text)});
        return tables;
    }
    if (extension != ".xlsx")
        return fail(ErrorCode::usage, path.string() + ": expected a .csv or .xlsx file");
    auto workbook = parsers::read_xlsx_file(path);
    if (!workbook) return tl::unexpected(workbook.error());
    for (auto& sheet : workbook->sheets) {
        for (const auto& range : sheet.merged)
            for (size_t r = range.first_row; r <= range.last_row && r < sheet.rows.size(); ++r)
                for (size_t c = range.first_col; c <= range.last_col && c < sheet.rows[r].size();
                     ++c)
                    if (range.first_row < sheet.rows.size() &&
                        range.first_col < sheet.rows[range.first_row].size())
                        sheet.rows[r][c] = sheet.rows[range.first_row][range.first_col];
        tables.push_back({sheet.name, std::move(sheet.rows)});
    }
    return tables;
}

int run_import(const GlobalOptions& global, const CustomersOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto tables = read_tables(options.file);
    if (!tables) return report(tables.error());
    bool csv = utf8::ascii_lower(fs::path(options.file).extension().string()) == ".csv";
    parsers::Roster roster = parsers::read_roster(*tables, csv ? "prospect" : "");
    auto imported = app::import_roster(*workspace->index, roster);
    if (!imported) return report(imported.error());
    for (const auto& problem : imported->problems)
        fmt::print(stderr, "warning: {}{}: {} (skipped)\n", problem.sheet,
                   problem.row ? fmt::format(" row {}", problem.row) : std::string(),
                   problem.message);
    fmt::print("imported {}: {} added, {} updated, {} skipped\n", options.file, imported->added,
               imported->updated, imported->problems.size());
    if (options.no_rematch) return 0;
    auto rematched = app::directory_changed(*workspace);
    if (!rematched) return report(rematched.error());
    fmt::print("re-matched {} messages: {} changed\n", rematched->messages, rematched->changed);
    return 0;
}

int run_promote(const GlobalOptions& global, const CustomersOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto promoted =
        app::promote_candidate(*workspace, options.domain, options.name, options.category);
    if (!promoted) return report(promoted.error());
    fmt::print("promoted {} to customer {} ({})\n", promoted->domain, promoted->customer.slug,
               promoted->customer.category);
    fmt::print("re-matched {} messages: {} changed\n", promoted->rematch.messages,
               promoted->rematch.changed);
    return 0;
}

// On either backend (app::open_reader): only the list of ignored domains changes.
int run_ignore(const GlobalOptions& global, const CustomersOptions& options) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto domain = app::ignore_candidate(*workspace, options.domain);
    if (!domain) return report(domain.error());
    fmt::print("{} will not be proposed as a customer again\n", *domain);
    return 0;
}

} // namespace

void add_customers(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto o = std::make_shared<CustomersOptions>();
    CLI::App* command = app.add_subcommand("customers", "the roster; import, candidates");
    auto* json = add_json_flag(command, o->json);
    auto* csv = command->add_flag("--csv", o->csv, "print CSV");
    auto* xlsx = command->add_option("--xlsx", o->xlsx, "write the roster workbook to FILE");
    json->excludes(csv, xlsx);
    csv->excludes(xlsx);
    command->add_flag("--candidates", o->candidates,
                      "unknown work domains with a two-way exchange or an inbound inquiry");
    command->add_flag("--review", o->review, "domains or addresses claimed by several customers");
    command->callback([&global, &run, o, command] {
        if (command->get_subcommands().empty())
            run = [&global, o] { return run_customers(global, *o); };
    });

    CLI::App* import = add_command(*command, "import", "read the rep's roster (.csv or .xlsx)",
                                   global, run, o, run_import);
    import->add_option("file", o->file, "roster file")->required()->check(CLI::ExistingFile);
    import->add_flag("--no-rematch", o->no_rematch, "do not re-file archived mail now");

    CLI::App* promote = add_command(*command, "promote", "make a candidate domain a customer",
                                    global, run, o, run_promote);
    promote->add_option("domain", o->domain, "the candidate's domain")->required();
    promote->add_option("--name", o->name, "the customer's name (default: the domain)");
    promote->add_option("--category", o->category, "closed, key, prospect (default) or inactive");

    CLI::App* ignore = add_command(*command, "ignore", "never propose this domain again", global,
                                   run, o, run_ignore);
    ignore->add_option("domain", o->domain, "the candidate's domain")->required();
}

} // namespace mailclerk::cli
