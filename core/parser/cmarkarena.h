#pragma once

#include <cmark-gfm.h>

#include <QtGlobal>

#include <cstddef>

namespace Shortlist {

// Memory for one cmark-gfm parse. cmark-gfm asks for a few hundred small blocks for a CV
// (nodes, buffers, the inline parser's state) and gives every one of them back when the tree
// is freed, so it parses faster from a bump allocator whose memory is reused from one parse
// to the next than from malloc. The arena is per thread (the library is parsed on worker
// threads), which is why cmark-gfm's own arena allocator, one for the whole process, cannot
// serve.
//
// A Scope makes the calling thread's arena ready for one parse and is its owner until it
// ends. The parser and its tree must not be used after that; they need not be freed first:
// the scope's end takes back everything they hold at once.
class CmarkArena
{
public:
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

        cmark_mem *allocator();
    };

    // Documents larger than this are parsed with malloc: the arena never hands memory back
    // before the parse ends, and cmark-gfm's growing buffers would leave a large file's
    // earlier copies behind.
    static constexpr std::size_t kLargestDocument = 512 * 1024;
    // Whether a document of this many bytes is parsed in the arena.
    static bool serves(qsizetype documentSize);

    // What the thread's arena holds between parses (for tests and the benchmark).
    static std::size_t retainedBytes();
};

} // namespace Shortlist
