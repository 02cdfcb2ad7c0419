// The commands of Client beyond fetching: SEARCH SINCE for a first sync that starts at a date,
// NOTIFY (RFC 5465) and IDLE (RFC 2177) for push.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/imap/client_impl.hpp"

namespace mailclerk::imap {

using namespace detail;

namespace {

constexpr std::array<std::string_view, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// What an untagged response during IDLE says: new mail (and in which folder), or nothing.
struct Announcement {
    bool news = false;
    std::string mailbox; // NOTIFY's STATUS: the folder, decoded
};

Announcement announcement(const Response& response) {
    UntaggedKind kind = untagged_kind(response);
    if (kind.number && kind.name == "EXISTS") return {true, {}};
    if (kind.name != "STATUS") return {};
    auto status = parse_mailbox_status(response);
    if (!status) return {true, {}}; // unreadable, but a STATUS all the same: look
    return {true, utf8::sanitize(decode_mutf7(status->mailbox))};
}

} // namespace

std::string search_since_command(const SearchDate& day, bool esearch) {
    auto month = static_cast<size_t>(std::clamp(day.month, 1, 12) - 1);
    return fmt::format("UID SEARCH {}SINCE {}-{}-{}", esearch ? "RETURN (ALL) " : "", day.day,
                       k_months[month], day.year);
}

Result<std::vector<uint32_t>> Client::uids_since(const SearchDate& day) {
    return search(search_since_command(day, has_capability("ESEARCH")));
}

Result<uint32_t> Client::highest_uid() {
    std::string command =
        has_capability("ESEARCH") ? "UID SEARCH RETURN (MAX) ALL" : "UID SEARCH ALL";
    auto uids = search(command);
    if (!uids) return tl::unexpected(uids.error());
    return uids->empty() ? 0 : uids->back();
}

Status Client::notify(const std::vector<std::string>& wire_names) {
    Connection& c = m_impl->connection;
    if (wire_names.empty()) return fail(ErrorCode::usage, "NOTIFY needs at least one folder");
    Command command("NOTIFY SET (mailboxes (");
    for (size_t i = 0; i < wire_names.size(); ++i) {
        if (i > 0) command.text(" ");
        command.astring(wire_names[i], m_impl->literal_plus);
    }
    // MessageNew needs MessageExpunge beside it (RFC 5465 section 5.2); flags are not ours.
    command.text(") (MessageNew MessageExpunge))");
    return expect_ok(c, c.run(command), "NOTIFY SET");
}

Result<IdleOutcome> Client::idle(std::chrono::milliseconds renew_after, int interrupt_fd) {
    Connection& c = m_impl->connection;
    IdleOutcome outcome;
    bool news = false;
    auto listen = [&](Response&& response) -> Status {
        Announcement said = announcement(response);
        news = news || said.news;
        if (!said.mailbox.empty() && std::find(outcome.mailboxes.begin(), outcome.mailboxes.end(),
                                               said.mailbox) == outcome.mailboxes.end())
            outcome.mailboxes.push_back(said.mailbox);
        return {};
    };
    auto started = c.start(Command("IDLE"), listen);
    if (!started) return tl::unexpected(started.error());
    if (started->refused) return tl::unexpected(expect_ok(c, *started->refused, "IDLE").error());
    auto deadline = std::chrono::steady_clock::now() + renew_after;
    // News that came before "+" (mail that arrived since the last IDLE) ends this one at once.
    while (!news) {
        auto wake = c.await(deadline, interrupt_fd);
        if (!wake) return tl::unexpected(wake.error());
        if (*wake == Connection::Wake::deadline) {
            outcome.end = IdleEnd::renew;
            break;
        }
        if (*wake == Connection::Wake::interrupt) {
            outcome.end = IdleEnd::interrupted;
            break;
        }
        auto response = c.read();
        if (!response) return tl::unexpected(response.error());
        if (response->tag == started->tag) {
            // The server ended IDLE itself (some do before a timeout): no DONE to send.
            auto ended = c.completion_of(*response);
            if (auto ok = expect_ok(c, ended, "IDLE"); !ok) return tl::unexpected(ok.error());
            return outcome;
        }
        if (response->tag == "*") (void)listen(std::move(*response));
    }
    if (auto done = expect_ok(c, c.finish(started->tag, "DONE", listen), "IDLE"); !done)
        return tl::unexpected(done.error());
    if (news) outcome.end = IdleEnd::news;
    return outcome;
}

} // namespace mailclerk::imap
