#pragma once
// An arena for a large working set that lives and dies at once (the agenda's window: ~28,000
// messages and their text at 1M). Allocation is a pointer bump; nothing is freed before the
// arena. Its blocks are advised as transparent huge pages (MADV_HUGEPAGE), so filling 10 MB
// costs a few page faults instead of ~2,500: on the benchmark VM a fault costs ~7 µs and the
// faults were a fifth of `mailclerk today` (bench/README.md, today). Where the kernel gives no
// huge pages the blocks are ordinary anonymous memory.
#include <cstddef>
#include <memory_resource>
#include <span>
#include <string_view>

namespace mailclerk {

// Whole-block source of an Arena: anonymous mappings aligned to 2 MiB and advised as huge
// pages, each returned to the system when deallocated. Throws std::bad_alloc when the system
// has no memory, as every memory resource does.
class HugePageResource : public std::pmr::memory_resource {
  private:
    void* do_allocate(size_t bytes, size_t alignment) override;
    void do_deallocate(void* block, size_t bytes, size_t alignment) override;
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override;
};

class Arena {
  public:
    Arena();
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    // For containers whose elements live as long as the arena (std::pmr::vector, ...).
    std::pmr::memory_resource* resource() { return &m_blocks; }
    // A copy of `text` that lives as long as the arena.
    std::string_view copy(std::string_view text);
    // `count` default-initialised objects of a trivially destructible T (never destroyed).
    template <class T> std::span<T> array(size_t count) {
        static_assert(std::is_trivially_destructible_v<T>);
        if (count == 0) return {};
        auto* first = static_cast<T*>(m_blocks.allocate(count * sizeof(T), alignof(T)));
        for (size_t i = 0; i < count; ++i)
            new (first + i) T;
        return {first, count};
    }

  private:
    HugePageResource m_pages; // before m_blocks: outlives it
    std::pmr::monotonic_buffer_resource m_blocks;
};

} // namespace mailclerk
