#include "daemon/today/delivery.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "daemon/app/credentials.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/imap/smtp.hpp"
#include "daemon/today/agenda.hpp"
#include "daemon/today/digest_mail.hpp"

namespace mailclerk::today {
namespace {

struct Sender {
    std::string name;
    std::string address;
};

Sender sender_of(const config::Config& config) {
    if (!config.today.from.empty()) {
        auto [name, address] = split_mailbox(config.today.from);
        return {name, address};
    }
    std::string domain = config.own_domains.empty() ? "localhost" : config.own_domains.front();
    return {"mailclerk", "mailclerk@" + domain};
}

// The [[account]] whose mailbox is the user's: named like the user, or logging in as the
// user's address.
const config::Account* mailbox_of(const config::Config& config, const store::UserRow& user) {
    for (const config::Account& account : config.accounts)
        if (utf8::ascii_lower(account.name) == utf8::ascii_lower(user.name) ||
            (!user.email.empty() &&
             utf8::ascii_lower(account.user) == utf8::ascii_lower(user.email)))
            return &account;
    return nullptr;
}

Status submit(const config::SmtpSettings& smtp, const std::string& from, const std::string& to,
              const std::string& mail) {
    app::Secret secret; // none without a user: no AUTH
    if (!smtp.user.empty()) {
        auto read = app::smtp_secret(smtp);
        if (!read) return tl::unexpected(read.error());
        secret = std::move(*read);
    }
    imap::SmtpOptions options;
    app::set_login(options, smtp, secret);
    return imap::send_mail(options, from, {to}, mail);
}

Status append(const config::Account& account, const std::string& mail) {
    auto secret = app::account_secret(account);
    if (!secret) return tl::unexpected(secret.error());
    auto client = imap::Client::connect(app::connect_options(account, *secret));
    if (!client) return tl::unexpected(client.error());
    return client->append("INBOX", mail);
}

// Where the user's digest goes: an address (smtp) or an account (append); "" and the outcome
// that says why when it has nowhere to go.
std::pair<std::string, std::string> destination(const config::Config& config,
                                                const store::UserRow& user,
                                                const config::Account*& account) {
    account = nullptr;
    if (config.today.deliver == "append") {
        account = mailbox_of(config, user);
        if (!account) return {"", "no-mailbox"};
        return {"account " + account->name, ""};
    }
    if (user.email.empty()) return {"", "no-address"};
    return {user.email, ""};
}

std::string message_id_of(const std::string& day, const std::string& user, const Sender& from) {
    std::string domain = from.address.substr(from.address.find('@') + 1);
    return fmt::format("mailclerk-digest.{}.{}@{}", day, sha256_hex(user).substr(0, 12), domain);
}

SendOutcome deliver_one(app::Workspace& w, const store::UserRow& user,
                        const std::vector<Item>& items, const DigestContext& context,
                        const SendOptions& options) {
    const config::Config& config = w.config;
    SendOutcome out{user.name, "", "", 0, "", ""};
    std::string lang = user.lang.empty() ? config.today.lang : user.lang;
    auto digest = compose_digest({user.name, user.role == "manager", user.email, lang == "zh"},
                                 items, context);
    if (!digest) {
        out.outcome = "nothing-to-do";
        return out;
    }
    out.items = digest->items;
    const config::Account* account = nullptr;
    auto [to, missing] = destination(config, user, account);
    out.to = to;
    if (!missing.empty()) {
        out.outcome = missing;
        return out;
    }
    Sender from = sender_of(config);
    out.message_id = message_id_of(context.day, user.name, from);
    std::string header_to = !account ? to : user.email.empty() ? account->user : user.email;
    std::string mail =
        digest_mail(*digest, {from.name, from.address, header_to, out.message_id, context.now});
    if (options.dry_run) {
        out.outcome = "dry-run";
        out.detail = fmt::format("From: {}\nTo: {}\nSubject: {}\nMessage-ID: <{}>\n\n{}",
                                 config.today.from.empty() ? from.address : config.today.from,
                                 header_to, digest->subject, out.message_id, digest->text);
        return out;
    }
    store::DigestRecord record{context.day, user.name,      "sending",
                               context.now, out.message_id, static_cast<int64_t>(out.items)};
    auto claimed = w.agenda().claim_digest(record);
    if (!claimed || !*claimed) {
        out.outcome = claimed ? "already-sent" : "failed";
        if (!claimed) out.detail = claimed.error().message;
        return out;
    }
    Status sent = account ? append(*account, mail) : submit(config.smtp, from.address, to, mail);
    if (auto recorded = w.agenda().finish_digest(record, bool(sent)); !recorded)
        log::error("today: digest of {} for {}: {}", context.day, user.name,
                   recorded.error().message);
    out.outcome = sent ? "sent" : "failed";
    if (!sent) out.detail = sent.error().message;
    return out;
}

} // namespace

Result<std::vector<SendOutcome>> send_digests(app::Workspace& w, int64_t now,
                                              const SendOptions& options) {
    auto calendar = Calendar::make(w.config.today);
    if (!calendar) return tl::unexpected(calendar.error());
    auto items = open_items(agenda_index(w), w.config, w.rules, w.directory, now);
    if (!items) return tl::unexpected(items.error());
    auto users = w.users().users();
    if (!users) return tl::unexpected(users.error());
    DigestContext context{calendar->local_day(now), now, w.config.today.web_url};
    auto sent_before = w.agenda().digests(context.day);
    if (!sent_before) return tl::unexpected(sent_before.error());
    std::vector<SendOutcome> out;
    for (const store::UserRow& user : *users) {
        if (!options.only_user.empty() &&
            utf8::ascii_lower(user.name) != utf8::ascii_lower(options.only_user))
            continue;
        auto earlier =
            std::find_if(sent_before->begin(), sent_before->end(),
                         [&](const store::DigestRecord& r) { return r.user == user.name; });
        if (earlier != sent_before->end() && !options.dry_run) {
            out.push_back({user.name, "", "already-sent", static_cast<size_t>(earlier->items),
                           earlier->message_id, ""});
            continue;
        }
        out.push_back(deliver_one(w, user, *items, context, options));
        const SendOutcome& o = out.back();
        if (o.outcome == "failed")
            log::error("today: digest for {}: {}", o.user, o.detail);
        else if (o.outcome == "sent")
            log::info("today: digest for {} ({} items) sent to {}", o.user, o.items, o.to);
    }
    if (!options.only_user.empty() && out.empty())
        return fail(ErrorCode::not_found, "no user '" + options.only_user + "'",
                    "`mailclerk user list` shows the users");
    return out;
}

bool digest_due(const Calendar& calendar, const config::TodaySettings& settings, int64_t now) {
    return settings.digest_minutes >= 0 && calendar.is_working_day(now) &&
           calendar.local_minutes(now) >= settings.digest_minutes;
}

} // namespace mailclerk::today
