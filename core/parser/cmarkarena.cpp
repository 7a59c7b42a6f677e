#include "cmarkarena.h"

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define SHORTLIST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SHORTLIST_ASAN 1
#endif
#endif
#ifdef SHORTLIST_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace Shortlist {

namespace {

// Under AddressSanitizer, what the arena has not handed out (headers, free space, blocks
// of ended parses) is poisoned, so that a read past a block is caught as it would be with
// malloc's blocks.
void poison(const void *from, std::size_t size)
{
#ifdef SHORTLIST_ASAN
    ASAN_POISON_MEMORY_REGION(from, size);
#else
    Q_UNUSED(from);
    Q_UNUSED(size);
#endif
}

void unpoison(const void *from, std::size_t size)
{
#ifdef SHORTLIST_ASAN
    ASAN_UNPOISON_MEMORY_REGION(from, size);
#else
    Q_UNUSED(from);
    Q_UNUSED(size);
#endif
}

// Every block starts on this boundary and is preceded by its size (realloc needs it).
constexpr std::size_t kAlignment = alignof(std::max_align_t);
constexpr std::size_t kHeader = kAlignment;
constexpr std::size_t kSlabSize = 64 * 1024;
// Slabs kept for the next parse; a parse that needed more gives the rest back.
constexpr std::size_t kRetainedBytes = 1024 * 1024;

constexpr std::size_t roundedUp(std::size_t size)
{
    return (size + kAlignment - 1) & ~(kAlignment - 1);
}

class Arena
{
public:
    ~Arena()
    {
        for (const Slab &slab : m_slabs) {
            unpoison(slab.data, slab.size);
            std::free(slab.data);
        }
    }

    void *allocate(std::size_t size)
    {
        const std::size_t needed = kHeader + roundedUp(size);
        if (needed > std::size_t(m_end - m_next))
            moveToSlabFor(needed);
        char *block = m_next + kHeader;
        // The whole header is written, not only the size: cmark-gfm's autolink extension
        // can look a few bytes before the start of a buffer, and what it finds there must
        // not depend on what an earlier parse left in the slab.
        unpoison(m_next, kHeader);
        std::memset(m_next, 0, kHeader);
        setSizeOf(block, size);
        poison(m_next, kHeader);
        unpoison(block, size);
        m_next += needed;
        m_last = block;
        return block;
    }

    void *reallocate(void *pointer, std::size_t size)
    {
        if (!pointer)
            return allocate(size);
        char *block = static_cast<char *>(pointer);
        const std::size_t old = sizeOf(block);
        if (block == m_last && roundedUp(size) <= std::size_t(m_end - block)) {
            // The last block grows (or shrinks) where it stands: cmark-gfm's buffers mostly
            // grow while nothing else is allocated.
            m_next = block + roundedUp(size);
            setSizeOf(block, size);
            poison(block, roundedUp(std::max(old, size)));
            unpoison(block, size);
            return block;
        }
        if (size <= old)
            return block;
        void *moved = allocate(size);
        std::memcpy(moved, block, old);
        poison(block, roundedUp(old)); // left behind until the parse ends
        return moved;
    }

    void release(void *pointer)
    {
        // Only the last block can be taken back; the rest waits for the end of the parse.
        if (pointer && pointer == m_last) {
            poison(m_last, roundedUp(sizeOf(m_last)));
            m_next = m_last - kHeader;
            m_last = nullptr;
        }
    }

    void reset()
    {
        std::size_t kept = 0;
        std::size_t count = 0;
        while (count < m_slabs.size() && kept + m_slabs[count].size <= kRetainedBytes)
            kept += m_slabs[count++].size;
        for (std::size_t i = count; i < m_slabs.size(); ++i) {
            unpoison(m_slabs[i].data, m_slabs[i].size);
            std::free(m_slabs[i].data);
        }
        m_slabs.resize(count);
        for (const Slab &slab : m_slabs)
            poison(slab.data, slab.size);
        m_retained = kept;
        m_current = 0;
        m_last = nullptr;
        if (m_slabs.empty()) {
            m_next = m_end = nullptr;
        } else {
            m_next = m_slabs.front().data;
            m_end = m_next + m_slabs.front().size;
        }
    }

    std::size_t retained() const { return m_retained; }

    bool active = false;

private:
    struct Slab
    {
        char *data;
        std::size_t size;
    };

    static std::size_t sizeOf(const char *block)
    {
        std::size_t size;
        unpoison(block - kHeader, sizeof size);
        std::memcpy(&size, block - kHeader, sizeof size);
        poison(block - kHeader, sizeof size);
        return size;
    }
    static void setSizeOf(char *block, std::size_t size)
    {
        unpoison(block - kHeader, sizeof size);
        std::memcpy(block - kHeader, &size, sizeof size);
        poison(block - kHeader, sizeof size);
    }

    // The next kept slab if it is large enough, else a new one put in its place.
    void moveToSlabFor(std::size_t needed)
    {
        const std::size_t next = m_slabs.empty() ? 0 : m_current + 1;
        if (next >= m_slabs.size() || m_slabs[next].size < needed) {
            const std::size_t size = std::max(kSlabSize, needed);
            auto *data = static_cast<char *>(std::malloc(size));
            if (!data)
                qFatal("Out of memory: %zu bytes for cmark-gfm's parse tree", size);
            poison(data, size);
            m_slabs.insert(m_slabs.begin() + qsizetype(next), Slab {data, size});
        }
        m_current = next;
        m_next = m_slabs[next].data;
        m_end = m_next + m_slabs[next].size;
        m_last = nullptr;
    }

    std::vector<Slab> m_slabs;
    std::size_t m_current = 0;
    std::size_t m_retained = 0;
    char *m_next = nullptr;
    char *m_end = nullptr;
    char *m_last = nullptr; // the most recent block, which can still grow or be taken back
};

thread_local Arena t_arena;

void *arenaCalloc(std::size_t count, std::size_t size)
{
    std::size_t bytes = 0;
    if (__builtin_mul_overflow(count, size, &bytes))
        qFatal("cmark-gfm asked for %zu blocks of %zu bytes", count, size);
    void *block = t_arena.allocate(bytes);
    std::memset(block, 0, bytes);
    return block;
}

void *arenaRealloc(void *pointer, std::size_t size)
{
    return t_arena.reallocate(pointer, size);
}

void arenaFree(void *pointer)
{
    t_arena.release(pointer);
}

cmark_mem s_arenaAllocator = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

CmarkArena::Scope::Scope()
{
    Q_ASSERT_X(!t_arena.active, "CmarkArena::Scope", "one parse at a time per thread");
    t_arena.active = true;
}

CmarkArena::Scope::~Scope()
{
    t_arena.reset();
    t_arena.active = false;
}

cmark_mem *CmarkArena::Scope::allocator()
{
    return &s_arenaAllocator;
}

bool CmarkArena::serves(qsizetype documentSize)
{
    return documentSize >= 0 && std::size_t(documentSize) <= kLargestDocument;
}

std::size_t CmarkArena::retainedBytes()
{
    return t_arena.retained();
}

} // namespace Shortlist
