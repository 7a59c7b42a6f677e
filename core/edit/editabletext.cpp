#include "editabletext.h"

#include "io/profilefile.h"

#include <QCoreApplication>

#include <algorithm>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::EditableText)
};

} // namespace

QString encodingName(SourceText::Encoding encoding)
{
    switch (encoding) {
    case SourceText::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case SourceText::Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case SourceText::Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case SourceText::Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

EditableText EditableText::fromBytes(const QByteArray &fileBytes)
{
    const SourceText source = SourceText::fromBytes(fileBytes);
    EditableText editable;
    editable.m_bytes = fileBytes;
    editable.m_encoding = source.encoding();
    editable.m_bomLength = source.bomLength();
    editable.m_lineEnding = source.lineEnding();

    // Lines as the parser's UTF-8 text holds them, each with the file offset it starts at;
    // "\r\n" and a lone "\r" become "\n", as a text editor shows them.
    const QByteArray &utf8 = source.utf8();
    qsizetype crlf = 0, lf = 0, cr = 0;
    editable.m_text.reserve(utf8.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= utf8.size(); ++i) {
        const bool end = i == utf8.size();
        if (!end && utf8[i] != '\n' && utf8[i] != '\r')
            continue;
        editable.m_lineStarts.append(editable.m_text.size());
        editable.m_lineFileStarts.append(source.toFileOffset(lineStart));
        editable.m_text += QString::fromUtf8(utf8.constData() + lineStart, i - lineStart);
        if (end)
            break;
        if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') {
            ++crlf;
            ++i;
        } else {
            ++(utf8[i] == '\n' ? lf : cr);
        }
        editable.m_text += QLatin1Char('\n');
        lineStart = i + 1;
    }
    if (crlf > lf && crlf >= cr)
        editable.m_newline = QStringLiteral("\r\n");
    else if (cr > lf && cr > crlf)
        editable.m_newline = QStringLiteral("\r");
    return editable;
}

qsizetype EditableText::fileOffsetOf(qsizetype textPosition) const
{
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), textPosition);
    const qsizetype line = std::max<qsizetype>(0, next - m_lineStarts.cbegin() - 1);
    const qsizetype lineStart = m_lineStarts.at(line);
    QByteArray prefix;
    SourceText::encode(
        QStringView(m_text).sliced(lineStart, textPosition - lineStart), m_encoding, &prefix);
    return m_lineFileStarts.at(line) + prefix.size();
}

std::optional<QByteArray> EditableText::encodeSpan(QStringView span, qsizetype spanStart, QString *error) const
{
    QString written = span.toString();
    if (m_newline != QLatin1String("\n"))
        written.replace(QLatin1Char('\n'), m_newline);
    QByteArray bytes;
    qsizetype unencodable = -1;
    if (!SourceText::encode(written, m_encoding, &bytes, &unencodable)) {
        if (error) {
            const qsizetype at = spanStart + span.left(unencodable).size();
            const int line = int(std::count(m_text.cbegin(), m_text.cbegin() + std::min(at, m_text.size()), QLatin1Char('\n')))
                + 1;
            *error = Strings::tr("the file is written in %1, which has no character for '%2' (line %3); save it as "
                        "UTF-8 instead, or replace the character")
                         .arg(encodingName(m_encoding), written.at(unencodable))
                         .arg(line);
        }
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> EditableText::bytesFor(const QString &edited, QString *error) const
{
    if (edited == m_text)
        return m_bytes;
    // The changed span: what is left between the longest common prefix and suffix, not
    // splitting a surrogate pair.
    const qsizetype shorter = std::min(edited.size(), m_text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && edited[prefix] == m_text[prefix])
        ++prefix;
    if (prefix > 0 && prefix < shorter && m_text[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
        && edited[edited.size() - 1 - suffix] == m_text[m_text.size() - 1 - suffix])
        ++suffix;
    if (suffix > 0 && suffix < shorter - prefix && m_text[m_text.size() - suffix].isLowSurrogate())
        --suffix;

    const qsizetype from = fileOffsetOf(prefix);
    const qsizetype to = fileOffsetOf(m_text.size() - suffix);
    const auto replacement
        = encodeSpan(QStringView(edited).sliced(prefix, edited.size() - suffix - prefix), prefix, error);
    if (!replacement)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(m_bytes.size() - (to - from) + replacement->size());
    bytes.append(m_bytes.constData(), from);
    bytes.append(*replacement);
    bytes.append(m_bytes.constData() + to, m_bytes.size() - to);

    // The bytes must be read as a profile file, and as the text edited. Checking the text
    // is not enough: a Windows-1252 file whose text is long enough in UTF-8 may have too
    // many control characters for a text file once a removal shortens its bytes; one that
    // loses its only bytes that are not UTF-8 reads as UTF-8 ("â€”" becomes "—"); and a
    // lone "\r" kept before a written "\n" reads as one line ending instead of two.
    if (const QString unreadable = unreadableReason(bytes); !unreadable.isEmpty()) {
        if (error)
            *error = Strings::tr("with this change the file would no longer be read: it %1").arg(unreadable);
        return std::nullopt;
    }
    const EditableText written = fromBytes(bytes);
    if (written.m_text != edited) {
        if (error) {
            *error = written.m_encoding != m_encoding
                ? Strings::tr("the file is written in %1, but with this change it would read as %2 and its "
                              "text would change; save it as UTF-8 instead")
                      .arg(encodingName(m_encoding), encodingName(written.m_encoding))
                : Strings::tr("with this change the file's line endings would read otherwise and its text "
                              "would change; save it as UTF-8 instead");
        }
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> EditableText::encodeWhole(const QString &text, QString *error) const
{
    auto body = encodeSpan(text, 0, error);
    if (!body)
        return std::nullopt;
    return m_bytes.left(m_bomLength) + *body;
}

} // namespace Shortlist
