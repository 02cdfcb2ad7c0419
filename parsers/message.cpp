#include "parsers/message.hpp"

#include <algorithm>

namespace mailclerk::parsers {

// The table's names are string literals, so data() is NUL-terminated.
const char* to_string(DocKind kind) {
    return doc_kind_info(kind).name.data();
}

const char* folder_name(DocKind kind) {
    return doc_kind_info(kind).folder.data();
}

const char* to_string(AttachmentOrigin origin) {
    constexpr const char* k_names[] = {"mime", "uuencode", "tnef"}; // enum order
    return k_names[static_cast<size_t>(origin)];
}

bool is_technical_part(std::string_view content_type, bool named) {
    // Technical whatever the sender called them ("details.txt", "signature.asc").
    static constexpr std::string_view k_always[] = {
        "application/pgp-signature",        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-encrypted", // the "Version: 1" control part of PGP/MIME
        "message/delivery-status",          "message/global-delivery-status",
        "message/disposition-notification", "message/global-disposition-notification",
        "message/feedback-report",
        "message/rfc822-headers", // not registered, but bounces use it for text/rfc822-headers
        "message/global-headers",           "text/rfc822-headers",
    };
    // The machine-readable twin of an invitation or a card the mail shows; a file the sender
    // named (invite.ics, card.vcf) was attached on purpose and is a document.
    static constexpr std::string_view k_nameless[] = {
        "text/calendar", "application/ics", "text/vcard", "text/x-vcard", "text/directory",
    };
    for (std::string_view type : k_always)
        if (content_type == type) return true;
    if (named) return false;
    for (std::string_view type : k_nameless)
        if (content_type == type) return true;
    return false;
}

bool Message::has_flag(std::string_view flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

void Message::add_flag(std::string flag) {
    if (!has_flag(flag)) flags.push_back(std::move(flag));
}

} // namespace mailclerk::parsers
