#pragma once
// The document kinds, in one table: their names (config, the query language, JSON), their
// archive folders and their labels in English and Chinese. Config, parsers, search, the web page
// and its translations all read this table, so a kind is added in one place.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mailclerk {

// price_notice: a price-adjustment circular (调价通知, "Price adjustment notice"): it changes
// current prices like a quote does, but is filed apart so reps see which prices were announced.
enum class DocKind { inquiry, quote, contract, order, invoice, price_notice, other };

struct DocKindInfo {
    DocKind kind;
    std::string_view name;     // "quote": config, search `kind:`, JSON, the index
    std::string_view folder;   // "quotes": customers/<slug>/<folder>/
    std::string_view label_en; // "Quotes"
    std::string_view label_zh; // "报价"
};

// Every kind, in the order people see them (inquiry first, other last).
std::span<const DocKindInfo> doc_kinds();
const DocKindInfo& doc_kind_info(DocKind kind);
// "quote" -> DocKind::quote; nullopt for an unknown name.
std::optional<DocKind> doc_kind_named(std::string_view name);
// "inquiry, quote, contract, order, invoice, price-notice, other": for error messages.
const std::string& doc_kind_names();

} // namespace mailclerk
