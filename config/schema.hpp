#pragma once
// The documentation of the config's key table: what each section and key is for, and an example
// value. Types, ranges and defaults are not written here: key_reference() reads them from the
// parser itself (config.cpp's TableReader calls), so mailclerk.toml(5), the shipped example
// config and the parser cannot drift apart; it fails when a key is read but not documented here,
// or documented but not read.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "config/key_observer.hpp"

namespace mailclerk::config {

struct SectionDoc {
    std::string_view name;    // "archive"; written [archive], or [[account]] when `array`
    bool array = false;       // an array of tables: [[account]], [[customer]], [[kind_rule]]
    bool required = false;    // the file must have it
    std::string_view summary; // one paragraph
};

enum class Need {
    optional,
    required, // the section is incomplete without it
    one_of,   // exactly one key of the section's one_of keys (the account's secret)
};

struct KeyDoc {
    std::string_view section;
    std::string_view key;
    Need need = Need::optional;
    std::string_view description;
    std::string_view example;     // a TOML value
    std::string_view empty_means; // what the default means when it is "" or [], if anything
};

std::span<const SectionDoc> section_docs();
std::span<const KeyDoc> key_docs();

// One key as the parser reads it, with its documentation.
struct KeyReference {
    const SectionDoc* section = nullptr;
    const KeyDoc* doc = nullptr;
    detail::KeyType type = detail::KeyType::string;
    std::string default_value; // as TOML, taken from the parser before it read the key
    int min = 0, max = 0;      // integers
};

// Every key, in documentation order. Parses example_config() while watching the parser; fails
// (ErrorCode::config) when the example does not parse, or the documented keys and those the
// parser reads differ.
Result<std::vector<KeyReference>> key_reference();

enum class ExampleStyle {
    every_key, // every section once, every key set to its example (one of each one_of group)
    shipped,   // /etc/mailclerk/mailclerk.toml: required keys set, everything else commented out
};

// A config file built from the examples. `one_of_choice` picks which key of a one_of group is
// set (default: the first).
std::string example_config(ExampleStyle style, std::string_view one_of_choice = {});

// "[archive]" or "[[account]]".
std::string section_header(const SectionDoc& section);

} // namespace mailclerk::config
