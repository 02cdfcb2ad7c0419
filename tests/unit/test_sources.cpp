// Local sources through the one Source interface: messages in order, batches ended by the
// BatchPolicy across file boundaries, an unreadable file reported and skipped, a sink error
// stopping the reading.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "daemon/sources/local_source.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

// Writes down what the source hands over: "m:<folder>@<uid>", "end", "unreadable".
class RecordingSink : public sources::Sink {
  public:
    Status message(std::string_view raw, const sources::SourceRef& source,
                   uint64_t consumed) override {
        if (fail_at == ++messages) return fail(ErrorCode::io, "disk full");
        std::string name = std::filesystem::path(source.folder).filename().string();
        events.push_back("m:" + name + "@" + std::to_string(source.uid));
        bytes.push_back(raw.size());
        last_consumed = consumed;
        return {};
    }
    Status known(const std::string&, const sources::SourceRef&) override { return {}; }
    Status batch_end(const std::optional<store::SyncState>& state) override {
        CHECK_FALSE(state); // local sources have no sync state
        events.push_back("end");
        return {};
    }
    Status unreadable(const Error&) override {
        events.push_back("unreadable");
        return {};
    }
    std::vector<std::string> events;
    std::vector<size_t> bytes;
    uint64_t last_consumed = 0;
    int messages = 0;
    int fail_at = 0;
};

const std::string k_mail = "From: a@b.com\nSubject: x\n\nbody\n";

sources::LocalFiles files_in(const test::TempDir& dir, sources::BatchPolicy policy) {
    auto planned = sources::plan_sources({dir.path()});
    REQUIRE(planned);
    return sources::LocalFiles(std::move(*planned), policy);
}

} // namespace

TEST_CASE("sources: batches span files and end where the policy says", "[sources]") {
    test::TempDir dir;
    test::write_file(dir / "a.eml", k_mail);
    test::write_file(dir / "b.mbox", "From x@y Thu Jan  1 00:00:00 2026\n" + k_mail +
                                         "\nFrom x@y Thu Jan  1 00:00:00 2026\n" + k_mail);
    test::write_file(dir / "c.eml", k_mail);
    sources::LocalFiles source = files_in(dir, {2, 1u << 20});
    RecordingSink sink;
    REQUIRE(source.read(sink));
    CHECK(sink.events ==
          std::vector<std::string>{"m:a.eml@0", "m:b.mbox@0", "end",
                                   "m:b.mbox@" + std::to_string(34 + k_mail.size() + 1),
                                   "m:c.eml@0", "end"});
    CHECK(sink.last_consumed == source.total_bytes());
}

TEST_CASE("sources: a batch ends before a message that would take it past max_bytes", "[sources]") {
    sources::BatchPolicy policy{100, 1000};
    CHECK(policy.takes(0, 0, 5000)); // an empty batch takes any message
    CHECK(policy.takes(1, 400, 600));
    CHECK_FALSE(policy.takes(1, 401, 600));
    CHECK_FALSE(policy.takes(100, 0, 1));
}

TEST_CASE("sources: an unreadable file is reported and the next one is read", "[sources]") {
    test::TempDir dir;
    test::write_file(dir / "a.eml", k_mail);
    test::write_file(dir / "b.eml", k_mail);
    sources::LocalFiles source = files_in(dir, {});
    std::filesystem::remove(dir / "a.eml"); // gone between planning and reading
    RecordingSink sink;
    REQUIRE(source.read(sink));
    CHECK(sink.events == std::vector<std::string>{"unreadable", "m:b.eml@0", "end"});
}

TEST_CASE("sources: an error from the sink stops the source with that error", "[sources]") {
    test::TempDir dir;
    for (const char* name : {"a.eml", "b.eml", "c.eml"})
        test::write_file(dir / name, k_mail);
    sources::LocalFiles source = files_in(dir, {});
    RecordingSink sink;
    sink.fail_at = 2;
    auto read = source.read(sink);
    REQUIRE_FALSE(read);
    CHECK(read.error().message == "disk full");
    CHECK(sink.events == std::vector<std::string>{"m:a.eml@0"});
}
