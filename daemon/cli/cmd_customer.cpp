// mailclerk customer add|edit|show|merge|rename: one customer of the directory.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/directory.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct CustomerOptions {
    std::string customer;      // slug or name (edit, show, rename, merge's FROM)
    std::string target;        // merge's INTO, rename's new name
    store::CustomerRow fields; // the fields given as options (--category, --domain, ...)
    std::vector<std::string> remove_domains, remove_addresses;
    std::string slug;
    bool json = false;
    bool no_rematch = false;
};

void print_rematch(const app::RematchReport& r) {
    fmt::print("re-matched {} messages: {} changed, {} links added, {} removed\n", r.messages,
               r.changed, r.linked, r.unlinked);
}

int finish_change(app::Workspace& workspace, const CustomerOptions& options) {
    if (options.no_rematch) {
        fmt::print("not re-matched: run `mailclerk rematch` to re-file archived mail\n");
        return 0;
    }
    auto report_ = app::directory_changed(workspace);
    if (!report_) return report(report_.error());
    print_rematch(*report_);
    return 0;
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& values) {
    for (const auto& value : values)
        if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

void erase_values(std::vector<std::string>& from, const std::vector<std::string>& values) {
    std::erase_if(from, [&](const std::string& v) {
        return std::find(values.begin(), values.end(), v) != values.end();
    });
}

int run_add(const GlobalOptions& global, const CustomerOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    store::CustomerRow row = options.fields;
    row.name = options.customer;
    row.slug = options.slug;
    row.source = "manual";
    if (auto ok = app::normalise_customer(row); !ok) return report(ok.error());
    auto id = workspace->index->save_customer(row);
    if (!id) return report(id.error());
    (void)workspace->index->add_customer_event(*id, "added");
    fmt::print("added {} ({})\n", row.name, row.slug);
    return finish_change(*workspace, options);
}

Result<store::CustomerRow> editable(app::Workspace& workspace, const std::string& given,
                                    const char* what) {
    auto row = app::find_customer(*workspace.index, given);
    if (!row) return row;
    if (row->source == "config")
        return fail(ErrorCode::usage,
                    fmt::format("'{}' comes from the config file: {} it there", row->slug, what),
                    workspace.config.source.string());
    return row;
}

int run_edit(const GlobalOptions& global, const CustomerOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto row = editable(*workspace, options.customer, "edit");
    if (!row) return report(row.error());
    auto set = [](std::string& field, const std::string& value) {
        if (!value.empty()) field = value == "-" ? std::string() : value;
    };
    const store::CustomerRow& given = options.fields;
    for (auto field :
         {&store::CustomerRow::category, &store::CustomerRow::grade, &store::CustomerRow::owner,
          &store::CustomerRow::contact, &store::CustomerRow::phone, &store::CustomerRow::notes})
        set((*row).*field, given.*field);
    append_unique(row->domains, options.fields.domains);
    append_unique(row->addresses, options.fields.addresses);
    erase_values(row->domains, options.remove_domains);
    erase_values(row->addresses, options.remove_addresses);
    if (auto ok = app::normalise_customer(*row); !ok) return report(ok.error());
    if (auto saved = workspace->index->save_customer(*row); !saved) return report(saved.error());
    fmt::print("updated {}\n", row->slug);
    return finish_change(*workspace, options);
}

nlohmann::json customer_json(const store::CustomerRow& row, const std::vector<std::string>& events,
                             const std::vector<store::ContactRow>& contacts) {
    nlohmann::json doc{{"id", row.id},           {"slug", row.slug},
                       {"name", row.name},       {"category", row.category},
                       {"grade", row.grade},     {"owner", row.owner},
                       {"contact", row.contact}, {"phone", row.phone},
                       {"notes", row.notes},     {"source", row.source},
                       {"domains", row.domains}, {"addresses", row.addresses},
                       {"history", events},      {"contacts", nlohmann::json::array()}};
    for (const auto& c : contacts)
        doc["contacts"].push_back({{"address", c.address},
                                   {"name", c.name},
                                   {"first_seen", iso_date(c.first_seen)},
                                   {"last_seen", iso_date(c.last_seen)},
                                   {"messages_in", c.count_in},
                                   {"messages_out", c.count_out},
                                   {"phone", c.phone},
                                   {"title", c.title}});
    return doc;
}

int run_show(const GlobalOptions& global, const CustomerOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto row = app::find_customer(*workspace->index, options.customer);
    if (!row) return report(row.error());
    auto events = workspace->index->customer_events(row->id);
    if (!events) return report(events.error());
    auto contacts = workspace->index->contacts(row->slug);
    if (!contacts) return report(contacts.error());
    nlohmann::json doc = customer_json(*row, *events, *contacts);
    if (options.json) {
        print_json(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return 0;
    }
    fmt::print("{} ({}, #{}, from {})\n", row->name, row->slug, row->id, row->source);
    fmt::print("  category {}  grade {}  owner {}\n", row->category,
               row->grade.empty() ? "-" : row->grade, row->owner.empty() ? "-" : row->owner);
    if (!row->contact.empty() || !row->phone.empty())
        fmt::print("  contact  {} {}\n", row->contact, row->phone);
    if (!row->domains.empty()) fmt::print("  domains  {}\n", fmt::join(row->domains, ", "));
    if (!row->addresses.empty()) fmt::print("  addresses {}\n", fmt::join(row->addresses, ", "));
    if (!row->notes.empty()) fmt::print("  notes    {}\n", row->notes);
    for (const auto& c : *contacts)
        fmt::print("  - {:<32} {:<20} in {:>4} out {:>4}  last {}{}{}\n", c.address, c.name,
                   c.count_in, c.count_out, short_date(c.last_seen),
                   c.title.empty() ? "" : "  " + c.title, c.phone.empty() ? "" : "  " + c.phone);
    for (const auto& event : *events)
        fmt::print("  {}\n", event);
    return 0;
}

int run_rename(const GlobalOptions& global, const CustomerOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto row = editable(*workspace, options.customer, "rename");
    if (!row) return report(row.error());
    store::CustomerRow renamed = *row;
    renamed.name = options.target;
    renamed.slug = options.slug;
    if (auto ok = app::normalise_customer(renamed); !ok) return report(ok.error());
    if (auto ok = app::rename_customer(*workspace, *row, renamed.name, renamed.slug); !ok)
        return report(ok.error());
    fmt::print("renamed {} -> {} ({})\n", row->slug, renamed.slug, renamed.name);
    return 0;
}

int run_merge(const GlobalOptions& global, const CustomerOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto from = app::find_customer(*workspace->index, options.customer);
    if (!from) return report(from.error());
    auto into = app::find_customer(*workspace->index, options.target);
    if (!into) return report(into.error());
    auto merged = app::merge_customers(*workspace, *from, *into);
    if (!merged) return report(merged.error());
    fmt::print("merged {} into {}\n", from->slug, into->slug);
    print_rematch(*merged);
    return 0;
}

void add_field_options(CLI::App* command, CustomerOptions& o) {
    command->add_option("--category", o.fields.category, "closed, key, prospect or inactive");
    command->add_option("--grade", o.fields.grade, "A, B or C (manual grade; '-' clears)");
    command->add_option("--owner", o.fields.owner, "the rep who owns the account");
    command->add_option("--contact", o.fields.contact, "main contact person");
    command->add_option("--phone", o.fields.phone, "phone number");
    command->add_option("--notes", o.fields.notes, "free text");
    command->add_flag("--no-rematch", o.no_rematch, "do not re-file archived mail now");
}

} // namespace

void add_customer(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto o = std::make_shared<CustomerOptions>();
    CLI::App* customer =
        app.add_subcommand("customer", "add, edit, show, merge or rename a customer");
    customer->require_subcommand(1);

    CLI::App* add = add_command(*customer, "add", "add a customer and re-match the archive", global,
                                run, o, run_add);
    add->add_option("name", o->customer, "the customer's name")->required();
    add->add_option("--slug", o->slug, "folder name (default: from the name)");
    add->add_option("--domain", o->fields.domains, "a mail domain of the customer (repeatable)");
    add->add_option("--address", o->fields.addresses,
                    "a mail address of the customer (repeatable)");
    add_field_options(add, *o);

    CLI::App* edit = add_command(*customer, "edit", "change a customer and re-match the archive",
                                 global, run, o, run_edit);
    edit->add_option("customer", o->customer, "slug or name")->required();
    edit->add_option("--add-domain", o->fields.domains, "add a domain (repeatable)");
    edit->add_option("--remove-domain", o->remove_domains, "remove a domain (repeatable)");
    edit->add_option("--add-address", o->fields.addresses, "add an address (repeatable)");
    edit->add_option("--remove-address", o->remove_addresses, "remove an address (repeatable)");
    add_field_options(edit, *o);

    CLI::App* show = add_command(*customer, "show", "a customer's record, contacts and history",
                                 global, run, o, run_show);
    show->add_option("customer", o->customer, "slug, former slug or name")->required();
    add_json_flag(show, o->json);

    CLI::App* rename =
        add_command(*customer, "rename", "rename a customer; its folder moves, its history stays",
                    global, run, o, run_rename);
    rename->add_option("customer", o->customer, "slug or name")->required();
    rename->add_option("new_name", o->target, "the new name")->required();
    rename->add_option("--slug", o->slug, "the new folder name (default: from the new name)");

    CLI::App* merge =
        add_command(*customer, "merge", "fold one customer into another; its mail follows", global,
                    run, o, run_merge);
    merge->add_option("from", o->customer, "the customer that disappears")->required();
    merge->add_option("into", o->target, "the customer that stays")->required();
}

} // namespace mailclerk::cli
