// The config's key documentation against the parser (issue 22): mailclerk.toml(5) and the
// shipped example are built from config/schema.cpp, so it must name exactly the keys the parser
// reads, with examples the parser accepts and defaults taken from the parser itself.
#include <catch2/catch.hpp>

#include <set>

#include "config/config.hpp"
#include "config/key_observer.hpp"
#include "config/schema.hpp"

using namespace mailclerk::config;

namespace {

std::set<std::string> documented_keys() {
    std::set<std::string> out;
    for (const KeyDoc& key : key_docs())
        out.insert(std::string(key.section) + "." + std::string(key.key));
    return out;
}

} // namespace

TEST_CASE("config schema: the parser reads exactly the documented keys", "[config][manual]") {
    std::set<std::string> read;
    {
        detail::KeyObserver observer;
        REQUIRE(parse(example_config(ExampleStyle::every_key), "/etc/mc.toml"));
        for (const detail::KeyEvent& event : observer.events())
            read.insert(event.table + "." + event.key);
    }
    CHECK(read == documented_keys());
    auto reference = key_reference();
    REQUIRE(reference);
    CHECK(reference->size() == key_docs().size());
}

TEST_CASE("config schema: sections are the parser's", "[config][manual]") {
    std::set<std::string> sections;
    for (const SectionDoc& section : section_docs())
        sections.insert(std::string(section.name));
    for (const KeyDoc& key : key_docs())
        CHECK(sections.count(std::string(key.section)) == 1);
    // A section the parser does not know is refused; every documented one is accepted.
    for (const SectionDoc& section : section_docs()) {
        std::string text = "[archive]\nroot = \"/srv\"\n";
        if (section.name != "archive") text += section.array ? "" : section_header(section) + "\n";
        INFO(section.name);
        CHECK(parse(text, "/etc/mc.toml"));
    }
}

TEST_CASE("config schema: every example parses, each secret source too", "[config][manual]") {
    for (const KeyDoc& key : key_docs()) {
        if (key.need != Need::one_of) continue;
        INFO(key.key);
        auto config = parse(example_config(ExampleStyle::every_key, key.key), "/etc/mc.toml");
        REQUIRE(config);
        REQUIRE(config->accounts.size() == 1);
    }
    auto shipped = parse(example_config(ExampleStyle::shipped), "/etc/mailclerk/mailclerk.toml");
    REQUIRE(shipped);
    CHECK(shipped->archive_root == "/var/lib/mailclerk");
    CHECK(shipped->accounts.empty()); // everything but the archive root is commented out
    std::string text = example_config(ExampleStyle::shipped);
    for (const KeyDoc& key : key_docs()) {
        INFO(key.key);
        CHECK(text.find(std::string(key.key) + " = ") != std::string::npos);
    }
}

TEST_CASE("config schema: defaults come from the parser's own structs", "[config][manual]") {
    auto reference = key_reference();
    REQUIRE(reference);
    auto default_of = [&](std::string_view section, std::string_view key) {
        for (const KeyReference& ref : *reference)
            if (ref.doc->section == section && ref.doc->key == key) return ref.default_value;
        FAIL("no key " << section << "." << key);
        return std::string();
    };
    Config config;
    Account account;
    Customer customer;
    CHECK(default_of("daemon", "max_connections") == std::to_string(config.daemon.max_connections));
    CHECK(default_of("daemon", "batch_megabytes") == std::to_string(config.daemon.batch_megabytes));
    CHECK(default_of("roster", "dormant_days") == std::to_string(config.roster.dormant_days));
    CHECK(default_of("web", "session_minutes") == std::to_string(config.web.session_minutes));
    CHECK(default_of("imap_filing", "prefix") == "\"" + config.imap_filing.prefix + "\"");
    CHECK(default_of("imap_filing", "enabled") == "false");
    CHECK(default_of("account", "poll_seconds") == std::to_string(account.poll_seconds));
    CHECK(default_of("account", "tls_verify") == "true");
    CHECK(default_of("account", "folders") == "[]");
    CHECK(default_of("customer", "category") == "\"" + customer.category + "\"");
    for (const KeyReference& ref : *reference)
        if (ref.doc->key == "max_connections") {
            CHECK(ref.type == detail::KeyType::integer);
            CHECK(ref.min == 1);
            CHECK(ref.max == 64);
        }
}

TEST_CASE("config schema: the observer sees keys and values before they are read",
          "[config][manual]") {
    detail::KeyObserver outer;
    {
        detail::KeyObserver inner; // the innermost observer gets the events
        REQUIRE(parse("[archive]\nroot = \"/srv\"\nown_domains = [\"a.com\"]\n", "/x.toml"));
        REQUIRE(inner.events().size() == 4);
        CHECK(inner.events()[0].key == "root");
        CHECK(inner.events()[0].before == "\"\"");
        CHECK(inner.events()[2].type == detail::KeyType::string_list);
        CHECK(inner.events()[2].before == "[]");
    }
    CHECK(outer.events().empty());
    REQUIRE(parse("[archive]\nroot = \"/srv\"\n", "/x.toml"));
    CHECK(outer.events().size() == 4);
}
