#include "common/arena.hpp"

#include <cstdint>
#include <cstring>
#include <new>

#include <sys/mman.h>

namespace mailclerk {
namespace {

constexpr size_t k_huge_page = size_t{2} << 20;
// The first block asked of HugePageResource, a little under one huge page: the monotonic
// resource adds its own bookkeeping to each block, and a block of 2 MiB plus that would map a
// second huge page. Later blocks grow geometrically.
constexpr size_t k_first_block = k_huge_page - 4096;

size_t whole_pages(size_t bytes) {
    return (bytes + k_huge_page - 1) / k_huge_page * k_huge_page;
}

} // namespace

// mmap aligns to 4 KiB only: map one huge page more and cut the ends off, so that the block
// starts on a huge-page boundary and every 2 MiB of it can be one page.
void* HugePageResource::do_allocate(size_t bytes, size_t /*alignment: 2 MiB covers any*/) {
    size_t size = whole_pages(bytes);
    void* mapped = ::mmap(nullptr, size + k_huge_page, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    auto start = reinterpret_cast<uintptr_t>(mapped);
    uintptr_t aligned = (start + k_huge_page - 1) / k_huge_page * k_huge_page;
    if (aligned > start) ::munmap(mapped, aligned - start);
    if (size_t tail = start + k_huge_page - aligned; tail > 0)
        ::munmap(reinterpret_cast<void*>(aligned + size), tail);
    // Advice only: without huge pages the block is ordinary memory.
    (void)::madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
    return reinterpret_cast<void*>(aligned);
}

void HugePageResource::do_deallocate(void* block, size_t bytes, size_t /*alignment*/) {
    ::munmap(block, whole_pages(bytes));
}

bool HugePageResource::do_is_equal(const std::pmr::memory_resource& other) const noexcept {
    return this == &other;
}

Arena::Arena() : m_blocks(k_first_block, &m_pages) {}

std::string_view Arena::copy(std::string_view text) {
    if (text.empty()) return {};
    auto* out = static_cast<char*>(m_blocks.allocate(text.size(), 1));
    std::memcpy(out, text.data(), text.size());
    return {out, text.size()};
}

} // namespace mailclerk
