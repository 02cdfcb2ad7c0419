// The manual pages and the completion (issue 22): rendered from a CLI11 app and the config's key
// reference, with every command, option and key, and text escaped for groff.
#include <catch2/catch.hpp>

#include <CLI/CLI.hpp>

#include "config/schema.hpp"
#include "daemon/manual/manual.hpp"
#include "daemon/manual/roff.hpp"

using namespace mailclerk;

namespace {

// A small app shaped like mailclerk's: global option, nested commands, a hidden one.
struct TestApp {
    CLI::App app{"tool: does things", "tool"};
    std::string config, name, sort = "date";
    std::vector<std::string> paths;
    int limit = 20;
    bool json = false;
    TestApp() {
        app.require_subcommand(1);
        app.add_option("-c,--config", config, "config file");
        CLI::App* import = app.add_subcommand("import", "bring mail in");
        import->add_option("paths", paths, "files or folders")->required();
        CLI::App* customer = app.add_subcommand("customer", "change customers");
        customer->require_subcommand(1);
        CLI::App* add = customer->add_subcommand("add", "add one");
        add->add_option("name", name, "its name")->required();
        add->add_option("--domain", paths, "a domain (repeatable)");
        CLI::App* search = app.add_subcommand("search", "find mail");
        search->footer("Query: words; \"a phrase\"\n.dot-led line");
        search->add_option("--sort", sort, "order")->check(CLI::IsMember({"date", "relevance"}));
        search->add_option("--limit", limit, "results")->capture_default_str();
        search->add_flag("--json", json, "print JSON");
        app.add_subcommand("secret", "hidden")->group("");
    }
};

} // namespace

TEST_CASE("manual: roff escapes backslashes, hyphens and leading dots", "[manual]") {
    CHECK(manual::roff::text("a-b\\c") == "a\\-b\\ec");
    CHECK(manual::roff::text(".x\n'y") == "\\&.x\n\\&'y");
    CHECK(manual::roff::lines("a\n.b") == "a\n.br\n\\&.b\n");
    CHECK(manual::roff::bold("--json") == "\\fB\\-\\-json\\fR");
}

TEST_CASE("manual: the command model walks every visible command and option", "[manual]") {
    TestApp t;
    manual::CommandDoc program = manual::describe(t.app);
    REQUIRE(program.subcommands.size() == 3); // "secret" is hidden
    CHECK(program.options.size() == 1);       // -c; --help is left out
    CHECK(program.options[0].names == std::vector<std::string>{"-c", "--config"});
    const manual::CommandDoc& customer = program.subcommands[1];
    CHECK(manual::joined_path(customer.subcommands.at(0)) == "customer add");
    CHECK(customer.needs_subcommand);
    const manual::CommandDoc& search = program.subcommands[2];
    CHECK(search.options.size() == 3);
    CHECK(search.options[0].value.find("{date,relevance}") != std::string::npos);
    CHECK(search.options[1].default_value == "20");
    CHECK(search.options[2].value.empty()); // a flag
    CHECK(program.subcommands[0].arguments.at(0).many);
}

TEST_CASE("manual: mailclerk(1) names every command, option and exit status", "[manual]") {
    TestApp t;
    std::string page = manual::command_page(manual::describe(t.app), {"9.9"});
    for (const char* wanted :
         {".TH \"MAILCLERK\" \"1\" \"\" \"mailclerk 9.9\"", ".SH NAME\nmailclerk \\- does things",
          ".SS \"mailclerk import\"", ".SS \"mailclerk customer add\"", "\\fB\\-\\-domain\\fR",
          "\\fB\\-\\-limit\\fR \\fIINT\\fR", "(default: 20)", "\\fIpaths\\fR...",
          "\\&.dot\\-led line", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", "MAILCLERK_CONFIG",
          ".SH FILES"})
        CHECK_THAT(page, Catch::Contains(wanted));
    CHECK_THAT(page, !Catch::Contains("secret"));
    // Exit codes follow exit_code_for(): configuration errors are 2, network failures 1.
    size_t two = page.find(".B 2\n");
    REQUIRE(two != std::string::npos);
    CHECK(page.find("configuration is invalid", two) != std::string::npos);
    CHECK(page.find("could not be reached") < two);
}

TEST_CASE("manual: mailclerk.toml(5) documents every key the parser reads", "[manual]") {
    auto page = manual::config_page({"9.9"});
    REQUIRE(page);
    auto reference = config::key_reference();
    REQUIRE(reference);
    for (const config::KeyReference& key : *reference) {
        INFO(key.doc->section << "." << key.doc->key);
        size_t section =
            page->find(".SS \"" + manual::roff::text(config::section_header(*key.section)));
        REQUIRE(section != std::string::npos);
        size_t entry = page->find(".TP\n" + manual::roff::bold(key.doc->key) + " = ", section);
        CHECK(entry != std::string::npos);
    }
    CHECK_THAT(*page, Catch::Contains("Default: 4."));          // daemon.max_connections
    CHECK_THAT(*page, Catch::Contains("integer from 1 to 64")); // its range
    CHECK_THAT(*page, Catch::Contains("Exactly one of password_command, password_file, "
                                      "password_env, oauth2_token_command."));
}

TEST_CASE("manual: the bash completion knows commands, options and choices", "[manual]") {
    TestApp t;
    std::string script = manual::bash_completion(manual::describe(t.app));
    CHECK_THAT(script, Catch::Contains("'/customer') words='add' ;;"));
    CHECK_THAT(script, Catch::Contains("'') words='import customer search' ;;"));
    CHECK_THAT(script, Catch::Contains("'/search:--sort')"));
    CHECK_THAT(script, Catch::Contains("compgen -W 'date relevance'"));
    CHECK_THAT(script, Catch::Contains("*':-c'|*':--config'")); // any command: an unquoted *
    CHECK_THAT(script,
               Catch::Contains("complete -o bashdefault -o default -F _mailclerk mailclerk"));
    CHECK_THAT(script, !Catch::Contains("secret"));
}
