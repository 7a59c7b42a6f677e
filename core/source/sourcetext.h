#pragma once

#include "sourcerange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Shortlist {

// A profile file's bytes, decoded for reading.
//
// The parser reads a UTF-8 buffer (without BOM); positions in that buffer are
// "text offsets". Ranges handed out to the rest of the application are "file
// offsets": bytes of the file as it is on disk, whatever its encoding. This
// class owns the mapping between the two and the line table of the text.
class SourceText
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    enum class LineEnding { None, LF, CRLF, CR, Mixed };

    SourceText() = default;
    static SourceText fromBytes(const QByteArray &fileBytes);
    // The byte order of UTF-16 text saved without a byte order mark, told by the zero bytes
    // that text in Latin letters has in every other place; nullopt when the bytes are not
    // such text (no such pattern, a NUL character, or many control characters).
    static std::optional<Encoding> utf16WithoutBom(QByteArrayView bytes);

    Encoding encoding() const { return m_encoding; }
    bool hasBom() const { return m_bomLength > 0; }
    qsizetype bomLength() const { return m_bomLength; }
    LineEnding lineEnding() const { return m_lineEnding; }
    // True when the bytes were not valid UTF-8 and were read as Windows-1252.
    bool decodedAsFallback() const { return m_encoding == Encoding::Windows1252; }

    const QByteArray &fileBytes() const { return m_file; }
    const QByteArray &utf8() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    // Lines are 0-based; their ends exclude the line terminator.
    int lineCount() const { return int(m_lineStarts.size()); }
    qsizetype lineStart(int line) const { return m_lineStarts.at(line); }
    qsizetype lineEnd(int line) const
    {
        // With line feeds alone, a line ends one byte before the next starts. Inline: the
        // parser asks for the ends of most lines several times.
        const bool lineFeedsOnly = m_lineEnding == LineEnding::LF || m_lineEnding == LineEnding::None;
        if (lineFeedsOnly)
            return line + 1 < m_lineStarts.size() ? m_lineStarts.at(line + 1) - 1 : m_text.size();
        return lineEndBeforeTerminators(line);
    }
    int lineAt(qsizetype textOffset) const;
    // Text offset of a 1-based line and 1-based byte column, as cmark-gfm reports them.
    qsizetype offsetOf(int line1, int column1) const;

    QString text(qsizetype begin, qsizetype end) const;
    QString text(const SourceRange &textRange) const { return text(textRange.begin, textRange.end); }
    QString lineText(int line) const { return text(lineStart(line), lineEnd(line)); }
    // The range inside [begin, end) with surrounding white space removed.
    SourceRange trimmed(qsizetype begin, qsizetype end) const;
    // Where `needle` first occurs in [begin, end) as text offsets, or an invalid range.
    SourceRange find(
        QStringView needle, qsizetype begin, qsizetype end, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

    qsizetype toFileOffset(qsizetype textOffset) const;

    // `text` in `encoding`, without a byte order mark: what writing it back needs. Returns
    // false, with the index of the first character the encoding cannot hold in
    // `unencodable`, when Windows-1252 has no byte for it.
    static bool encode(QStringView text, Encoding encoding, QByteArray *out, qsizetype *unencodable = nullptr);
    // Inline where the file is UTF-8 (a shift by the BOM): every range of a profile is mapped.
    SourceRange toFileRange(const SourceRange &textRange) const
    {
        if (!textRange.isValid())
            return {};
        if (m_fileOffsets.isEmpty())
            return {textRange.begin + m_bomLength, textRange.end + m_bomLength};
        // The end maps to the first byte after the last character of the range.
        return {toFileOffset(textRange.begin), toFileOffset(textRange.end)};
    }

private:
    qsizetype lineEndBeforeTerminators(int line) const;

    QByteArray m_file;
    QByteArray m_text;
    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_fileOffsets; // text offset -> file offset, only when not UTF-8
    qsizetype m_bomLength = 0;
    Encoding m_encoding = Encoding::Utf8;
    LineEnding m_lineEnding = LineEnding::None;
};

} // namespace Shortlist
