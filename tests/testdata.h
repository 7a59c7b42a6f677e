#pragma once

// Where the tests find their data: the bundled samples, and the real CVs of ../shared beside
// the source tree (absent on some machines; the tests that read them skip then).

#include <QString>

inline QString samplesDir()
{
    return QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples");
}

inline QString corpusDir()
{
    return QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/corpus");
}
