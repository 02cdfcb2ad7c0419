#include "parsers/classify.hpp"

#include <algorithm>

#include "common/utf8.hpp"
#include "common/word_lists.hpp"
#include "parsers/address.hpp"
#include "parsers/document.hpp"
#include "parsers/domain.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/asking.hpp"

namespace mailclerk::parsers {
namespace {

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool contains_index(const std::vector<size_t>& values, size_t value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool is_own(const std::string& address, const MatchRules& rules) {
    if (contains(rules.own_addresses, address)) return true;
    std::string domain = domain_of(address);
    return std::any_of(rules.own_domains.begin(), rules.own_domains.end(),
                       [&](const std::string& own) { return is_same_or_subdomain(domain, own); });
}

bool is_ignored(const std::string& address, const MatchRules& rules) {
    std::string domain = domain_of(address);
    for (const std::string& ignored : rules.ignore_addresses) {
        if (ignored == address) return true;
        if (ignored.starts_with('@') && is_same_or_subdomain(domain, ignored.substr(1)))
            return true;
    }
    return false;
}

// "noreply", and also "noreply-billing", "bounce+abc", "mailer-daemon.x": a role word followed
// by a separator.
bool is_role(const std::string& address, const MatchRules& rules) {
    std::string local = address.substr(0, address.find('@'));
    for (const std::string& role : rules.role_local_parts) {
        if (local == role) return true;
        if (local.size() > role.size() && local.starts_with(role) &&
            std::string_view("-+_.").find(local[role.size()]) != std::string_view::npos)
            return true;
    }
    return false;
}

// Customers (indices into rules.customers) that list this exact address.
std::vector<size_t> address_claims(const std::string& address, const MatchRules& rules) {
    std::vector<size_t> out;
    for (size_t i = 0; i < rules.customers.size(); ++i)
        if (contains(rules.customers[i].addresses, address)) out.push_back(i);
    return out;
}

struct DomainClaim {
    std::vector<size_t> customers;
    std::string domain; // the claimed domain that decided
};

// The customers whose most specific domain covers `domain`; an explicit claim of exactly a
// free-mail domain is the only way a free-mail domain matches.
DomainClaim domain_claims(const std::string& domain, const MatchRules& rules, bool free_mail) {
    DomainClaim best;
    for (size_t i = 0; i < rules.customers.size(); ++i)
        for (const std::string& claimed : rules.customers[i].domains) {
            // A public suffix (com.cn) claimed by mistake would swallow every domain under it.
            bool covers = free_mail ? claimed == domain
                                    : is_same_or_subdomain(domain, claimed) &&
                                          (claimed == domain || !is_public_suffix(claimed));
            if (!covers || claimed.size() < best.domain.size()) continue;
            if (claimed.size() > best.domain.size()) best = {{}, claimed};
            if (!contains_index(best.customers, i)) best.customers.push_back(i);
        }
    return best;
}

// Fallback: same registrable domain (a customer listed mail.acme.com, the mail came from
// sales.acme.com). Never for free-mail domains, never through a public suffix.
DomainClaim registrable_claims(const std::string& domain, const MatchRules& rules) {
    DomainClaim out;
    std::string registrable = registrable_domain(domain);
    if (registrable == domain && domain.find('.') == std::string::npos) return out;
    for (size_t i = 0; i < rules.customers.size(); ++i)
        for (const std::string& claimed : rules.customers[i].domains)
            if (registrable_domain(claimed) == registrable &&
                claimed.find('.') != std::string::npos && !contains_index(out.customers, i)) {
                out.customers.push_back(i);
                out.domain = registrable;
            }
    return out;
}

// Decide one participant: exact address, then domain; several claimants -> ambiguous.
void match_participant(Participant& p, const MatchRules& rules, Classification& result) {
    auto settle = [&](const std::vector<size_t>& claimants, const std::string& claimed,
                      const char* reason) {
        if (claimants.size() == 1) {
            p.slug = rules.customers[claimants.front()].slug;
            p.reason = reason;
            return;
        }
        Ambiguity ambiguity{p.address, claimed, {}};
        for (size_t i : claimants)
            ambiguity.slugs.push_back(rules.customers[i].slug);
        result.ambiguous.push_back(std::move(ambiguity));
        p.note = std::string("ambiguous ") +
                 (std::string_view(reason) == "address" ? "address" : "domain");
    };
    if (auto claimants = address_claims(p.address, rules); !claimants.empty())
        return settle(claimants, p.address, "address");
    std::string domain = domain_of(p.address);
    if (domain.empty()) {
        p.note = "no domain";
        return;
    }
    bool free_mail = is_free_mail(domain, rules);
    DomainClaim claim = domain_claims(domain, rules, free_mail);
    if (claim.customers.empty() && !free_mail) claim = registrable_claims(domain, rules);
    if (!claim.customers.empty()) return settle(claim.customers, claim.domain, "domain");
    p.note = free_mail ? "free-mail" : "unknown domain";
}

struct RoleAddress {
    const char* role;
    const Address* address;
};

std::vector<RoleAddress> all_participants(const Message& message, bool include_bcc) {
    std::vector<RoleAddress> out;
    const std::pair<const char*, const std::vector<Address>*> lists[] = {
        {"from", &message.from}, {"sender", &message.sender}, {"reply_to", &message.reply_to},
        {"to", &message.to},     {"cc", &message.cc},         {"bcc", &message.bcc}};
    for (const auto& [role, list] : lists) {
        if (std::string_view(role) == "bcc" && !include_bcc) continue;
        for (const Address& address : *list)
            out.push_back({role, &address});
    }
    return out;
}

Direction direction_of(const Message& message, const MatchRules& rules, Origin origin) {
    bool from_own =
        !message.from.empty() && is_own(canonical_address(message.from.front().address), rules);
    if (!from_own && origin != Origin::sent_folder) return Direction::inbound;
    for (const RoleAddress& participant : all_participants(message, true))
        if (!is_own(canonical_address(participant.address->address), rules))
            return Direction::outbound;
    return Direction::internal;
}

void add_match(Classification& result, const std::string& slug, const std::string& reason,
               const std::string& participant) {
    for (const CustomerMatch& existing : result.customers)
        if (existing.slug == slug) return;
    result.customers.push_back({slug, reason, participant});
}

void sort_by_directory(Classification& result, const MatchRules& rules) {
    auto rank = [&](const CustomerMatch& match) {
        for (size_t i = 0; i < rules.customers.size(); ++i)
            if (rules.customers[i].slug == match.slug) return i;
        return rules.customers.size();
    };
    std::stable_sort(result.customers.begin(), result.customers.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

void match_thread(const Message& message, const ThreadLookup& lookup, Classification& result) {
    if (!lookup) return;
    std::vector<std::string> parents = message.references;
    if (!message.in_reply_to.empty()) parents.push_back(message.in_reply_to);
    if (parents.empty()) return;
    for (const std::string& slug : lookup(parents))
        add_match(result, slug, "thread",
                  message.in_reply_to.empty() ? parents.back() : message.in_reply_to);
}

bool is_bulk(const Message& message) {
    return !message.list_id.empty() || message.precedence == "bulk" ||
           message.precedence == "list" || message.precedence == "junk";
}

} // namespace

const char* to_string(Direction direction) {
    constexpr const char* k_names[] = {"inbound", "outbound", "internal"}; // enum order
    return k_names[static_cast<size_t>(direction)];
}

namespace {

// External participants once each (the first header they appear in), the rest in `excluded`.
void collect_participants(const Message& message, const MatchRules& rules, Classification& result) {
    bool outbound = result.direction == Direction::outbound;
    for (const RoleAddress& entry : all_participants(message, outbound)) {
        std::string address = canonical_address(entry.address->address);
        if (address.empty()) continue;
        auto seen = std::find_if(result.participants.begin(), result.participants.end(),
                                 [&](const Participant& p) { return p.address == address; });
        if (seen != result.participants.end()) {
            if (seen->name.empty()) seen->name = entry.address->name;
            continue;
        }
        if (std::string why = exclusion_of(address, rules); !why.empty()) {
            bool listed = std::any_of(result.excluded.begin(), result.excluded.end(),
                                      [&](const Excluded& e) { return e.address == address; });
            if (!listed) result.excluded.push_back({address, why});
            continue;
        }
        Participant participant;
        participant.address = address;
        participant.name = entry.address->name;
        participant.role = entry.role;
        result.participants.push_back(std::move(participant));
    }
}

// A colleague's mail that forwards an outside sender's ("FYI – Tiszai's new prices"): that
// sender is a participant too, so the mail is filed under their customer, not unmatched.
void collect_forwarded(const Message& message, const MatchRules& rules, Classification& result) {
    if (result.direction != Direction::internal) return;
    for (const std::string& sender : forwarded_senders(message.text))
        for (const Address& address : parse_address_list(sender)) {
            std::string canonical = canonical_address(address.address);
            bool seen = std::any_of(result.participants.begin(), result.participants.end(),
                                    [&](const Participant& p) { return p.address == canonical; });
            if (canonical.empty() || seen || !exclusion_of(canonical, rules).empty()) continue;
            Participant participant;
            participant.address = canonical;
            participant.name = address.name;
            participant.role = "forwarded";
            result.participants.push_back(std::move(participant));
        }
}

// "RE:", "AW:", "SV:", "回复：", "答复:", "回覆": a subject that answers another mail.
bool answers_subject(std::string_view subject) {
    return subject_starts_with(subject, subject_prefixes(SubjectPrefix::reply));
}

// "Thanks for the RFQ", "感谢您的询价", "in riferimento alla Vs. richiesta": the writer answers an
// inquiry in the mail's own opening, though the subject and headers do not say so.
bool answers_inquiry(std::string_view text) {
    std::string lower = utf8::ascii_lower(utf8::truncate(fresh_part(text), 600));
    static constexpr std::string_view k_answers[] = {"thanks for the rfq",
                                                     "thank you for the rfq",
                                                     "thanks for your rfq",
                                                     "thank you for your rfq",
                                                     "thanks for your inquiry",
                                                     "thank you for your inquiry",
                                                     "thanks for your enquiry",
                                                     "thank you for your enquiry",
                                                     "as per your rfq",
                                                     "in reply to your inquiry",
                                                     "in response to your inquiry",
                                                     "in response to your rfq",
                                                     "感谢您的询价",
                                                     "感谢贵司询价",
                                                     "谢谢您的询价",
                                                     "感謝您的詢價",
                                                     "in riferimento alla vs. richiesta",
                                                     "en respuesta a su solicitud",
                                                     "suite à votre demande",
                                                     "bezugnehmend auf ihre anfrage",
                                                     "vielen dank für ihre anfrage"};
    return std::any_of(std::begin(k_answers), std::end(k_answers),
                       [&](std::string_view a) { return lower.find(a) != std::string::npos; });
}

// A file that may hold a quote: a spreadsheet, document, PDF or archive (not a logo).
bool carries_document(const Message& message) {
    static constexpr std::string_view k_extensions[] = {
        ".pdf", ".xls", ".xlsx", ".xlsm", ".csv", ".tsv", ".doc", ".docx", ".ods", ".odt", ".zip"};
    return std::any_of(
        message.attachments.begin(), message.attachments.end(), [](const Attachment& a) {
            std::string name = utf8::ascii_lower(a.filename);
            return a.is_document() &&
                   std::any_of(std::begin(k_extensions), std::end(k_extensions),
                               [&](std::string_view e) { return name.ends_with(e); });
        });
}

// "RE: Quotation QT-118 — our target price is USD 10.50", "回复：报价 能否做到8.5元": an answer
// that names only the price its writer wants asks for a quote; it is none.
bool only_asks_a_price(const Message& message, BodyQuote* body) {
    // The cheap look at attachment names first; body_states_prices is still asked last.
    if (carries_document(message)) return false;
    std::string fresh = fresh_part(message.text);
    if (pricing::only_wanted_prices(fresh)) return true;
    return pricing::states_wanted_price(fresh) && !body_states_prices(message, body);
}

DocKind kind_of(const Message& message, const std::vector<KindPattern>& patterns, BodyQuote* body) {
    DocKind kind = classify_kind(message.subject, message.text, patterns);
    for (const Attachment& attachment : message.attachments)
        if (kind == DocKind::other)
            kind = classify_attachment_kind(attachment.filename, kind, patterns);
    // "Revised prices from 1 Sept", "Preisänderung", "Nueva tarifa": no kind word, but the
    // mail's own text states products' prices; list mail is never a quote, nor is a mail whose
    // subject names another document ("Shipping advice", "Raw material market report": the
    // prices of resin and freight in it are no offer of goods).
    if (kind == DocKind::other && !is_bulk(message) && !names_unfiled_document(message.subject) &&
        body_states_prices(message, body))
        kind = DocKind::quote;
    // "回复：询价", "RE: Inquiry" answered with prices in the reply's own text: the answer to
    // an inquiry is a quote (a buyer's target price is no price of an item and reads as none).
    bool reply = !message.in_reply_to.empty() || !message.references.empty() ||
                 answers_subject(message.subject);
    if (kind == DocKind::inquiry && (reply || answers_inquiry(message.text)) &&
        body_states_prices(message, body))
        kind = DocKind::quote;
    if (kind == DocKind::quote && only_asks_a_price(message, body)) kind = DocKind::inquiry;
    return kind;
}

} // namespace

namespace {

bool is_sent_name(std::string_view name) {
    // Outlook, Thunderbird, Apple Mail, Gmail, Foxmail, NetEase, QQ Mail, in the reps' languages.
    static const std::string_view names[] = {"sent",
                                             "sent items",
                                             "sent mail",
                                             "sent messages",
                                             "sent-mail",
                                             "sent email",
                                             "已发送",
                                             "已发送邮件",
                                             "已发邮件",
                                             "已发送的邮件",
                                             "寄件備份",
                                             "寄件备份",
                                             "已傳送",
                                             "已傳送郵件",
                                             "已寄出",
                                             "已寄出郵件",
                                             "送信済み",
                                             "送信済みアイテム",
                                             "送信済みメール",
                                             "보낸 편지함",
                                             "보낸편지함",
                                             "gesendet",
                                             "gesendete elemente",
                                             "gesendete objekte",
                                             "éléments envoyés",
                                             "Éléments envoyés",
                                             "envoyés",
                                             "messages envoyés",
                                             "elementos enviados",
                                             "enviados",
                                             "posta inviata",
                                             "elementi inviati",
                                             "verzonden items",
                                             "отправленные"};
    std::string lowered = utf8::ascii_lower(name);
    return std::find(std::begin(names), std::end(names), lowered) != std::end(names);
}

} // namespace

bool is_sent_folder(std::string_view folder) {
    // The last component of "a.pst:Top/Sent Items", "/home/x/Mail/Sent.mbox", "INBOX/Sent".
    size_t slash = folder.find_last_of("/\\:");
    std::string_view leaf = slash == std::string_view::npos ? folder : folder.substr(slash + 1);
    for (std::string_view suffix : {".mbox", ".mbx", ".sbd"})
        if (leaf.size() > suffix.size() &&
            utf8::ascii_lower(leaf.substr(leaf.size() - suffix.size())) == suffix)
            leaf.remove_suffix(suffix.size());
    if (is_sent_name(leaf)) return true;
    // "INBOX.Sent Items", ".Sent": a dot-separated IMAP or Maildir++ hierarchy.
    size_t dot = leaf.find_last_of('.');
    return dot != std::string_view::npos && is_sent_name(leaf.substr(dot + 1));
}

std::string exclusion_of(const std::string& address, const MatchRules& rules) {
    if (is_own(address, rules)) return "own";
    if (is_ignored(address, rules)) return "ignored";
    if (is_role(address, rules)) return "role";
    return {};
}

bool is_free_mail(const std::string& domain, const MatchRules& rules) {
    std::string registrable;
    for (const std::string& entry : rules.free_mail_domains) {
        if (entry.ends_with(".*")) {
            if (registrable.empty()) registrable = registrable_domain(domain);
            if (registrable.starts_with(entry.substr(0, entry.size() - 1))) return true;
        } else if (is_same_or_subdomain(domain, entry)) {
            return true;
        }
    }
    return false;
}

bool is_auto_reply(const Message& message) {
    if (message.auto_submitted || message.precedence == "auto_reply") return true;
    // Outlook, Exchange, Foxmail and Gmail rules in the languages reps meet.
    static constexpr std::string_view k_subjects[] = {
        "automatic reply:", "auto reply:", "autoreply:", "auto-reply:", "out of office",
        "自动回复",         "自动答复",    "自動回覆",   "自動回复",    "abwesenheitsnotiz"};
    std::string subject = utf8::ascii_lower(utf8::trim(message.subject));
    return std::any_of(std::begin(k_subjects), std::end(k_subjects),
                       [&](std::string_view prefix) { return subject.starts_with(prefix); });
}

Classification classify(const Message& message, const MatchRules& rules,
                        const ThreadLookup& thread_lookup, Origin origin, BodyQuote* body) {
    BodyQuote own; // read once within this call when the caller keeps no memo
    if (!body) body = &own;
    Classification result;
    result.direction = direction_of(message, rules, origin);
    result.bulk = is_bulk(message);
    result.auto_reply = is_auto_reply(message);
    collect_participants(message, rules, result);
    collect_forwarded(message, rules, result);
    result.kind = kind_of(message, rules.kind_patterns, body);
    if (result.bulk) return result; // archived unmatched, whoever sent it
    for (Participant& participant : result.participants)
        match_participant(participant, rules, result);
    match_thread(message, thread_lookup, result);
    // Exact addresses first, so that "participant" names the strongest evidence.
    for (const char* reason : {"address", "domain"})
        for (const Participant& participant : result.participants)
            if (participant.reason == reason)
                add_match(result, participant.slug, reason, participant.address);
    sort_by_directory(result, rules);
    return result;
}

// The bytes of mail_words.txt (compiled in by cmake/EmbedText.cmake).
std::string_view mail_words_text();

namespace {

std::vector<std::string> mail_words(std::string_view list) {
    static const WordLists k_lists(mail_words_text());
    const Words& words = k_lists[list];
    return {words.begin(), words.end()};
}

} // namespace

const std::vector<std::string>& default_free_mail_domains() {
    static const std::vector<std::string> k_domains = mail_words("free_mail_domains");
    return k_domains;
}

const std::vector<std::string>& default_role_local_parts() {
    static const std::vector<std::string> k_roles = mail_words("role_local_parts");
    return k_roles;
}

const std::vector<std::string>& subject_prefixes(SubjectPrefix kind) {
    static const std::vector<std::string> k_replies = mail_words("reply_prefixes");
    static const std::vector<std::string> k_forwards = mail_words("forward_prefixes");
    return kind == SubjectPrefix::reply ? k_replies : k_forwards;
}

bool subject_starts_with(std::string_view subject, const std::vector<std::string>& prefixes) {
    std::string lower = utf8::ascii_lower(utf8::trim(subject));
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const std::string& prefix) { return lower.starts_with(prefix); });
}

bool forwards(std::string_view subject) {
    return subject_starts_with(subject, subject_prefixes(SubjectPrefix::forward));
}

} // namespace mailclerk::parsers
