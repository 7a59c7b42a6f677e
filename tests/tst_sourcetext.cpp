// Decoding and byte offsets: whatever the encoding, ranges point into the file as it is on disk.

#include "source/sourcetext.h"

#include <QTest>

using namespace Shortlist;

class TestSourceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void lineEndings_data();
    void lineEndings();
    void fileRangesMapBack_data();
    void fileRangesMapBack();
};

void TestSourceText::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bom");

    const QString jose = QStringLiteral("José – Müller");
    QTest::newRow("utf-8") << jose.toUtf8() << int(SourceText::Encoding::Utf8) << jose << false;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + jose.toUtf8())
                                    << int(SourceText::Encoding::Utf8) << jose << true;
    QTest::newRow("windows-1252 fallback")
        << QByteArray("Jos\xE9 \x96 M\xFCller") << int(SourceText::Encoding::Windows1252) << jose << false;
    // Cyrillic is read two bytes at a time; a broken pair in the middle of a run is not UTF-8.
    const QString cyrillic = QStringLiteral("Опыт работы");
    QTest::newRow("utf-8, Cyrillic") << cyrillic.toUtf8() << int(SourceText::Encoding::Utf8) << cyrillic
                                     << false;
    QTest::newRow("broken pair in Cyrillic, windows-1252 fallback")
        << QByteArray("\xD0\x9E\xD0 \xD1\x8B") << int(SourceText::Encoding::Windows1252)
        << QStringLiteral("Ð\u017EÐ Ñ\u2039") << false;
    // Runs of ASCII are checked many bytes at a time: a character that is not ASCII is found
    // wherever it stands in such a run, and its first byte alone is not UTF-8.
    for (int at : {0, 7, 8, 15, 16, 31, 32, 33, 47, 63, 64, 70}) {
        QByteArray valid(71, 'a');
        valid.replace(at, 1, "\xC3\xA9");
        QTest::addRow("é at %d of an ASCII run", at) << valid << int(SourceText::Encoding::Utf8)
                                                     << QString::fromUtf8(valid) << false;
        QByteArray invalid(71, 'a');
        invalid[at] = '\xE9';
        QTest::addRow("lone 0xE9 at %d of an ASCII run, windows-1252 fallback", at)
            << invalid << int(SourceText::Encoding::Windows1252) << QString::fromLatin1(invalid) << false;
    }
    QByteArray utf16("\xFF\xFE");
    for (QChar c : jose)
        utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16 LE with BOM") << utf16 << int(SourceText::Encoding::Utf16LE) << jose << true;
    // Without a BOM, told by where the zero bytes of Latin letters are.
    QTest::newRow("utf-16 LE without BOM")
        << utf16.sliced(2) << int(SourceText::Encoding::Utf16LE) << jose << false;
    QByteArray utf16be;
    for (QChar c : jose)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("utf-16 BE without BOM") << utf16be << int(SourceText::Encoding::Utf16BE) << jose << false;
}

void TestSourceText::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    QFETCH(bool, bom);
    const SourceText source = SourceText::fromBytes(bytes);
    QCOMPARE(int(source.encoding()), encoding);
    QCOMPARE(QString::fromUtf8(source.utf8()), text);
    QCOMPARE(source.hasBom(), bom);
    QCOMPARE(source.decodedAsFallback(), encoding == int(SourceText::Encoding::Windows1252));
}

void TestSourceText::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("ending");
    QTest::addColumn<int>("lines");
    QTest::newRow("LF") << QByteArray("a\nb\nc") << int(SourceText::LineEnding::LF) << 3;
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\nc\r\n") << int(SourceText::LineEnding::CRLF) << 4;
    QTest::newRow("CR") << QByteArray("a\rb") << int(SourceText::LineEnding::CR) << 2;
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc") << int(SourceText::LineEnding::Mixed) << 3;
    QTest::newRow("none") << QByteArray("abc") << int(SourceText::LineEnding::None) << 1;
}

void TestSourceText::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, ending);
    QFETCH(int, lines);
    const SourceText source = SourceText::fromBytes(bytes);
    QCOMPARE(int(source.lineEnding()), ending);
    QCOMPARE(source.lineCount(), lines);
    if (lines > 1)
        QCOMPARE(source.lineText(1).left(1), QStringLiteral("b"));
}

// A range found in the decoded text maps to the bytes of the same word in the file.
void TestSourceText::fileRangesMapBack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QByteArray>("fileBytes");

    QTest::newRow("utf-8") << QStringLiteral("# Zoë Müller\nEngineer").toUtf8() << QStringLiteral("Engineer")
                           << QByteArray("Engineer");
    QTest::newRow("utf-8 with BOM, CRLF") << QByteArray("\xEF\xBB\xBF# Zo\xC3\xAB\r\nM\xC3\xBCller")
                                          << QStringLiteral("Müller") << QByteArray("M\xC3\xBCller");
    QTest::newRow("windows-1252") << QByteArray("# Zo\xEB\r\nM\xFCller \x96 Lead")
                                  << QStringLiteral("Müller – Lead") << QByteArray("M\xFCller \x96 Lead");
    // The first candidates match four characters and more before they differ.
    QTest::newRow("near misses before the match")
        << QByteArray("Softwares\nSoftware Engine\nSoftware Engineer") << QStringLiteral("Software Engineer")
        << QByteArray("Software Engineer");
    QTest::newRow("needle not ASCII after four characters")
        << QStringLiteral("Team Lead\nTeam Müller").toUtf8() << QStringLiteral("Team Müller")
        << QStringLiteral("Team Müller").toUtf8();
    // A needle with characters outside the Basic Multilingual Plane (surrogate pairs).
    QTest::newRow("characters outside the BMP")
        << QStringLiteral("# 🚀 Ada\nLoves 🦀 Rust").toUtf8() << QStringLiteral("🦀 Rust")
        << QStringLiteral("🦀 Rust").toUtf8();
}

void TestSourceText::fileRangesMapBack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, needle);
    QFETCH(QByteArray, fileBytes);
    const SourceText source = SourceText::fromBytes(bytes);
    const SourceRange textRange = source.find(needle, 0, source.size());
    QVERIFY(textRange.isValid());
    QCOMPARE(source.text(textRange), needle);
    const SourceRange fileRange = source.toFileRange(textRange);
    QCOMPARE(bytes.sliced(fileRange.begin, fileRange.length()), fileBytes);
}

QTEST_GUILESS_MAIN(TestSourceText)
#include "tst_sourcetext.moc"
