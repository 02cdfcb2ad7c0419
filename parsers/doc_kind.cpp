// Document kinds from words, in English, Simplified and Traditional Chinese (and the price
// notice in German, Spanish, French, Italian, Portuguese and Japanese). The rules are one
// table: specific phrases first (they consume their text so "proforma invoice" is not also an
// invoice), then single words. In a subject, references in parentheses are ignored and the most
// advanced stage of a deal named anywhere wins (price notice > invoice > contract > order >
// quote > inquiry): a later document names the earlier one it follows ("Quotation for your
// inquiry", "RE: RFQ ... - Quotation QT-1", "发票及送货单 — 订单 PO-0388", "Commercial Invoice
// CI-1 / PO-7"), never the reverse. In body text only strong words count, and the first one
// found decides.
#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/classify.hpp"
#include "parsers/doc_kind_words.hpp"
#include "parsers/document.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::parsers {
namespace {

using detail::KindRule;

// The kinds in the order a deal goes through them: of several kinds a message names, the latest
// stage wins (other, none of them, loses to all).
constexpr DocKind k_stages[] = {DocKind::other,       DocKind::inquiry,  DocKind::quote,
                                DocKind::order,       DocKind::contract, DocKind::invoice,
                                DocKind::price_notice};

int stage(DocKind kind) {
    return static_cast<int>(std::find(std::begin(k_stages), std::end(k_stages), kind) -
                            std::begin(k_stages));
}

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Find `pattern` in `text`; ASCII patterns must not touch letters or digits on either side.
// German compounds ("Projektangebot", "Nettopreisliste") may put letters before a compound
// pattern, never after it.
size_t find_rule(const std::string& text, std::string_view pattern, size_t from = 0,
                 bool compound = false) {
    bool ascii = static_cast<unsigned char>(pattern.front()) < 0x80;
    for (size_t at = text.find(pattern, from); at != std::string::npos;
         at = text.find(pattern, at + 1)) {
        if (!ascii) return at;
        bool left_ok = compound || at == 0 || !is_word_byte(text[at - 1]);
        size_t end = at + pattern.size();
        bool right_ok = end >= text.size() || !is_word_byte(text[end]) ||
                        (pattern.size() == 2 && text[end] >= '0' && text[end] <= '9');
        if (left_ok && right_ok) return at;
    }
    return std::string::npos;
}

// Lower-case, with '_' '-' '.' as spaces so file names read as words.
bool is_han(char32_t c) {
    return c >= U'\u3400' && c <= U'\u9FFF';
}

// Lower-case (ASCII, accented Latin and Greek capitals), with '_' '-' '.' as spaces so file
// names read as words; spaces between Chinese
// characters dropped ("送 货 单", a title spaced out for looks, is "送货单").
std::string normalise(std::string_view text) {
    std::string lower = utf8::ascii_lower(text);
    for (char& c : lower)
        if (c == '_' || c == '.' || c == '+') c = ' ';
    std::string out;
    char32_t previous = 0;
    size_t pos = 0;
    while (pos < lower.size()) {
        size_t start = pos;
        char32_t c = utf8::next(lower, pos);
        if ((c == U' ' || c == U'\u3000') && is_han(previous)) {
            size_t next = pos;
            while (next < lower.size() && lower[next] == ' ')
                ++next;
            size_t peek = next;
            if (next < lower.size() && is_han(utf8::next(lower, peek))) {
                pos = next;
                continue;
            }
        }
        // Accented Latin and Greek capitals as well ("Árajánlat", "ΠΡΟΣΦΟΡΑ", "Προσφορά").
        if ((c >= U'\u00C0' && c <= U'\u00DE' && c != U'\u00D7') ||
            (c >= U'\u0391' && c <= U'\u03A9'))
            utf8::append(out, c + 0x20);
        else if (c == U'\u0386')
            utf8::append(out, U'\u03AC'); // Ά
        else
            out.append(lower, start, pos - start);
        previous = c;
    }
    return out;
}

enum class Pick { latest_stage, earliest };

// The user's patterns first (they consume their text, so they override), then the built-ins.
std::vector<KindRule> rules_with(const std::vector<KindPattern>& extra) {
    std::vector<KindRule> rules;
    for (const KindPattern& pattern : extra)
        if (!pattern.pattern.empty())
            rules.push_back({pattern.pattern, pattern.kind, pattern.strong, false});
    rules.insert(rules.end(), detail::kind_rules().begin(), detail::kind_rules().end());
    return rules;
}

DocKind best_kind(std::string text, bool strong_only, const std::vector<KindPattern>& extra,
                  Pick pick = Pick::latest_stage, DocKind skip = DocKind::other) {
    DocKind best = DocKind::other;
    size_t best_at = std::string::npos;
    for (const KindRule& rule : rules_with(extra)) {
        if ((strong_only && !rule.strong) || (skip != DocKind::other && rule.kind == skip))
            continue;
        for (size_t at = find_rule(text, rule.pattern, 0, rule.compound); at != std::string::npos;
             at = find_rule(text, rule.pattern, at, rule.compound)) {
            bool better = pick == Pick::earliest ? at < best_at : stage(rule.kind) > stage(best);
            if (better) {
                best = rule.kind;
                best_at = at;
            }
            text.replace(at, rule.pattern.size(), rule.pattern.size(), ' ');
        }
    }
    return best;
}

// Remove "(...)", "（...）" and "[...]": references to other documents, not what this one is.
std::string without_parentheses(std::string_view text) {
    std::string out;
    int depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        std::string_view rest = text.substr(i);
        if (rest.starts_with("(") || rest.starts_with("[") || rest.starts_with("（")) ++depth;
        bool closing = rest.starts_with(")") || rest.starts_with("]") || rest.starts_with("）");
        if (depth == 0) out.push_back(text[i]);
        if (closing && depth > 0) {
            --depth;
            out.push_back(' ');
        }
    }
    return out;
}

// Subject segments, split at " - ", " — ", " / ", ": " and the fullwidth colon.
std::vector<std::string> segments(const std::string& subject) {
    static constexpr std::string_view k_separators[] = {" - ", " — ", " / ", ": ", "："};
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < subject.size(); ++i)
        for (std::string_view separator : k_separators)
            if (subject.compare(i, separator.size(), separator) == 0) {
                out.push_back(subject.substr(start, i - start));
                start = i + separator.size();
                i = start - 1;
                break;
            }
    out.push_back(subject.substr(start));
    return out;
}

bool contains_any(const std::string& text, std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return find_rule(text, w) != std::string::npos; });
}

DocKind subject_kind(std::string_view subject, const std::vector<KindPattern>& extra) {
    DocKind best = DocKind::other;
    bool quote = false;
    for (const std::string& part : segments(without_parentheses(subject))) {
        DocKind kind = best_kind(normalise(part), false, extra);
        quote = quote || best_kind(normalise(part), false, extra, Pick::latest_stage,
                                   DocKind::price_notice) == DocKind::quote;
        if (stage(kind) > stage(best)) best = kind;
    }
    // "报价单 价格调整", "Quotation - price adjustment": a quote revised, not a circular. A price
    // adjustment is a notice when the subject calls it one or names no other document.
    if (best == DocKind::price_notice && quote &&
        !contains_any(normalise(subject), detail::notice_words()))
        return DocKind::quote;
    return best;
}

// The kind the subject's reliable words alone name (other when it has none).
DocKind subject_kind_strong(std::string_view subject, const std::vector<KindPattern>& extra) {
    return best_kind(normalise(without_parentheses(subject)), true, extra);
}

// Body text without quoted earlier mails (prices.hpp fresh_part), capped: the new part of a
// reply is what it is about.
std::string fresh_text(std::string_view text) {
    return std::string(utf8::truncate(fresh_part(utf8::truncate(text, 64000)), 4000));
}

bool names_other_document(const std::string& text) {
    for (const KindRule& rule : detail::kind_rules())
        if (rule.kind == DocKind::other &&
            find_rule(text, rule.pattern, 0, rule.compound) != std::string::npos)
            return true;
    return false;
}

} // namespace

DocKind classify_kind(std::string_view subject, std::string_view text,
                      const std::vector<KindPattern>& extra) {
    DocKind kind = subject_kind(subject, extra);
    std::string fresh = normalise(fresh_text(text));
    // "RE: Inquiry ...", "Ihre Anfrage", "回复：询价": the answer that offers prices is a quote.
    if (kind == DocKind::inquiry && contains_any(fresh, detail::offering_phrases()))
        return DocKind::quote;
    // "RE: … workwear contract", "prix … commande septembre": an order or a contract named
    // only by a loose word (no "purchase order", "sales contract") is what a quote is for
    // when the new text offers prices.
    if ((kind == DocKind::order || kind == DocKind::contract) &&
        subject_kind_strong(subject, extra) != kind &&
        contains_any(fresh, detail::offering_phrases()))
        return DocKind::quote;
    if (kind != DocKind::other) return kind;
    return best_kind(fresh, true, extra, Pick::earliest);
}

DocKind classify_attachment_kind(std::string_view filename, DocKind message_kind,
                                 const std::vector<KindPattern>& extra) {
    DocKind kind = best_kind(normalise(filename), false, extra);
    return kind != DocKind::other ? kind : message_kind;
}

DocKind classify_document_text(std::string_view text, const std::vector<KindPattern>& extra) {
    // A document's title sits in its first lines and any kind word there counts; further down
    // a quote's terms mention "invoice" or "order", so only strong words count.
    std::string_view head = utf8::truncate(text, 600);
    size_t title_end = 0;
    for (int lines = 0; lines < 3 && title_end != std::string_view::npos; ++lines)
        title_end = head.find('\n', title_end == 0 ? 0 : title_end + 1);
    std::string_view title =
        head.substr(0, std::min(title_end, std::min<size_t>(head.size(), 200)));
    if (DocKind kind = best_kind(normalise(title), false, extra, Pick::earliest);
        kind != DocKind::other)
        return kind;
    // A delivery note titled so is none of our kinds, whatever contract its lines cite.
    if (names_other_document(normalise(title))) return DocKind::other;
    return best_kind(normalise(head), true, extra, Pick::earliest);
}

bool names_unfiled_document(std::string_view text) {
    return names_other_document(normalise(text));
}

bool names_proforma(std::string_view text) {
    std::string normal = normalise(text);
    for (std::string_view pattern :
         {"proforma", "pro forma", "pro-forma", "形式发票", "形式發票", "pi"})
        if (find_rule(normal, pattern) != std::string::npos) return true;
    return false;
}

void assign_attachment_kinds(Message& message, DocKind message_kind,
                             const std::vector<KindPattern>& extra) {
    for (Attachment& attachment : message.attachments) {
        // Logos and signature pictures are no documents; a scan or a photo of a price table
        // (an image the size of a page) is part of what the message is.
        bool picture = attachment.content_type.starts_with("image/") &&
                       document_format(attachment) != DocFormat::image;
        attachment.kind = classify_attachment_kind(attachment.filename,
                                                   picture ? DocKind::other : message_kind, extra);
    }
}

std::optional<DocKind> doc_kind_from_string(std::string_view name) {
    return doc_kind_named(name);
}

} // namespace mailclerk::parsers
