// mailclerk inspect FILE... [--json]: parse messages and show what would be filed; writes nothing.
// With --json each message is one line (JSON Lines), so a script can read thousands of messages
// from one process instead of paying a start-up per message.
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/file_io.hpp"
#include "common/log.hpp"
#include "common/sha256.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/date.hpp"
#include "parsers/understand.hpp"

namespace mailclerk::cli {
namespace {

struct InspectOptions {
    std::vector<std::string> files;
    bool json = false;
};

// The config is optional here: without one, nothing matches but everything else is shown.
Result<parsers::MatchRules> rules_for_inspect(const GlobalOptions& global) {
    auto path = config::default_path(global.config);
    if (global.config.empty() && !std::filesystem::exists(path)) {
        log::warning("no config at {}: no customers or own domains known", path.string());
        return parsers::MatchRules{};
    }
    auto workspace = app::load_config_only(global.config);
    if (!workspace) return tl::unexpected(workspace.error());
    return workspace->rules;
}

nlohmann::json addresses_json(const std::vector<parsers::Address>& addresses) {
    auto out = nlohmann::json::array();
    for (const auto& address : addresses)
        out.push_back({{"name", address.name}, {"address", address.address}});
    return out;
}

std::vector<std::string> slugs_of(const parsers::Classification& classification) {
    std::vector<std::string> slugs;
    for (const auto& match : classification.customers)
        slugs.push_back(match.slug);
    return slugs;
}

nlohmann::json price_items_json(const parsers::Message& message,
                                const std::vector<parsers::PriceItem>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const parsers::PriceItem& i : items) {
        std::string attachment =
            i.attachment >= 0 ? message.attachments[static_cast<size_t>(i.attachment)].filename
                              : "";
        out.push_back(price_item_json(i, {{"attachment", attachment}, {"line", i.line}}));
    }
    return out;
}

nlohmann::json inspect_json(const std::string& sha256, const parsers::Message& message,
                            const parsers::Classification& classification,
                            const std::vector<parsers::PriceItem>& prices) {
    nlohmann::json doc;
    doc["sha256"] = sha256;
    doc["message_id"] = message.message_id;
    doc["date"] = message.date ? parsers::format_iso8601(*message.date) : "";
    doc["subject"] = message.subject;
    doc["from"] = addresses_json(message.from);
    doc["to"] = addresses_json(message.to);
    doc["cc"] = addresses_json(message.cc);
    doc["reply_to"] = addresses_json(message.reply_to);
    doc["direction"] = parsers::to_string(classification.direction);
    doc["kind"] = parsers::to_string(classification.kind);
    doc["customers"] = nlohmann::json::array();
    doc["matches"] = nlohmann::json::array();
    for (const auto& match : classification.customers) {
        doc["customers"].push_back(match.slug);
        doc["matches"].push_back({{"customer", match.slug},
                                  {"reason", match.reason},
                                  {"participant", match.participant}});
    }
    doc["bulk"] = classification.bulk;
    doc["files"] = store::planned_mail_paths(sha256, message, slugs_of(classification));
    doc["in_reply_to"] = message.in_reply_to;
    doc["references"] = message.references;
    doc["text"] = message.text;
    doc["flags"] = message.flags;
    doc["attachments"] = nlohmann::json::array();
    for (const auto& attachment : message.attachments)
        doc["attachments"].push_back({{"filename", attachment.filename},
                                      {"content_type", attachment.content_type},
                                      {"size", attachment.content.size()},
                                      {"sha256", sha256_hex(attachment.content)},
                                      {"kind", parsers::to_string(attachment.kind)},
                                      {"technical", attachment.technical},
                                      {"origin", parsers::to_string(attachment.origin)}});
    doc["price_items"] = price_items_json(message, prices);
    return doc;
}

void print_addresses(std::string_view label, const std::vector<parsers::Address>& addresses) {
    if (addresses.empty()) return;
    std::string line;
    for (const auto& address : addresses) {
        if (!line.empty()) line += ", ";
        line += address.name.empty() ? address.address
                                     : fmt::format("{} <{}>", address.name, address.address);
    }
    fmt::print("{:<12}{}\n", label, line);
}

void print_human(const std::string& sha256, const parsers::Message& message,
                 const parsers::Classification& classification,
                 const std::vector<parsers::PriceItem>& prices) {
    fmt::print("{:<12}{}\n", "Subject:", message.subject);
    print_addresses("From:", message.from);
    print_addresses("To:", message.to);
    print_addresses("Cc:", message.cc);
    fmt::print("{:<12}{}\n", "Date:", message.date ? parsers::format_iso8601(*message.date) : "?");
    fmt::print("{:<12}{}\n", "SHA-256:", sha256);
    fmt::print("{:<12}{}  kind {}\n", "Direction:", parsers::to_string(classification.direction),
               parsers::to_string(classification.kind));
    if (classification.customers.empty())
        fmt::print("{:<12}none{}\n", "Customers:", classification.bulk ? " (bulk mail)" : "");
    for (const auto& match : classification.customers)
        fmt::print("{:<12}{} ({} {})\n", "Customer:", match.slug, match.reason, match.participant);
    for (const auto& path : store::planned_mail_paths(sha256, message, slugs_of(classification)))
        fmt::print("{:<12}{}\n", "File as:", path);
    for (const auto& attachment : message.attachments)
        fmt::print("{:<12}{} ({}, {} bytes, {})\n", "Attachment:", attachment.filename,
                   attachment.content_type, attachment.content.size(),
                   attachment.technical ? "technical" : parsers::to_string(attachment.kind));
    for (const parsers::PriceItem& i : prices)
        fmt::print("{:<12}{} {} {} {}/{} {}\n", "Price:", i.product, i.model, i.currency,
                   i.unit_price, i.unit, i.incoterm);
    if (!message.flags.empty()) fmt::print("{:<12}{}\n", "Flags:", fmt::join(message.flags, ", "));
    fmt::print("\n{}\n", message.text);
}

// One message; an error is returned for the caller to report, so the other files still run.
Result<void> inspect_one(const std::string& file, const parsers::MatchRules& rules, bool json) {
    auto raw = read_file(file);
    if (!raw) return tl::unexpected(raw.error());
    auto understood = parsers::understand(*raw, parsers::Origin::unknown, rules);
    if (!understood) return tl::unexpected(understood.error());
    const parsers::Message& message = understood->message;
    const parsers::Classification& classification = understood->classification;
    const std::string& sha256 = understood->sha256;
    if (json) {
        auto doc = inspect_json(sha256, message, classification, understood->prices);
        doc["file"] = file;
        print_json(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
        print_human(sha256, message, classification, understood->prices);
    }
    return {};
}

int run_inspect(const GlobalOptions& global, const InspectOptions& options) {
    auto rules = rules_for_inspect(global);
    if (!rules) return report(rules.error());
    int status = 0;
    for (const std::string& file : options.files) {
        auto inspected = inspect_one(file, *rules, options.json);
        if (inspected) continue;
        status = report(inspected.error());
        // Keeps JSON Lines aligned with the arguments: every file gets its line.
        if (options.json)
            print_json(nlohmann::json{{"file", file}, {"error", inspected.error().message}}.dump(
                -1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    return status;
}

} // namespace

void add_inspect(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "inspect", "parse messages; writes nothing", global, run, run_inspect);
    command->add_option("files", options->files, "one or more .eml files")->required();
    add_json_flag(command, options->json, "print JSON, one line per message");
}

} // namespace mailclerk::cli
