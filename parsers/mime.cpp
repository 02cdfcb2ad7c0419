#include "parsers/mime.hpp"

#include <memory>
#include <optional>
#include <sstream>

#include <mimetic/mimetic.h>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/codec.hpp"
#include "parsers/envelope.hpp"
#include "parsers/header_decode.hpp"
#include "parsers/html_text.hpp"
#include "parsers/mime_headers.hpp"
#include "parsers/mime_slice.hpp"
#include "parsers/tnef.hpp"

namespace mailclerk::parsers {
namespace {

using mimetic::MimeEntity;

constexpr size_t k_text_cap = size_t{1} << 20;
// mimetic recurses once per nesting level; cap both its input and our walk.
constexpr size_t k_max_containers = 1000;
constexpr int k_max_depth = 100;

HeaderFields fields_of(const MimeEntity& entity) {
    HeaderFields fields;
    for (const auto& field : entity.header())
        fields.push_back({std::string(field.name().begin(), field.name().end()), field.value()});
    return fields;
}

// What we need to know about one entity, from its own headers.
struct PartInfo {
    ParameterizedHeader type;
    ParameterizedHeader disposition;
    std::string encoding; // lower-case transfer encoding
    std::string filename; // decoded; Content-Disposition first, then Content-Type name

    bool is(std::string_view mime_type) const { return type.value == mime_type; }
    bool is_text() const { return type.value.starts_with("text/"); }
};

// RFC 2045 5.2: a part without a Content-Type, or with one that is no "type/subtype", is plain
// text; in a multipart/digest it is an attached message (RFC 2046 5.1.5).
constexpr std::string_view k_default_type = "text/plain";
constexpr std::string_view k_digest_default_type = "message/rfc822";

// "text/plain" but not "text/", "/" or "<html>/" (mimetic writes a value without a slash so;
// Python's email reads those as text/plain too, and keeps a type with one slash even when junk
// follows, as we do).
bool is_media_type(std::string_view type) {
    size_t slash = type.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < type.size() &&
           type.find('/', slash + 1) == std::string_view::npos;
}

PartInfo describe(const HeaderFields& fields, std::string_view default_type = k_default_type) {
    PartInfo info;
    const std::string* type = find_field(fields, "Content-Type");
    if (type != nullptr) info.type = parse_parameterized(*type);
    if (type == nullptr)
        info.type.value = default_type;
    else if (!is_media_type(info.type.value))
        info.type.value = k_default_type;
    if (const std::string* disposition = find_field(fields, "Content-Disposition"))
        info.disposition = parse_parameterized(*disposition);
    if (const std::string* encoding = find_field(fields, "Content-Transfer-Encoding"))
        info.encoding = utf8::ascii_lower(utf8::trim(*encoding));
    for (auto* params : {&info.disposition.params, &info.type.params}) {
        for (const char* key : {"filename", "name"}) {
            auto it = params->find(key);
            if (info.filename.empty() && it != params->end())
                info.filename = std::string(utf8::trim(it->second));
        }
    }
    return info;
}

bool is_header_line_start(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 76) return false;
    for (char c : line.substr(0, colon))
        if (c <= 32 || c >= 127) return false;
    return true;
}

// Leading blank lines and an mbox "From " line are not part of the message.
std::string_view skip_preamble(std::string_view raw) {
    while (!raw.empty() && (raw.front() == '\r' || raw.front() == '\n'))
        raw.remove_prefix(1);
    if (raw.starts_with("From ")) {
        size_t eol = raw.find('\n');
        raw = eol == std::string_view::npos ? std::string_view() : raw.substr(eol + 1);
    }
    // An indented first header (" From: ...") is a broken mailer, not a continuation line.
    std::string_view trimmed = raw;
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t'))
        trimmed.remove_prefix(1);
    if (trimmed.size() != raw.size() && is_header_line_start(trimmed.substr(0, trimmed.find('\n'))))
        return trimmed;
    return raw;
}

bool ends_with_nocase(std::string_view text, size_t end, std::string_view word) {
    if (end < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = text[end - word.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

size_t count_containers(std::string_view raw) {
    size_t count = 0;
    for (size_t pos = raw.find('/'); pos != std::string_view::npos; pos = raw.find('/', pos + 1))
        if (ends_with_nocase(raw, pos, "multipart") || ends_with_nocase(raw, pos, "message"))
            ++count;
    return count;
}

// Construct first, then load: when mimetic's parser throws from inside the constructor, the
// parts it already built are never freed (~MimeEntity does not run); after construction the
// unique_ptr frees them (found by fuzz/fuzz_parse_message under LeakSanitizer).
std::unique_ptr<MimeEntity> load(std::string_view raw, int mask) {
    auto entity = std::make_unique<MimeEntity>();
    entity->load(raw.begin(), raw.end(), mask);
    return entity;
}

std::string subject_of(const HeaderFields& fields) {
    const std::string* subject = find_field(fields, "Subject");
    return subject ? std::string(utf8::trim(decode_header_text(*subject))) : std::string();
}

// mimetic reports hostile input by throwing, and not only std::exception: this is the one place
// that catches it. Returns whether `read` finished; what it read before the throw is kept.
template <typename Read> bool read_with_mimetic(Read&& read) noexcept {
    try {
        read();
        return true;
    } catch (...) {
        return false;
    }
}

// The Subject of an attached message mimetic did not read as one: its header block only.
// No readable header gives "" and the file is named "message.eml".
std::string subject_of_message(std::string_view eml) {
    std::string subject;
    read_with_mimetic([&] {
        subject = subject_of(fields_of(*load(eml, mimetic::imBody | mimetic::imChildParts)));
    });
    return subject;
}

// Plain text as the rest of mailclerk wants it: LF line ends, no NUL bytes.
std::string normalize_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\0') continue;
        if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            out.push_back('\n');
            continue;
        }
        out.push_back(text[i]);
    }
    return out;
}

enum class Mode { text, attachments_only };

// Attached messages deeper than this are filed but their text is not read (each level parses
// its bytes again).
constexpr int k_max_attached_levels = 4;
constexpr size_t k_max_attached_text_source = size_t{16} << 20;

void parse_into(std::string_view raw, Message& message, int level);

class Builder {
  public:
    Builder(Message& message, int level) : m_message(message), m_level(level) {}

    // `raw` is the entity's own bytes when the slicer found them (mime_slice.hpp), else nullopt;
    // `default_type` its type when it has no Content-Type (set by its container).
    void walk(const MimeEntity& entity, Mode mode, int depth, std::optional<std::string_view> raw,
              std::string_view default_type = k_default_type) {
        if (depth > k_max_depth) {
            m_message.add_flag("too-deep");
            return;
        }
        PartInfo info = describe(fields_of(entity), default_type);
        const auto& parts = entity.body().parts();
        note_security(info);
        if (info.is("message/external-body")) return; // a pointer to a file, not a file
        // message/global is RFC 6532's message/rfc822 (bounces of internationalised mail).
        if (info.is("message/rfc822") || info.is("message/global"))
            add_message_attachment(entity, info, mode, raw);
        else if (info.type.value.starts_with("multipart/") || !parts.empty())
            walk_multipart(entity, info, mode, depth, raw);
        else
            add_leaf(entity, info, mode);
    }

    void finish() {
        if (m_segments.empty() && !utf8::trim(m_fallback_text).empty())
            m_segments.push_back(std::move(m_fallback_text));
        std::string text;
        for (const auto& segment : m_segments) {
            if (!text.empty() && text.back() != '\n') text.push_back('\n');
            text += segment;
        }
        if (!m_saw_plain && m_saw_html) m_message.add_flag("html-only");
        if (text.size() > k_text_cap) {
            text = std::string(utf8::truncate(text, k_text_cap));
            m_message.add_flag("text-truncated");
        }
        m_message.text = std::move(text);
    }

  private:
    // Signed and encrypted mail is archived byte for byte; the flags say why text may be missing.
    void note_security(const PartInfo& info) {
        if (info.is("multipart/signed")) m_message.add_flag("signed");
        if (info.is("multipart/encrypted")) m_message.add_flag("encrypted");
        if (info.is("application/pkcs7-mime") || info.is("application/x-pkcs7-mime")) {
            auto smime = info.type.params.find("smime-type");
            bool signed_only = smime != info.type.params.end() && smime->second == "signed-data";
            m_message.add_flag(signed_only ? "signed" : "encrypted");
        }
    }

    void walk_multipart(const MimeEntity& entity, const PartInfo& info, Mode mode, int depth,
                        std::optional<std::string_view> raw) {
        const auto& parts = entity.body().parts();
        if (info.type.value.starts_with("multipart/") && !info.type.params.contains("boundary"))
            m_message.add_flag("missing-boundary");
        if (parts.empty()) {
            // The boundary never appears: everything sits in the preamble; keep it as text.
            m_message.add_flag("missing-boundary");
            if (mode == Mode::text) add_text(entity.body().preamble(), "", false);
            return;
        }
        size_t chosen = info.is("multipart/alternative") ? pick_alternative(parts) : parts.size();
        std::string_view child_default =
            info.is("multipart/digest") ? k_digest_default_type : k_default_type;
        std::vector<std::string_view> slices = raw_parts(raw, info);
        size_t index = 0;
        for (const MimeEntity* child : parts) {
            bool other_alternative = chosen != parts.size() && index != chosen;
            // Where the slicer and mimetic disagree on the parts, their bytes are not known.
            std::optional<std::string_view> slice;
            if (slices.size() == parts.size()) slice = slices[index];
            walk(*child, other_alternative ? Mode::attachments_only : mode, depth + 1, slice,
                 child_default);
            ++index;
        }
    }

    static std::vector<std::string_view> raw_parts(std::optional<std::string_view> raw,
                                                   const PartInfo& info) {
        auto boundary = info.type.params.find("boundary");
        if (!raw || boundary == info.type.params.end()) return {};
        std::optional<std::string_view> body = entity_body(*raw);
        if (!body) return {};
        return multipart_parts(*body, boundary->second);
    }

    // Plain text first; else the last HTML or container alternative; else the last one.
    static size_t pick_alternative(const mimetic::MimeEntityList& parts) {
        size_t index = 0, richest = parts.size();
        for (const MimeEntity* child : parts) {
            PartInfo info = describe(fields_of(*child));
            bool attachment = info.disposition.value == "attachment" || !info.filename.empty();
            if (info.is("text/plain") && !attachment) return index;
            if (info.is("text/html") || info.type.value.starts_with("multipart/")) richest = index;
            ++index;
        }
        return richest == parts.size() ? parts.size() - 1 : richest;
    }

    void add_leaf(const MimeEntity& entity, const PartInfo& info, Mode mode) {
        bool body_text = info.is("text/plain") || info.is("text/html");
        bool attachment =
            info.disposition.value == "attachment" || !info.filename.empty() || !body_text;
        // Another rendering of the body in an alternative (text/enriched, text/watch-html): the
        // chosen one is the text; this one is no file the sender attached. (An invitation's
        // text/calendar twin stays listed, as a technical part.)
        if (mode == Mode::attachments_only && info.is_text() && info.filename.empty() &&
            info.disposition.value != "attachment" && !info.is("text/html") &&
            !is_technical_part(info.type.value, false))
            return;
        if (!attachment) {
            if (info.is("text/html")) keep_html(entity, info);
            if (mode == Mode::text) {
                auto charset = info.type.params.find("charset");
                add_text(decode_body(entity, info),
                         charset == info.type.params.end() ? "" : charset->second,
                         info.is("text/html"));
            }
            return;
        }
        Attachment file;
        file.filename = info.filename;
        file.content_type = info.type.value;
        if (is_uuencode(info.encoding))
            decode_uuencoded_part(entity.body(), file);
        else
            file.content = decode_body(entity, info);
        file.is_inline = info.disposition.value == "inline" && info.filename.empty();
        file.technical = is_technical_part(file.content_type, !file.filename.empty());
        if (is_tnef_part(file.content_type, file.filename) && unpack_winmail(file.content)) return;
        m_message.attachments.push_back(std::move(file));
    }

    // The first HTML body, chosen or not: its tables are what a quote's price reader wants.
    void keep_html(const MimeEntity& entity, const PartInfo& info) {
        if (!m_message.html.empty()) return;
        auto charset = info.type.params.find("charset");
        Decoded decoded = to_utf8(decode_body(entity, info),
                                  charset == info.type.params.end() ? "" : charset->second);
        m_message.html = std::string(utf8::truncate(decoded.text, k_text_cap));
    }

    // winmail.dat: its files become attachments and its body the text when there is no other.
    // False when the bytes are no TNEF stream (the part is then kept as it is).
    bool unpack_winmail(std::string_view bytes) {
        std::optional<TnefContent> content = unpack_tnef(bytes);
        if (!content) return false;
        if (content->damaged) m_message.add_flag("tnef-damaged");
        for (auto& file : content->attachments)
            m_message.attachments.push_back(std::move(file));
        if (!content->text.empty())
            m_fallback_text = normalize_text(content->text);
        else if (!content->html.empty())
            m_fallback_text = html_to_text(normalize_text(content->html));
        return true;
    }

    static bool is_uuencode(std::string_view encoding) {
        return encoding == "x-uuencode" || encoding == "uuencode" || encoding == "x-uue";
    }

    void decode_uuencoded_part(std::string_view body, Attachment& file) {
        auto decoded = uudecode(body);
        if (!decoded) {
            m_message.add_flag("bad-uuencode");
            file.content = std::string(body);
            return;
        }
        if (decoded->content.damaged) m_message.add_flag("bad-uuencode");
        if (file.filename.empty()) file.filename = to_utf8(decoded->name, "").text;
        file.content = std::move(decoded->content.bytes);
    }

    // Old mailers put files into plain bodies as uuencoded blocks: each becomes an attachment
    // and leaves the text.
    std::string extract_uu_blocks(std::string_view text) {
        std::vector<UuBlock> blocks = find_uu_blocks(text);
        if (blocks.empty()) return std::string(text);
        std::string rest;
        size_t pos = 0;
        for (const UuBlock& block : blocks) {
            rest.append(text.substr(pos, block.begin - pos));
            pos = block.end;
            auto decoded = uudecode(text.substr(block.begin, block.end - block.begin));
            if (!decoded) continue;
            if (decoded->content.damaged) m_message.add_flag("bad-uuencode");
            Attachment file;
            file.filename = to_utf8(decoded->name, "").text;
            file.content_type = "application/octet-stream";
            file.content = std::move(decoded->content.bytes);
            file.origin = AttachmentOrigin::uuencode;
            m_message.attachments.push_back(std::move(file));
        }
        rest.append(text.substr(pos));
        return rest;
    }

    void add_text(std::string_view bytes, std::string_view charset, bool html) {
        Decoded decoded = to_utf8(bytes, charset);
        if (decoded.lossy) m_message.add_flag("bad-charset");
        if (decoded.unknown) m_message.add_flag("unknown-charset");
        if (!decoded.detected.empty()) m_message.add_flag("charset-detected");
        std::string text = normalize_text(decoded.text);
        if (html)
            text = html_to_text(text);
        else if (text.find("begin ") != std::string::npos)
            text = extract_uu_blocks(text);
        (html ? m_saw_html : m_saw_plain) = true;
        if (!utf8::trim(text).empty()) m_segments.push_back(std::move(text));
    }

    std::string decode_body(const MimeEntity& entity, const PartInfo& info) {
        const std::string& body = entity.body();
        return decode_transfer(body, info.encoding);
    }

    std::string decode_transfer(std::string_view body, std::string_view encoding) {
        if (encoding == "base64") {
            DecodedBytes decoded = base64_decode(body);
            if (decoded.damaged) m_message.add_flag("bad-base64");
            return std::move(decoded.bytes);
        }
        if (encoding == "quoted-printable") return quoted_printable_decode(body, QpMode::body);
        return std::string(body);
    }

    // An attached message stays one attachment (an .eml) with the sender's bytes; its text is
    // indexed with ours, under a header line, so a search finds the mail a customer forwarded.
    void add_message_attachment(const MimeEntity& entity, const PartInfo& info, Mode mode,
                                std::optional<std::string_view> raw) {
        Attachment file;
        file.content_type = info.type.value;
        file.filename = info.filename;
        const auto& parts = entity.body().parts();
        std::optional<std::string_view> body = raw ? entity_body(*raw) : std::nullopt;
        if (body) {
            file.content = std::string(*body);
        } else if (!parts.empty()) {
            // The bytes could not be located: mimetic's re-serialisation of what it read.
            std::ostringstream serialized;
            serialized << *parts.front();
            file.content = serialized.str();
            m_message.add_flag("attached-message-rewritten");
        } else {
            // mimetic read it as a leaf (a digest part, message/global): its body is the mail.
            file.content = entity.body();
        }
        // Encoded message/rfc822 is against RFC 2046 but happens; mimetic parsed the encoded
        // text as a headerless message, so its serialization is still the encoded body.
        if (info.encoding == "base64" || info.encoding == "quoted-printable")
            file.content = decode_transfer(utf8::trim(file.content), info.encoding);
        if (file.filename.empty()) {
            std::string subject =
                parts.empty() || info.encoding == "base64" || info.encoding == "quoted-printable"
                    ? subject_of_message(file.content)
                    : subject_of(fields_of(*parts.front()));
            file.filename = (subject.empty() ? std::string("message") : subject) + ".eml";
        }
        if (mode == Mode::text) add_attached_text(file.content);
        m_message.attachments.push_back(std::move(file));
    }

    void add_attached_text(std::string_view eml) {
        // Parsing again costs a copy of the attached mail; a huge one is mostly its files, and
        // the text index keeps 1 MB anyway. This keeps peak memory at the bound in mime.hpp.
        if (m_level + 1 > k_max_attached_levels || eml.size() > k_max_attached_text_source) return;
        Message inner;
        // mimetic may give up inside the attached mail: what was read is kept, and the file.
        read_with_mimetic([&] { parse_into(eml, inner, m_level + 1); });
        std::string segment = "---------- Attached message ----------\n";
        if (!inner.from.empty()) {
            const Address& from = inner.from.front();
            segment += "From: " +
                       (from.name.empty() ? from.address : from.name + " <" + from.address + ">");
            segment += "\n";
        }
        if (!inner.subject.empty()) segment += "Subject: " + inner.subject + "\n";
        segment += "\n" + inner.text;
        m_segments.push_back(std::move(segment));
    }

    Message& m_message;
    int m_level; // 0 for the message itself, 1 for a message attached to it, ...
    std::vector<std::string> m_segments;
    std::string m_fallback_text; // a TNEF body, used when the MIME parts had no text
    bool m_saw_plain = false;
    bool m_saw_html = false;
};

void parse_into(std::string_view raw, Message& message, int level) {
    std::string_view content = skip_preamble(raw);
    // A repaired copy only when the header block holds lines mimetic would stop at.
    std::optional<std::string> repaired = repair_header_block(content);
    if (repaired) {
        message.add_flag("bad-header-block");
        content = *repaired;
    }
    if (content.empty() || !is_header_line_start(content.substr(0, content.find('\n')))) {
        message.add_flag("malformed");
        return;
    }
    int mask = mimetic::imNone;
    if (count_containers(content) > k_max_containers) {
        message.add_flag("too-deep"); // containers nest or repeat beyond what we walk
        mask = mimetic::imChildParts;
    }
    std::unique_ptr<MimeEntity> root;
    if (!read_with_mimetic([&] { root = load(content, mask); })) {
        message.add_flag("parse-error");
        root = load(content, mimetic::imChildParts); // headers and the top body only
    }
    read_envelope(fields_of(*root), message);
    Builder builder(message, level);
    builder.walk(*root, Mode::text, 0, content);
    builder.finish();
}

// Belt and braces for the "every string is valid UTF-8" promise.
void sanitize_strings(Message& message) {
    auto fix = [](std::string& text) {
        if (!utf8::is_valid(text)) text = utf8::sanitize(text);
    };
    for (auto* text : {&message.message_id, &message.in_reply_to, &message.subject,
                       &message.list_id, &message.precedence, &message.text})
        fix(*text);
    for (auto& reference : message.references)
        fix(reference);
    for (auto* list : {&message.from, &message.to, &message.cc, &message.bcc, &message.reply_to,
                       &message.sender}) {
        for (auto& address : *list) {
            fix(address.name);
            fix(address.address);
        }
    }
    for (auto& attachment : message.attachments) {
        fix(attachment.filename);
        fix(attachment.content_type);
    }
}

} // namespace

Message parse_message(std::string_view raw) {
    Message message;
    if (!read_with_mimetic([&] { parse_into(raw, message, 0); })) message.add_flag("parse-error");
    sanitize_strings(message);
    return message;
}

} // namespace mailclerk::parsers
