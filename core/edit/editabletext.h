#pragma once

#include "source/sourcetext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Shortlist {

// A profile file as an editor holds it: the text with every line ending read as "\n",
// and what writing it back needs to keep the file as it was (encoding, byte order mark,
// line endings).
//
// Writing back re-encodes only the span of text that changed; every byte before and
// after it is copied from the file. An unedited text gives the file's bytes exactly,
// and a file with mixed line endings keeps them outside the edit.
class EditableText
{
public:
    EditableText() = default;
    static EditableText fromBytes(const QByteArray &fileBytes);

    const QString &text() const { return m_text; }
    const QByteArray &fileBytes() const { return m_bytes; }
    SourceText::Encoding encoding() const { return m_encoding; }
    bool hasBom() const { return m_bomLength > 0; }
    SourceText::LineEnding lineEnding() const { return m_lineEnding; }
    // What new lines are written with: the file's line ending, the most common one when
    // they are mixed, "\n" when the file has one line.
    QString newline() const { return m_newline; }

    // The file's bytes with its text replaced by `edited`, or an empty optional and a
    // message when the file's encoding cannot hold a character of the edit, or when the
    // bytes would not read back as `edited` (the encoding or a line ending read otherwise).
    std::optional<QByteArray> bytesFor(const QString &edited, QString *error = nullptr) const;

    // `text` in this file's encoding, byte order mark and line endings, as a whole: for a
    // text that has nothing in common with the file any more.
    std::optional<QByteArray> encodeWhole(const QString &text, QString *error = nullptr) const;

private:
    qsizetype fileOffsetOf(qsizetype textPosition) const;
    std::optional<QByteArray> encodeSpan(QStringView span, qsizetype spanStart, QString *error) const;

    QByteArray m_bytes;
    QString m_text;
    QList<qsizetype> m_lineStarts; // in m_text
    QList<qsizetype> m_lineFileStarts; // the same lines in m_bytes
    qsizetype m_bomLength = 0;
    SourceText::Encoding m_encoding = SourceText::Encoding::Utf8;
    SourceText::LineEnding m_lineEnding = SourceText::LineEnding::None;
    QString m_newline = QStringLiteral("\n");
};

// The name of an encoding as a user reads it: "UTF-8", "Windows-1252"…
QString encodingName(SourceText::Encoding encoding);

} // namespace Shortlist
