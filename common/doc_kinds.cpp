#include "common/doc_kinds.hpp"

#include <array>
#include <string>

namespace mailclerk {
namespace {

constexpr std::array<DocKindInfo, 7> k_kinds = {{
    {DocKind::inquiry, "inquiry", "inquiries", "Inquiries", "询价"},
    {DocKind::quote, "quote", "quotes", "Quotes", "报价"},
    {DocKind::contract, "contract", "contracts", "Contracts", "合同"},
    {DocKind::order, "order", "orders", "Orders", "订单"},
    {DocKind::invoice, "invoice", "invoices", "Invoices", "发票"},
    {DocKind::price_notice, "price-notice", "price-notices", "Price notices", "调价通知"},
    {DocKind::other, "other", "other", "Other", "其他"},
}};

} // namespace

std::span<const DocKindInfo> doc_kinds() {
    return k_kinds;
}

const DocKindInfo& doc_kind_info(DocKind kind) {
    for (const DocKindInfo& info : k_kinds)
        if (info.kind == kind) return info;
    return k_kinds.back();
}

std::optional<DocKind> doc_kind_named(std::string_view name) {
    for (const DocKindInfo& info : k_kinds)
        if (info.name == name) return info.kind;
    return std::nullopt;
}

const std::string& doc_kind_names() {
    static const std::string k_names = [] {
        std::string names;
        for (const DocKindInfo& info : k_kinds)
            names += (names.empty() ? "" : ", ") + std::string(info.name);
        return names;
    }();
    return k_names;
}

} // namespace mailclerk
