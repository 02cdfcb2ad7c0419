#include "parsers/classify.hpp"

#include <algorithm>

#include "common/utf8.hpp"
#include "parsers/address.hpp"

namespace mailclerk::parsers {
namespace {

bool is_own(const std::string& address, const MatchRules& rules) {
    if (std::find(rules.own_addresses.begin(), rules.own_addresses.end(), address) !=
        rules.own_addresses.end())
        return true;
    std::string domain = domain_of(address);
    for (const std::string& own : rules.own_domains)
        if (domain == own || (domain.size() > own.size() && domain.ends_with("." + own)))
            return true;
    return false;
}

bool is_ignored(const std::string& address, const MatchRules& rules) {
    std::string domain = "@" + domain_of(address);
    for (const std::string& ignored : rules.ignore_addresses)
        if (ignored == address || ignored == domain) return true;
    std::string local = address.substr(0, address.find('@'));
    return std::any_of(rules.role_local_parts.begin(), rules.role_local_parts.end(),
                       [&](const std::string& role) { return local == role; });
}

bool domain_covers(const std::string& customer_domain, const std::string& domain) {
    return domain == customer_domain ||
           (domain.size() > customer_domain.size() && domain.ends_with("." + customer_domain) &&
            domain[domain.size() - customer_domain.size() - 1] == '.');
}

// The customer an external address belongs to, and why; nullptr when none.
const CustomerRule* customer_of(const std::string& address, const MatchRules& rules,
                                std::string& reason) {
    for (const CustomerRule& customer : rules.customers)
        if (std::find(customer.addresses.begin(), customer.addresses.end(), address) !=
            customer.addresses.end()) {
            reason = "address";
            return &customer;
        }
    std::string domain = domain_of(address);
    if (domain.empty()) return nullptr;
    const CustomerRule* best = nullptr;
    size_t best_length = 0;
    for (const CustomerRule& customer : rules.customers)
        for (const std::string& customer_domain : customer.domains)
            if (domain_covers(customer_domain, domain) && customer_domain.size() > best_length) {
                best = &customer;
                best_length = customer_domain.size();
            }
    if (!best) return nullptr;
    // A free-mail domain matches only when a customer names exactly that domain.
    bool free_mail = std::find(rules.free_mail_domains.begin(), rules.free_mail_domains.end(),
                               domain) != rules.free_mail_domains.end();
    if (free_mail && best_length != domain.size()) return nullptr;
    reason = "domain";
    return best;
}

std::vector<const Address*> all_participants(const Message& message, bool include_bcc) {
    std::vector<const Address*> out;
    for (const auto* list :
         {&message.from, &message.sender, &message.reply_to, &message.to, &message.cc})
        for (const Address& address : *list)
            out.push_back(&address);
    if (include_bcc)
        for (const Address& address : message.bcc)
            out.push_back(&address);
    return out;
}

Direction direction_of(const Message& message, const MatchRules& rules) {
    bool from_own =
        !message.from.empty() && is_own(normalize_address(message.from.front().address), rules);
    if (!from_own) return Direction::inbound;
    for (const Address* address : all_participants(message, true))
        if (!is_own(normalize_address(address->address), rules)) return Direction::outbound;
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
    switch (direction) {
    case Direction::inbound:
        return "inbound";
    case Direction::outbound:
        return "outbound";
    case Direction::internal:
        return "internal";
    }
    return "inbound";
}

Classification classify(const Message& message, const MatchRules& rules,
                        const ThreadLookup& thread_lookup) {
    Classification result;
    result.direction = direction_of(message, rules);
    result.bulk = is_bulk(message);
    bool outbound = result.direction == Direction::outbound;
    for (const Address* participant : all_participants(message, outbound)) {
        std::string address = normalize_address(participant->address);
        if (address.empty() || is_own(address, rules) || is_ignored(address, rules)) continue;
        auto seen = std::find_if(result.participants.begin(), result.participants.end(),
                                 [&](const Participant& p) { return p.address == address; });
        if (seen != result.participants.end()) {
            if (seen->name.empty()) seen->name = participant->name;
            continue;
        }
        std::string reason;
        const CustomerRule* customer = customer_of(address, rules, reason);
        result.participants.push_back({address, participant->name, customer ? customer->slug : ""});
    }
    if (result.bulk) return result;
    match_thread(message, thread_lookup, result);
    for (const Participant& participant : result.participants) {
        std::string reason;
        if (const CustomerRule* customer = customer_of(participant.address, rules, reason))
            add_match(result, customer->slug, reason, participant.address);
    }
    sort_by_directory(result, rules);
    result.kind = classify_kind(message.subject, message.text, rules.kind_patterns);
    for (const Attachment& attachment : message.attachments)
        if (result.kind == DocKind::other)
            result.kind =
                classify_attachment_kind(attachment.filename, DocKind::other, rules.kind_patterns);
    return result;
}

const std::vector<std::string>& default_free_mail_domains() {
    static const std::vector<std::string> k_domains = {
        "qq.com",      "vip.qq.com",     "foxmail.com",    "163.com",      "vip.163.com",
        "126.com",     "vip.126.com",    "188.com",        "yeah.net",     "sina.com",
        "sina.cn",     "vip.sina.com",   "sohu.com",       "aliyun.com",   "139.com",
        "189.cn",      "21cn.com",       "tom.com",        "gmail.com",    "googlemail.com",
        "outlook.com", "hotmail.com",    "live.com",       "msn.com",      "yahoo.com",
        "yahoo.co.uk", "yahoo.co.jp",    "yahoo.com.tw",   "yahoo.com.hk", "yahoo.fr",
        "yahoo.de",    "ymail.com",      "icloud.com",     "me.com",       "mac.com",
        "aol.com",     "gmx.de",         "gmx.net",        "gmx.com",      "web.de",
        "mail.ru",     "yandex.ru",      "protonmail.com", "proton.me",    "naver.com",
        "hanmail.net", "rediffmail.com", "zoho.com"};
    return k_domains;
}

const std::vector<std::string>& default_role_local_parts() {
    static const std::vector<std::string> k_roles = {
        "noreply",    "no-reply", "no_reply", "donotreply",   "do-not-reply",  "mailer-daemon",
        "postmaster", "bounce",   "bounces",  "notification", "notifications", "newsletter"};
    return k_roles;
}

} // namespace mailclerk::parsers
