// common/arena.hpp: what the agenda's window keeps in one arena stays put and intact until the
// arena goes, however much is put in.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "common/arena.hpp"

using namespace mailclerk;

TEST_CASE("arena: copies outlive their source and keep their bytes", "[agenda]") {
    Arena arena;
    std::string source = "Re: Inquiry DN50 \xe6\x8a\xa5\xe4\xbb\xb7";
    std::string_view copy = arena.copy(source);
    source.assign(source.size(), 'x');
    CHECK(copy == "Re: Inquiry DN50 \xe6\x8a\xa5\xe4\xbb\xb7");
    CHECK(copy.data() != source.data());
    CHECK(arena.copy("").empty());
}

TEST_CASE("arena: more than a block of copies, each still as written", "[agenda]") {
    Arena arena;
    std::vector<std::string_view> copies;
    // ~12 MB: several blocks of the huge-page source.
    for (int i = 0; i < 120'000; ++i)
        copies.push_back(arena.copy(std::string(100, static_cast<char>('a' + i % 26))));
    bool intact = true;
    for (size_t i = 0; i < copies.size(); ++i)
        intact = intact && copies[i] == std::string(100, static_cast<char>('a' + i % 26));
    CHECK(intact);
    CHECK(copies.front().data() != copies.back().data());
}

TEST_CASE("arena: arrays are aligned, initialised and disjoint", "[agenda]") {
    struct Link {
        int64_t id = 7;
        bool addressed = false;
    };
    Arena arena;
    (void)arena.copy("odd"); // leaves the next free byte unaligned
    auto first = arena.array<Link>(3);
    auto second = arena.array<Link>(2);
    REQUIRE(first.size() == 3);
    CHECK(reinterpret_cast<uintptr_t>(first.data()) % alignof(Link) == 0);
    CHECK(first[2].id == 7);
    CHECK_FALSE(first[2].addressed);
    first[2].id = 1;
    CHECK(second[0].id == 7);
    CHECK(arena.array<Link>(0).empty());
}

TEST_CASE("arena: containers on its resource hold their elements", "[agenda]") {
    Arena arena;
    std::pmr::vector<int64_t> numbers(arena.resource());
    for (int64_t i = 0; i < 1'000'000; ++i)
        numbers.push_back(i);
    CHECK(numbers[999'999] == 999'999);
    CHECK(numbers.get_allocator().resource() == arena.resource());
}
