// libFuzzer entry point: any bytes, read as a profile file, parse without crashing and
// with every range inside the bytes.

#include "io/profilefile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Shortlist::ProfileFile parsed = Shortlist::parseProfileBytes(QStringLiteral("fuzz.md"), bytes);
    if (!parsed.isValid())
        return 0;
    parsed.profile.forEachRange([&](Shortlist::SourceRange &r) {
        if (r.isValid() && (r.begin < 0 || r.end > bytes.size()))
            std::abort();
    });
    return 0;
}
