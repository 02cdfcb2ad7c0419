#pragma once
// Internal to config/: the config's [[customer]] tables kept parsed beside the index (issue 18,
// a lean start). toml++ spends ~12 M instructions on a 500-customer file, the largest part of a
// `search` start, while those tables rarely change: config::load parses the other lines and
// takes the customers from this cache when their text is byte for byte the text that was last
// parsed in full (the cache holds that text). Any change to a customer's lines, or to
// where they stand in the file, parses the whole file again and rewrites the cache.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.hpp"

namespace mailclerk::config::detail {

// A config text cut in two by lines, line numbers kept (a line of one half is blank in the
// other): `customers` holds every [[customer]] table, from its header to the next header of
// another table, `rest` all other lines.
struct CustomerSplit {
    std::string rest;
    std::string customers;
    bool any = false; // a [[customer]] header was found
};

// nullopt where lines cannot tell tables apart: a multi-line string (""" or ''') can hold a
// line that looks like a header.
std::optional<CustomerSplit> split_customers(std::string_view text);

// The cache file's bytes: the customers' text itself (its key, compared byte for byte: no hash
// to compute, nothing to collide) and the customers parsed from it. decode gives nullopt for
// another text or for bytes that are not a whole cache file.
std::string encode_customers(std::string_view customers_text,
                             const std::vector<Customer>& customers);
std::optional<std::vector<Customer>> decode_customers(std::string_view bytes,
                                                      std::string_view customers_text);

// Field by field, line included: whether a cache holds exactly what a parse gave.
bool same_customers(const std::vector<Customer>& a, const std::vector<Customer>& b);

// Where the cache of a config lives: beside its SQLite index.
std::filesystem::path customer_cache_path(const Config& config);

} // namespace mailclerk::config::detail
