#include "daemon/manual/cli_model.hpp"

#include <CLI/CLI.hpp>

namespace mailclerk::manual {
namespace {

bool is_help(const CLI::Option& option) {
    const auto& names = option.get_lnames();
    return std::find(names.begin(), names.end(), "help") != names.end() ||
           std::find(names.begin(), names.end(), "help-all") != names.end();
}

OptionDoc option_doc(const CLI::Option& option) {
    OptionDoc out;
    for (const std::string& name : option.get_snames())
        out.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames())
        out.names.push_back("--" + name);
    if (option.get_items_expected_max() > 0) out.value = option.get_type_name();
    out.description = option.get_description();
    out.default_value = option.get_default_str();
    out.required = option.get_required();
    out.repeatable = option.get_items_expected_max() > 1 ||
                     option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    return out;
}

ArgumentDoc argument_doc(const CLI::Option& option) {
    return ArgumentDoc{option.get_name(true), option.get_description(), option.get_required(),
                       option.get_items_expected_max() > 1};
}

CommandDoc describe_at(const CLI::App& app, std::vector<std::string> path) {
    CommandDoc out;
    out.path = std::move(path);
    out.description = app.get_description();
    out.footer = app.get_footer();
    out.needs_subcommand = app.get_require_subcommand_min() > 0;
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_group().empty() || is_help(*option)) continue;
        if (option->nonpositional())
            out.options.push_back(option_doc(*option));
        else
            out.arguments.push_back(argument_doc(*option));
    }
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_group().empty()) continue;
        std::vector<std::string> sub_path = out.path;
        sub_path.push_back(sub->get_name());
        out.subcommands.push_back(describe_at(*sub, std::move(sub_path)));
    }
    return out;
}

} // namespace

CommandDoc describe(const CLI::App& app) {
    return describe_at(app, {});
}

std::string joined_path(const CommandDoc& command) {
    std::string out;
    for (const std::string& part : command.path)
        out += (out.empty() ? "" : " ") + part;
    return out;
}

} // namespace mailclerk::manual
