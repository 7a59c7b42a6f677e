// The scanners that find e-mail addresses, web addresses and telephone numbers in a CV's
// contact pieces: what they find in the forms people write, and that they find exactly
// what the regular expressions they stand for find, over many generated texts.

#include "parser/contacts.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

enum class Kind { Email, Url, Phone };

TextSpan scan(Kind kind, QStringView text)
{
    switch (kind) {
    case Kind::Email: return findEmail(text);
    case Kind::Url: return findUrl(text);
    case Kind::Phone: return findPhone(text);
    }
    return {};
}

// The specification: the expressions as contacts.h writes them.
const QRegularExpression &expression(Kind kind)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    static const QRegularExpression url(
        QStringLiteral("(?:https?://|www\\.)[^\\s<>()\\[\\]]+[^\\s<>()\\[\\].,;:!?'\"]"
                       "|\\b(?:github\\.com|gitlab\\.com|linkedin\\.com|t\\.me)/[^\\s<>()\\[\\],;]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phone(QStringLiteral("(?:\\+|\\b00|\\b0)\\d[\\d ()./-]{5,}\\d"));
    switch (kind) {
    case Kind::Email: return email;
    case Kind::Url: return url;
    case Kind::Phone: return phone;
    }
    return email;
}

// Texts made of the pieces each expression turns on, with letters and punctuation around
// them, so that most hold a near miss and many a match.
QString generatedText(QRandomGenerator &random, Kind kind)
{
    static const QStringList common = {u"a"_s, u"Z"_s, u"x"_s, u"7"_s, u"0"_s, u" "_s, u"."_s,
        u"-"_s, u"_"_s, u","_s, u";"_s, u"("_s, u")"_s, u"/"_s, u"\t"_s, u"é"_s, u"ж"_s,
        u"\u00A0"_s, u"–"_s, u"'"_s, u"\""_s, u"!"_s, u"?"_s, u":"_s, u"["_s, u"]"_s, u"<"_s};
    static const QStringList email = {u"@"_s, u"jane.doe"_s, u"%"_s, u"+"_s, u"com"_s, u"de"_s,
        u"a1-b"_s, u".."_s, u"x@y"_s, u"@mail.example.org"_s, u"jo"_s};
    static const QStringList url = {u"http://"_s, u"https://"_s, u"HTTPS://"_s, u"www."_s, u"WWW."_s,
        u"github.com/"_s, u"GitLab.com/"_s, u"linkedin.com/"_s, u"t.me/"_s, u"https:/"_s, u"httpx://"_s,
        u"in/jane"_s, u"?q=1"_s, u"#top"_s};
    static const QStringList phone = {u"+"_s, u"00"_s, u"0"_s, u"49"_s, u"(0)"_s, u"30"_s,
        u"1234"_s, u"555"_s, u"./"_s, u" "_s, u"-"_s, u"x0"_s, u"+49 30 123"_s, u"0 12 34"_s};
    const QStringList &special = kind == Kind::Email ? email : kind == Kind::Url ? url : phone;
    QString text;
    const int pieces = random.bounded(1, 14);
    for (int i = 0; i < pieces; ++i) {
        const QStringList &from = random.bounded(2) ? special : common;
        text += from.at(random.bounded(int(from.size())));
    }
    return text;
}

} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void agreesWithExpression_data();
    void agreesWithExpression();
};

void TestContacts::finds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // empty: nothing

    auto row = [](const char *name, Kind kind, const char *text, const char *found) {
        QTest::newRow(name) << int(kind) << QString::fromUtf8(text) << QString::fromUtf8(found);
    };
    row("email: alone", Kind::Email, "jane.doe@example.org", "jane.doe@example.org");
    row("email: after a label", Kind::Email, "E-mail: j.doe+cv@mail.example.co.uk", "j.doe+cv@mail.example.co.uk");
    row("email: full stop after", Kind::Email, "Write to ana@correo.es.", "ana@correo.es");
    row("email: in angle brackets", Kind::Email, "Ana <ana@correo.es>", "ana@correo.es");
    row("email: ends at the letters", Kind::Email, "ivan@mail.ru2024", "ivan@mail.ru");
    row("email: second address when the first fails", Kind::Email, "me@host and jan@web.nl",
        "jan@web.nl");
    row("email: one-letter top level", Kind::Email, "x@example.c", "");
    row("email: no domain dot", Kind::Email, "@handle and user@localhost", "");
    row("email: nothing before @", Kind::Email, "@jane.example.org", "");
    row("url: https", Kind::Url, "Site: https://jane.example.org/cv.", "https://jane.example.org/cv");
    row("url: www in parentheses", Kind::Url, "(www.example.de)", "www.example.de");
    row("url: any case", Kind::Url, "HTTP://EXAMPLE.ORG/A", "HTTP://EXAMPLE.ORG/A");
    row("url: closing quote", Kind::Url, "\"https://example.org/x\"", "https://example.org/x");
    row("url: profile without scheme", Kind::Url, "github.com/janedoe, Berlin", "github.com/janedoe");
    row("url: telegram", Kind::Url, "t.me/ivan_petrov", "t.me/ivan_petrov");
    row("url: profile inside a word", Kind::Url, "mygithub.com/jane", "");
    row("url: scheme alone", Kind::Url, "https://", "");
    row("url: one character", Kind::Url, "www.x", "");
    row("phone: international", Kind::Phone, "Tel. +49 (0)30 1234-5678", "+49 (0)30 1234-5678");
    row("phone: 00 prefix", Kind::Phone, "0043 1 234 5678 (mobile)", "0043 1 234 5678");
    row("phone: national", Kind::Phone, "06 12 34 56 78", "06 12 34 56 78");
    row("phone: dots", Kind::Phone, "+7.916.123.45.67", "+7.916.123.45.67");
    row("phone: zero inside a word", Kind::Phone, "ab0123456789", "");
    row("phone: too short", Kind::Phone, "+49 301", "");
    row("phone: years are not", Kind::Phone, "2019 - 2021", "");
}

void TestContacts::finds()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, found);
    const TextSpan span = scan(Kind(kind), text);
    QCOMPARE(span.isValid() ? span.in(text).toString() : QString(), found);
}

void TestContacts::agreesWithExpression_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("email") << int(Kind::Email);
    QTest::newRow("url") << int(Kind::Url);
    QTest::newRow("phone") << int(Kind::Phone);
}

void TestContacts::agreesWithExpression()
{
    QFETCH(int, kind);
    QRandomGenerator random(20261123 + kind);
    int matches = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString text = generatedText(random, Kind(kind));
        const QRegularExpressionMatch expected = expression(Kind(kind)).match(text);
        const TextSpan span = scan(Kind(kind), text);
        const qsizetype start = expected.hasMatch() ? expected.capturedStart() : -1;
        const qsizetype length = expected.hasMatch() ? expected.capturedLength() : 0;
        if (span.start != start || span.length != length) {
            QFAIL(qPrintable(QStringLiteral("\"%1\": the expression finds [%2, +%3), the scanner [%4, +%5)")
                                 .arg(text)
                                 .arg(start)
                                 .arg(length)
                                 .arg(span.start)
                                 .arg(span.length)));
        }
        matches += expected.hasMatch();
    }
    // The texts exercise both answers.
    QVERIFY2(matches > 1000 && matches < 19000, qPrintable(QString::number(matches)));
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
