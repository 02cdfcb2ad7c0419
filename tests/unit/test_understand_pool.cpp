// The worker pool keeps the understood messages waiting for the writer within max_held bytes
// (issue 18): a worker takes no new job until the writer releases what is held, and never waits
// when nothing is held.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "daemon/app/understand_pool.hpp"

using namespace mailclerk;

namespace {

std::shared_ptr<app::UnderstandJob> job(const std::string& body) {
    auto out = std::make_shared<app::UnderstandJob>();
    out->raw = "From: a@example.com\r\nTo: b@example.org\r\nSubject: s\r\n\r\n" + body + "\r\n";
    out->sha256 = parsers::message_identity(out->raw);
    return out;
}

} // namespace

TEST_CASE("understand pool: a job waits while the finished ones hold max_held bytes", "[pool]") {
    parsers::MatchRules rules;
    app::UnderstandPool pool(rules, 1, 1000);
    auto first = job(std::string(4000, 'x')); // holds more than max_held once understood
    auto second = job("short");
    pool.push(first);
    pool.push(second);
    pool.wait(*first); // taken although larger than the bound: nothing was held
    REQUIRE(first->understood);
    CHECK(first->held >= 4000);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(pool.done(*second)); // the bound holds it back
    pool.release(*first);
    pool.wait(*second);
    CHECK(second->understood);
    pool.release(*second);
}

TEST_CASE("understand pool: without a bound the jobs run ahead of the writer", "[pool]") {
    parsers::MatchRules rules;
    app::UnderstandPool pool(rules, 1);
    auto first = job(std::string(4000, 'x'));
    auto second = job("short");
    pool.push(first);
    pool.push(second);
    pool.wait(*second); // nothing released, nothing waits
    CHECK(pool.done(*first));
}

TEST_CASE("understand pool: the job's hash is the understanding's, not computed again", "[pool]") {
    parsers::MatchRules rules;
    app::UnderstandPool pool(rules, 1);
    auto given = job("body");
    CHECK(given->sha256.size() == 64);
    given->sha256 = "hashed-by-the-caller"; // a worker that hashed again would not keep this
    pool.push(given);
    pool.wait(*given);
    REQUIRE(given->understood);
    CHECK(given->understood->sha256 == "hashed-by-the-caller");
    CHECK(parsers::understand(given->raw, parsers::Origin::unknown, rules)->sha256 ==
          parsers::message_identity(given->raw));
    pool.release(*given);
}
