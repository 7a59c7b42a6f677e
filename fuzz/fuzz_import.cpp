// libFuzzer entry point: any bytes, read as the files Shortlist imports (a Word .docx, an
// OpenDocument .odt, a JSON Resume, and a PDF when the build reads PDFs), give markdown or a
// problem, never both and never a crash or a hang; the markdown then parses.

#include "import/documentimport.h"
#include "io/profilefile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

// One scratch folder for the run: the readers take a path, as the library gives them one.
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir;
}

void check(const QString &name, const QByteArray &bytes)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();
    const Shortlist::DocumentKind kind = Shortlist::documentKindOf(name);
    const Shortlist::ImportedDocument document = Shortlist::importDocument(path, kind, bytes);
    if (document.isValid() == document.problem.size() > 0)
        std::abort();
    if (document.isValid())
        Shortlist::parseProfileBytes(path, document.markdown.toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first bytes say what the input looks like; every reader gets every input anyway,
    // since a file's name need not match what it holds.
    for (const char *name : {"fuzz.docx", "fuzz.odt", "fuzz.json", "fuzz.pdf"})
        check(QString::fromLatin1(name), bytes);
    return 0;
}
