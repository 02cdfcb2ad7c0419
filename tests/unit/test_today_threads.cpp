// The agenda's conversations over a window built by hand (daemon/today/threads.cpp).
#include <catch2/catch.hpp>

#include <string_view>

#include "daemon/today/threads.hpp"

using namespace mailclerk;
using store::AgendaMessage;

namespace {

using Customers = std::vector<AgendaMessage::Customer>;
const Customers k_acme{{1, true}};
const Customers k_beta{{2, true}};
const Customers k_none{};

// The window's views point at the literals and at the customer lists, which outlive it.
AgendaMessage message(std::string_view id, std::string_view subject, const Customers& customers,
                      std::string_view in_reply_to = "") {
    AgendaMessage m;
    m.message_id = id;
    m.thread_key = in_reply_to.empty() ? id : in_reply_to;
    m.in_reply_to = in_reply_to;
    m.subject = subject;
    m.customers = customers;
    return m;
}

} // namespace

TEST_CASE("today: conversations join by thread key, by In-Reply-To and by a lost reply's subject",
          "[today]") {
    SECTION("a reply names its parent") {
        std::vector<AgendaMessage> w{message("a@x", "Inquiry DN50", k_acme),
                                     message("b@x", "Re: Inquiry DN50", k_acme, "a@x")};
        CHECK(today::conversations(w) == std::vector<size_t>{0, 0});
    }
    SECTION("a reply without headers joins the same customer's latest conversation of its "
            "subject, whatever the prefix and case") {
        std::vector<AgendaMessage> w{message("a@x", "Inquiry: DN50 ball valves", k_acme),
                                     message("b@x", "Inquiry: DN50 ball valves", k_acme),
                                     message("c@x", "AW: inquiry:  dn50 BALL valves", k_acme)};
        CHECK(today::conversations(w) == std::vector<size_t>{0, 1, 1});
    }
    SECTION("not another customer's conversation, and not a new mail repeating a subject") {
        std::vector<AgendaMessage> w{message("a@x", "Inquiry DN50", k_acme),
                                     message("b@x", "Re: Inquiry DN50", k_beta),
                                     message("c@x", "Inquiry DN50", k_acme)};
        CHECK(today::conversations(w) == std::vector<size_t>{0, 1, 2});
    }
    SECTION("a subject of prefixes alone joins nothing") {
        std::vector<AgendaMessage> w{message("a@x", "Re:", k_acme), message("b@x", "Re:", k_acme),
                                     message("c@x", "RE: ", k_acme)};
        CHECK(today::conversations(w) == std::vector<size_t>{0, 1, 2});
    }
    SECTION("unmatched mail has no customer to join by subject") {
        std::vector<AgendaMessage> w{message("a@x", "Inquiry DN50", k_none),
                                     message("b@x", "Re: Inquiry DN50", k_none)};
        CHECK(today::conversations(w) == std::vector<size_t>{0, 1});
    }
}
