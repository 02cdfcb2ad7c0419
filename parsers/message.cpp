#include "parsers/message.hpp"

#include <algorithm>

namespace mailclerk::parsers {

const char* to_string(DocKind kind) {
    switch (kind) {
    case DocKind::inquiry:
        return "inquiry";
    case DocKind::quote:
        return "quote";
    case DocKind::contract:
        return "contract";
    case DocKind::order:
        return "order";
    case DocKind::invoice:
        return "invoice";
    case DocKind::price_notice:
        return "price-notice";
    case DocKind::other:
        return "other";
    }
    return "other";
}

const char* folder_name(DocKind kind) {
    switch (kind) {
    case DocKind::inquiry:
        return "inquiries";
    case DocKind::quote:
        return "quotes";
    case DocKind::contract:
        return "contracts";
    case DocKind::order:
        return "orders";
    case DocKind::invoice:
        return "invoices";
    case DocKind::price_notice:
        return "price-notices";
    case DocKind::other:
        return "other";
    }
    return "other";
}

const char* to_string(AttachmentOrigin origin) {
    switch (origin) {
    case AttachmentOrigin::mime:
        return "mime";
    case AttachmentOrigin::uuencode:
        return "uuencode";
    case AttachmentOrigin::tnef:
        return "tnef";
    }
    return "mime";
}

bool Message::has_flag(std::string_view flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

void Message::add_flag(std::string flag) {
    if (!has_flag(flag)) flags.push_back(std::move(flag));
}

} // namespace mailclerk::parsers
