// mailclerk.toml(5): every key as config::key_reference() reads it from the parser (type, range,
// default) with its documentation from config/schema.cpp.
#include <fmt/format.h>

#include "config/schema.hpp"
#include "daemon/manual/manual.hpp"
#include "daemon/manual/roff.hpp"

namespace mailclerk::manual {
namespace {

using config::KeyReference;
using config::Need;

constexpr std::string_view k_description[] = {
    "mailclerk reads one TOML file: -c CONFIG, else $MAILCLERK_CONFIG, else "
    "/etc/mailclerk/mailclerk.toml. Every key has a default unless it is marked required; a key "
    "or section that mailclerk does not know is an error that names its line and suggests the "
    "key you may have meant. Errors read \"file:line: section.key: message\". Relative paths "
    "are relative to the file's folder.",
    "The service re-reads the file on SIGHUP (systemctl reload mailclerk); a file with an error "
    "is logged and the running configuration kept. mailclerk doctor checks the file together "
    "with what it names: the archive, the accounts, the web certificate.",
    "The file is readable by root and the group mailclerk only (mode 0640). Never put a "
    "password in it: each account names where its secret comes from.",
};

std::string type_name(const KeyReference& key) {
    switch (key.type) {
    case config::detail::KeyType::string:
        return "string";
    case config::detail::KeyType::boolean:
        return "boolean";
    case config::detail::KeyType::integer:
        return fmt::format("integer from {} to {}", key.min, key.max);
    case config::detail::KeyType::string_list:
        return "list of strings";
    }
    return "value";
}

std::string one_of_keys(const KeyReference& key) {
    std::string out;
    for (const config::KeyDoc& other : config::key_docs())
        if (other.section == key.doc->section && other.need == Need::one_of)
            out += (out.empty() ? "" : ", ") + std::string(other.key);
    return out;
}

std::string default_text(const KeyReference& key) {
    if (key.doc->need == Need::required) return "Required.";
    if (key.doc->need == Need::one_of) return "Exactly one of " + one_of_keys(key) + ".";
    std::string out = "Default: " + key.default_value;
    if (!key.doc->empty_means.empty()) out += fmt::format(" ({})", key.doc->empty_means);
    return out + ".";
}

void append_key(std::string& out, const KeyReference& key) {
    out += fmt::format(".TP\n{} = {}\n", roff::bold(key.doc->key), roff::italic(type_name(key)));
    out += roff::text(key.doc->description) + "\n.br\n";
    out += roff::text(default_text(key)) + "\n.br\n";
    out += "Example: " + roff::text(fmt::format("{} = {}", key.doc->key, key.doc->example)) + "\n";
}

} // namespace

Result<std::string> config_page(const PageInfo& info) {
    auto keys = config::key_reference();
    if (!keys) return tl::unexpected(keys.error());
    std::string out =
        roff::title("MAILCLERK.TOML", 5, "mailclerk " + info.version, "mailclerk manual");
    out += ".SH NAME\nmailclerk.toml \\- configuration file of mailclerk\n";
    out += ".SH SYNOPSIS\n/etc/mailclerk/mailclerk.toml\n";
    out += ".SH DESCRIPTION\n";
    for (std::string_view paragraph : k_description)
        out += roff::paragraph(paragraph);
    out += ".SH SECTIONS\n";
    const config::SectionDoc* section = nullptr;
    for (const KeyReference& key : *keys) {
        if (key.section != section) {
            section = key.section;
            out += fmt::format(".SS \"{}\"\n", roff::text(config::section_header(*section)));
            out += roff::text(section->summary) + "\n";
            if (section->array)
                out += roff::paragraph(fmt::format("Repeat the {} table once for each.",
                                                   config::section_header(*section)));
        }
        append_key(out, key);
    }
    out += ".SH EXAMPLE\nEvery key set to its example value:\n.PP\n.nf\n" +
           roff::text(config::example_config(config::ExampleStyle::every_key)) + "\n.fi\n";
    out += ".SH FILES\n.TP\n" + roff::bold("/etc/mailclerk/mailclerk.toml") +
           "\nThe configuration the service reads.\n.TP\n" +
           roff::bold("/usr/share/doc/mailclerk/examples/mailclerk.toml") +
           "\nThe file as the package installed it.\n";
    out += ".SH \"SEE ALSO\"\n" + roff::bold("mailclerk") + "(1)\n";
    return out;
}

} // namespace mailclerk::manual
