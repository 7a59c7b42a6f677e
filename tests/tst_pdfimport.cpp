// PDF → markdown: fictional CVs drawn with QPdfWriter, read back by importPdf(), and the
// structure of the markdown checked: headings, the order of columns, list items, dates on
// their entry's line, running heads and feet, cleaned characters, and the problems of files
// that have no text or are no PDF at all.

#include "io/profilefile.h"
#include "import/pdfimport.h"
#include "import/pdfwords.h"
#ifdef SHORTLIST_HAVE_TESSERACT
#include "import/pdfocr.h"
#endif

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>

using namespace Shortlist;

namespace {

// Draws pages in points (72 per inch) from the top left, in DejaVu Sans, which the tests'
// machines have (the PDF summaries are set in it too).
class Drawing
{
public:
    explicit Drawing(QPainter &painter)
        : m_painter(painter)
    {
    }

    // Text with its baseline at y.
    void text(qreal x, qreal y, const QString &text, int size = 10, bool bold = false)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(size);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.drawText(QPointF(x, y), text);
    }

    // Text whose right end is at `right`.
    void rightAligned(qreal right, qreal y, const QString &text, int size = 10)
    {
        this->text(right - advance(text, size), y, text, size);
    }

    // How far the text reaches, drawn by text().
    static qreal advance(const QString &text, int size = 10, bool bold = false)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(size);
        font.setBold(bold);
        return QFontMetricsF(font).horizontalAdvance(text);
    }

private:
    QPainter &m_painter;
};

using PageDrawer = std::function<void(Drawing &, int page)>;

// A piece of text on a one-page CV, its baseline at y.
struct Drawn
{
    qreal x = 0, y = 0;
    QString text;
    int size = 10;
};

QString writePdf(const QTemporaryDir &dir, const QString &name, int pages, const PageDrawer &draw)
{
    const QString path = dir.filePath(name);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    Drawing drawing(painter);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        draw(drawing, page);
    }
    painter.end();
    return path;
}

// A PDF drawn into the folder and read back.
ImportedDocument importDrawn(const QTemporaryDir &dir, const QString &name, int pages, const PageDrawer &draw)
{
    return importPdf(writePdf(dir, name, pages, draw));
}

QStringList linesOf(const QString &markdown)
{
    return markdown.split(QLatin1Char('\n'));
}

// The index of the first line that contains `text`, or -1.
qsizetype lineWith(const QString &markdown, const QString &text)
{
    const QStringList lines = linesOf(markdown);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            return i;
    }
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(QList<Drawn>)

class TestPdfImport : public QObject
{
    Q_OBJECT

private slots:
    void oneColumn();
    void linesRead_data();
    void linesRead();
    void sidebarReadAfterItsColumn();
    void dateColumnJoinsItsEntry();
    void headingsInTheDateColumnStandOverBoth();
    void paragraphRunsOnUnderASidebarsTop();
    void tightlySetEntriesStandApart();
    void iconLettersBeforeSkillsAreDropped();
    void tableWithColumnNamesIsATable();
    void justifiedWordsAreNoTags();
    void wordsBrokenAtLineEndsAreJoined();
    void headingOverTwoLinesIsOneHeading();
    void emphasisOfFont_data();
    void emphasisOfFont();
    void boldAndItalicAreKept();
    void rightAlignedDateStaysOnTitleLine();
    void runningHeadsAndFeetDropped();
    void symbolFontBulletIsABullet();
    void imageOnlyIsAProblem();
    void scannedPagesAreReadByOcr();
    void notAPdfIsAProblem();
    void truncatedPdfNeverCrashes();
    void longPdfReadInPart();
    void readOnSeveralThreads();
    void missingFileIsAProblem();

private:
    QTemporaryDir m_dir;
};

void TestPdfImport::oneColumn()
{
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("one.pdf"), 1, [](Drawing &d, int) {
        d.text(60, 70, QStringLiteral("Jane Example"), 24);
        d.text(60, 95, QStringLiteral("jane@example.org"));
        d.text(60, 130, QStringLiteral("Experience"), 14);
        d.text(60, 155, QStringLiteral("Engineer, Acme Corp, 2019 – 2021"));
        d.text(60, 172, QStringLiteral("• Built the billing service"));
        d.text(60, 186, QStringLiteral("• Ran the on-call rota"));
        d.text(60, 225, QStringLiteral("Education"), 14);
        d.text(60, 250, QStringLiteral("B.Sc. Computer Science, Example University, 2015"));
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    QCOMPARE(lines.first(), QStringLiteral("# Jane Example"));
    QVERIFY(lines.contains(QStringLiteral("## Experience")));
    QVERIFY(lines.contains(QStringLiteral("## Education")));
    QVERIFY(lines.contains(QStringLiteral("- Built the billing service")));
    QVERIFY(lines.contains(QStringLiteral("- Ran the on-call rota")));
    QVERIFY(lineWith(doc.markdown, QStringLiteral("Engineer, Acme Corp, 2019 – 2021")) >= 0);
    QVERIFY(lineWith(doc.markdown, QStringLiteral("## Experience"))
            < lineWith(doc.markdown, QStringLiteral("Engineer, Acme Corp")));
}

// One-page CVs and lines their markdown must have, whole.
void TestPdfImport::linesRead_data()
{
    QTest::addColumn<QList<Drawn>>("drawn");
    QTest::addColumn<QStringList>("expected");
    const Drawn name{60, 60, QStringLiteral("Casey Example"), 22};
    QTest::newRow("ligatures, soft hyphen, zero-width space, U+2011")
        << QList<Drawn>{name, {60, 100, QStringLiteral("Skills"), 14},
                        {60, 130, QStringLiteral("Oﬃce, ﬁnance, work\u00ADﬂow, \u200BPython")},
                        {60, 150, QStringLiteral("Data 2019\u20112021")}}
        << QStringList{QStringLiteral("Office, finance, workflow, Python"), QStringLiteral("Data 2019-2021")};
    QTest::newRow("a paragraph's lines and a broken word joined")
        << QList<Drawn>{name, {60, 100, QStringLiteral("Summary"), 14},
                        {60, 130, QStringLiteral("I have spent ten years building the tools that software develop-")},
                        {60, 144, QStringLiteral("ment teams use every day, and I like to keep them simple and")},
                        {60, 158, QStringLiteral("fast.")}}
        << QStringList{QStringLiteral("I have spent ten years building the tools that software development teams "
                                      "use every day, and I like to keep them simple and fast.")};
    QTest::newRow("bullets side by side are two items")
        << QList<Drawn>{name, {60, 100, QStringLiteral("Interests"), 14}, {60, 130, QStringLiteral("◦ Climbing")},
                        {300, 130, QStringLiteral("◦ Chess")}, {60, 145, QStringLiteral("▪ Cooking")}}
        << QStringList{QStringLiteral("- Climbing"), QStringLiteral("- Chess"), QStringLiteral("- Cooking")};
    QTest::newRow("tags drawn apart are items, a sentence is not")
        << QList<Drawn>{name, {60, 100, QStringLiteral("Skills"), 14}, {60, 130, QStringLiteral("Java")},
                        {94, 130, QStringLiteral("Python")}, {143, 130, QStringLiteral("Scikit Learn")},
                        {60, 160, QStringLiteral("I write Java and Python every day at work.")}}
        << QStringList{QStringLiteral("Java | Python | Scikit Learn"),
                       QStringLiteral("I write Java and Python every day at work.")};
    QTest::newRow("a label with a colon before its value")
        << QList<Drawn>{name, {60, 100, QStringLiteral("Contact"), 14}, {60, 130, QStringLiteral("E-mail:")},
                        {160, 130, QStringLiteral("casey@example.org")}, {60, 145, QStringLiteral("GitHub:")},
                        {160, 145, QStringLiteral("github.com/casey-example")}, {60, 160, QStringLiteral("Phone:")},
                        {160, 160, QStringLiteral("+49 30 1234567")}}
        << QStringList{QStringLiteral("E-mail: casey@example.org"), QStringLiteral("GitHub: github.com/casey-example"),
                       QStringLiteral("Phone: +49 30 1234567")};
}

void TestPdfImport::linesRead()
{
    QFETCH(QList<Drawn>, drawn);
    QFETCH(QStringList, expected);
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("row.pdf"), 1, [&](Drawing &d, int) {
        for (const Drawn &piece : drawn)
            d.text(piece.x, piece.y, piece.text, piece.size);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QCOMPARE(linesOf(doc.markdown).first(), QStringLiteral("# Casey Example"));
    for (const QString &line : expected)
        QVERIFY2(linesOf(doc.markdown).contains(line), qPrintable(line + QStringLiteral(" in:\n") + doc.markdown));
    for (const QChar c : doc.markdown)
        QVERIFY(c.unicode() < 0xE000 || c.unicode() > 0xF8FF);
}

void TestPdfImport::sidebarReadAfterItsColumn()
{
    // A sidebar on the left whose lines stand level with the main column's lines.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("sidebar.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 60, QStringLiteral("Sam Sidebar"), 22);
        const QStringList side = {QStringLiteral("Skills"), QStringLiteral("Python"), QStringLiteral("Go"),
                                  QStringLiteral("Rust"), QStringLiteral("Languages"), QStringLiteral("German"),
                                  QStringLiteral("French"), QStringLiteral("Interests"), QStringLiteral("Chess")};
        for (int i = 0; i < side.size(); ++i)
            d.text(40, 110 + 20 * i, side[i]);
        const QStringList main = {QStringLiteral("Worked on the search engine of the shop"),
                                  QStringLiteral("Designed the storage layer for orders"),
                                  QStringLiteral("Led a team of four developers"),
                                  QStringLiteral("Moved the builds to a new CI system"),
                                  QStringLiteral("Wrote the on-boarding guide for juniors"),
                                  QStringLiteral("Cut the page load time by half"),
                                  QStringLiteral("Reviewed the code of the payment team"),
                                  QStringLiteral("Mentored two students in their thesis")};
        for (int i = 0; i < main.size(); ++i)
            d.text(200, 110 + 20 * i, main[i]);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    // No line mixes the two columns, and each column reads top to bottom, one after the other.
    for (const QString &line : linesOf(doc.markdown))
        QVERIFY2(!(line.contains(QStringLiteral("Python")) && line.contains(QStringLiteral("search"))), qPrintable(line));
    const qsizetype python = lineWith(doc.markdown, QStringLiteral("Python"));
    const qsizetype chess = lineWith(doc.markdown, QStringLiteral("Chess"));
    const qsizetype search = lineWith(doc.markdown, QStringLiteral("search engine"));
    const qsizetype mentored = lineWith(doc.markdown, QStringLiteral("Mentored"));
    QVERIFY(python >= 0 && chess >= 0 && search >= 0 && mentored >= 0);
    QVERIFY(python < chess);
    QVERIFY(search < mentored);
    QVERIFY2(chess < search, qPrintable(doc.markdown));
}

void TestPdfImport::dateColumnJoinsItsEntry()
{
    // Years in a narrow column left of the entries, level with each entry's title.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("dates.pdf"), 1, [](Drawing &d, int) {
        d.text(60, 60, QStringLiteral("Dana Dates"), 22);
        d.text(60, 100, QStringLiteral("Experience"), 14);
        const QStringList years = {QStringLiteral("2019 – 2021"), QStringLiteral("2016 – 2019"),
                                   QStringLiteral("2012 – 2016")};
        const QStringList titles = {QStringLiteral("Engineer, Acme Corp"), QStringLiteral("Developer, Beta GmbH"),
                                    QStringLiteral("Intern, Gamma Ltd")};
        for (int i = 0; i < 3; ++i) {
            const qreal y = 130 + 60 * i;
            d.text(60, y, years[i]);
            d.text(160, y, titles[i]);
            d.text(160, y + 15, QStringLiteral("Worked on tools that the whole company used"));
            d.text(160, y + 30, QStringLiteral("and kept them running"));
        }
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const qsizetype acme = lineWith(doc.markdown, QStringLiteral("Engineer, Acme Corp"));
    const qsizetype beta = lineWith(doc.markdown, QStringLiteral("Developer, Beta GmbH"));
    const qsizetype gamma = lineWith(doc.markdown, QStringLiteral("Intern, Gamma Ltd"));
    QVERIFY2(acme >= 0 && acme < beta && beta < gamma, qPrintable(doc.markdown));
    const QStringList lines = linesOf(doc.markdown);
    QVERIFY2(lines[acme].contains(QStringLiteral("2019 – 2021")), qPrintable(doc.markdown));
    QVERIFY(lines[beta].contains(QStringLiteral("2016 – 2019")));
    QVERIFY(lines[gamma].contains(QStringLiteral("2012 – 2016")));
}

void TestPdfImport::headingsInTheDateColumnStandOverBoth()
{
    // A timeline: each section's heading at the left edge, then a place and its dates in a
    // narrow column left of each entry, and a sidebar with sections of its own on the right.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("timeline.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Teodor Lind"), 22);
        d.text(40, 75, QStringLiteral("I write the software that keeps ferries and their passengers on time."));
        auto entry = [&](qreal y, const QString &place, const QString &dates, const QString &title) {
            d.text(40, y, place, 9);
            d.text(40, y + 13, dates, 9);
            d.text(170, y, title);
            d.text(170, y + 13, QStringLiteral("Planned the routes of the fleet and wrote the timetable"), 9);
            d.text(170, y + 26, QStringLiteral("service that every harbour office still uses."), 9);
        };
        d.text(40, 110, QStringLiteral("EXPERIENCE"), 13);
        entry(135, QStringLiteral("Malmö, Sweden"), QStringLiteral("Feb 2021 – Present"), QStringLiteral("Engineer: Ferrylane"));
        entry(185, QStringLiteral("Lund, Sweden"), QStringLiteral("Jun 2018 – Jan 2021"), QStringLiteral("Developer: Harbourline"));
        d.text(40, 240, QStringLiteral("EDUCATION"), 13);
        entry(265, QStringLiteral("Lund, Sweden"), QStringLiteral("Sep 2014 – Jun 2018"), QStringLiteral("BSc Computing, Lund University"));
        const QStringList sidebar = {QStringLiteral("CONTACT"), QStringLiteral("teodor@example.org"),
            QStringLiteral("Malmö"), QStringLiteral("LANGUAGES"), QStringLiteral("Swedish"), QStringLiteral("English"),
            QStringLiteral("SKILLS"), QStringLiteral("Rust"), QStringLiteral("Kotlin")};
        for (int i = 0; i < sidebar.size(); ++i)
            d.text(430, 130 + 22 * i, sidebar[i], i % 3 == 0 ? 12 : 9);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    const qsizetype experience = lineWith(doc.markdown, QStringLiteral("EXPERIENCE"));
    const qsizetype ferrylane = lineWith(doc.markdown, QStringLiteral("Engineer: Ferrylane"));
    const qsizetype harbourline = lineWith(doc.markdown, QStringLiteral("Developer: Harbourline"));
    const qsizetype education = lineWith(doc.markdown, QStringLiteral("EDUCATION"));
    const qsizetype lund = lineWith(doc.markdown, QStringLiteral("BSc Computing"));
    QVERIFY2(experience >= 0 && experience < ferrylane && ferrylane < harbourline && harbourline < education
            && education < lund, qPrintable(doc.markdown));
    QVERIFY2(lines[ferrylane].contains(QStringLiteral("Malmö, Sweden")), qPrintable(doc.markdown));
    // The dates stand level with the text's first line: they are the entry's all the same.
    QVERIFY2(lines[ferrylane].contains(QStringLiteral("Feb 2021 – Present")), qPrintable(doc.markdown));
    QVERIFY(lines[harbourline].contains(QStringLiteral("Jun 2018 – Jan 2021")));
    QVERIFY(lines[lund].contains(QStringLiteral("Sep 2014 – Jun 2018")));
    // The sidebar's headings stay the sidebar's.
    QVERIFY2(lineWith(doc.markdown, QStringLiteral("LANGUAGES")) >= 0, qPrintable(doc.markdown));

    // Read as a profile: the positions of the timeline, with their dates.
    const ProfileFile parsed = parseProfileBytes(QStringLiteral("timeline.md"), doc.markdown.toUtf8());
    QCOMPARE(parsed.profile.work.size(), 2);
    QCOMPARE(parsed.profile.work[0].title.value, QStringLiteral("Engineer"));
    QCOMPARE(parsed.profile.work[0].company.value, QStringLiteral("Ferrylane"));
    QVERIFY(parsed.profile.work[0].ongoing);
    QCOMPARE(parsed.profile.work[1].company.value, QStringLiteral("Harbourline"));
    QCOMPARE(parsed.profile.education.size(), 1);
}

void TestPdfImport::paragraphRunsOnUnderASidebarsTop()
{
    // The summary's first line runs across the page; the sidebar begins under it, and the rest
    // of the summary wraps in the main column beside the sidebar.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("summary.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Oona Vale"), 22);
        d.text(40, 85, QStringLiteral("During my studies I learnt optimisation, machine learning and the design of distributed systems,"));
        d.text(40, 98, QStringLiteral("and I built several of them on my own, in Rust and in Go, for people"));
        d.text(40, 111, QStringLiteral("who still run them today in their shops and offices."));
        const QStringList sidebar = {QStringLiteral("CONTACT"), QStringLiteral("oona@example.org"),
            QStringLiteral("Tampere"), QStringLiteral("LANGUAGES"), QStringLiteral("Finnish"), QStringLiteral("English")};
        for (int i = 0; i < sidebar.size(); ++i)
            d.text(430, 98 + 15 * i, sidebar[i], 9);
        d.text(40, 150, QStringLiteral("EXPERIENCE"), 13);
        d.text(40, 170, QStringLiteral("Engineer, Lakeside Tools, 2020 – 2024"));
        d.text(40, 183, QStringLiteral("Kept the shop's ordering system running through its busiest years."));
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    const qsizetype summary = lineWith(doc.markdown, QStringLiteral("During my studies"));
    QVERIFY2(summary >= 0, qPrintable(doc.markdown));
    QVERIFY2(lines[summary].contains(QStringLiteral("distributed systems, and I built several"))
            && lines[summary].endsWith(QStringLiteral("shops and offices.")),
        qPrintable(doc.markdown));
}

void TestPdfImport::tightlySetEntriesStandApart()
{
    // Entries of two lines set tight (2 points between lines), with only 7 points between
    // entries: less than a blank line, but three times the lines' own spacing.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("tight.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Ines Moro"), 22);
        d.text(40, 90, QStringLiteral("EDUCATION"), 14);
        const QStringList lines = {QStringLiteral("Degree in Computer Engineering"), QStringLiteral("Polytechnic University of Valencia, 2021 – 2025"),
            QStringLiteral("Secondary School"), QStringLiteral("IES Almenara, 2015 – 2021")};
        qreal y = 115;
        for (int i = 0; i < lines.size(); ++i) {
            d.text(40, y, lines[i], 12);
            y += i % 2 == 0 ? 16 : 23;
        }
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    const qsizetype second = lineWith(doc.markdown, QStringLiteral("Secondary School"));
    QVERIFY2(second > 0 && lines[second - 1].isEmpty(), qPrintable(doc.markdown));
    const qsizetype school = lineWith(doc.markdown, QStringLiteral("Polytechnic University"));
    QVERIFY2(school > 0 && !lines[school - 1].isEmpty(), qPrintable(doc.markdown));
}

void TestPdfImport::tableWithColumnNamesIsATable()
{
    // A table of jobs under a heading: a row of column names in bold, then a row per job, the
    // cells of each column starting where its name starts; a paragraph after it.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("table.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Mira Castell"), 22);
        d.text(40, 75, QStringLiteral("Data engineer in Girona"), 12);
        d.text(40, 110, QStringLiteral("EXPERIENCE"), 14);
        const QList<QStringList> rows = {{QStringLiteral("Period"), QStringLiteral("Company"), QStringLiteral("Role")},
            {QStringLiteral("2021 – 2024"), QStringLiteral("Serrat Logistics"), QStringLiteral("Data Engineer")},
            {QStringLiteral("2018 – 2021"), QStringLiteral("Pallars Energia"), QStringLiteral("Analyst")},
            {QStringLiteral("2016 – 2018"), QStringLiteral("Vall Foods"), QStringLiteral("Junior Analyst")}};
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 3; ++c)
                d.text(40 + 150 * c, 135 + 18 * r, rows[r][c], 11, r == 0);
        }
        d.text(40, 225, QStringLiteral("I moved to data work after four years of analysis."), 11);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    const qsizetype header = lines.indexOf(QStringLiteral("| Period | Company | Role |"));
    QVERIFY2(header > 0, qPrintable(doc.markdown));
    QCOMPARE(lines.value(header + 1), QStringLiteral("| --- | --- | --- |"));
    QCOMPARE(lines.value(header + 2), QStringLiteral("| 2021 – 2024 | Serrat Logistics | Data Engineer |"));
    QCOMPARE(lines.value(header + 4), QStringLiteral("| 2016 – 2018 | Vall Foods | Junior Analyst |"));
    QVERIFY2(lines.value(header + 5).isEmpty(), qPrintable(doc.markdown));
    QVERIFY2(lineWith(doc.markdown, QStringLiteral("I moved to data work")) > header + 5, qPrintable(doc.markdown));

    // Read as a CV, the table's rows are the positions.
    const ProfileFile parsed = parseProfileBytes(QStringLiteral("table.md"), doc.markdown.toUtf8());
    QCOMPARE(parsed.profile.work.size(), 3);
    QCOMPARE(parsed.profile.work[1].company.value, QStringLiteral("Pallars Energia"));
    QCOMPARE(parsed.profile.work[1].title.value, QStringLiteral("Analyst"));
}

void TestPdfImport::justifiedWordsAreNoTags()
{
    // A justified paragraph whose first line's spaces are stretched wide, and below it tags
    // set apart as boxes: the first reads as words, the second as items.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("justified.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Oren Malka"), 22);
        d.text(40, 90, QStringLiteral("TEACHING"), 14);
        const QStringList words = {QStringLiteral("Assistance"), QStringLiteral("in"), QStringLiteral("the"),
            QStringLiteral("following"), QStringLiteral("courses:"), QStringLiteral("Lisp,"), QStringLiteral("Prolog,")};
        qreal x = 40;
        for (const QString &word : words) {
            d.text(x, 115, word, 10);
            x += Drawing::advance(word) + 11;
        }
        d.text(40, 128, QStringLiteral("Object-oriented programming, Java, computer-aided design systems, databases,"), 10);
        d.text(40, 141, QStringLiteral("operating systems, networks and cloud computing for three years running."), 10);
        d.text(40, 175, QStringLiteral("SKILLS"), 14);
        qreal t = 40;
        for (const QString &tag : {QStringLiteral("Kotlin"), QStringLiteral("Docker"), QStringLiteral("Rust"), QStringLiteral("SQL")}) {
            d.text(t, 200, tag, 10);
            t += Drawing::advance(tag) + 12;
        }
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Assistance in the following courses: Lisp, Prolog,")), qPrintable(doc.markdown));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Kotlin | Docker | Rust | SQL")), qPrintable(doc.markdown));
}

void TestPdfImport::wordsBrokenAtLineEndsAreJoined()
{
    // A word broken at a line's end with a hyphen: after a bold lead, and inside a bold run
    // of a list item; an address broken at its own hyphen stays as written.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("hyphens.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Ilse Varga"), 22);
        d.text(40, 90, QStringLiteral("PUBLICATIONS"), 14);
        d.text(40, 115, QStringLiteral("Ephemeral Overlays,"), 10, true);
        d.text(40 + Drawing::advance(QStringLiteral("Ephemeral Overlays,"), 10, true) + 3, 115, QStringLiteral("Middle-"), 10);
        d.text(40, 128, QStringLiteral("ware 2025, on consensus messaging for committees."), 10);
        d.text(40, 160, QStringLiteral("PROJECTS"), 14);
        d.text(40, 185, QStringLiteral("\u2022"), 10);
        d.text(52, 185, QStringLiteral("Bloom Filter Mul-"), 10, true);
        d.text(52, 198, QStringLiteral("ticast"), 10, true);
        d.text(52 + Drawing::advance(QStringLiteral("ticast"), 10, true) + 3, 198, QStringLiteral(": a prototype of a broker."), 10);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Middleware 2025")), qPrintable(doc.markdown));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Multicast")), qPrintable(doc.markdown));
}

void TestPdfImport::headingOverTwoLinesIsOneHeading()
{
    // A right-aligned section heading too long for its column goes on onto a second line set
    // tight under it; the next heading, apart from its section's text, stays a heading.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("heading-lines.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Ilse Varga"), 22);
        d.text(40, 100, QStringLiteral("EXPERIENCE"), 16);
        d.text(40, 125, QStringLiteral("Harbour Pilot, Kestrel Port, 2019 - 2023"), 10);
        d.rightAligned(300, 170, QStringLiteral("VOLUNTEER"), 16);
        d.rightAligned(300, 188, QStringLiteral("ACTIVITIES"), 16);
        d.text(40, 215, QStringLiteral("Lifeboat crew, Kestrel Station, since 2015"), 10);
        d.text(40, 260, QStringLiteral("LANGUAGES"), 16);
        d.text(40, 285, QStringLiteral("German, English"), 10);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    QVERIFY2(lines.contains(QStringLiteral("## VOLUNTEER ACTIVITIES")), qPrintable(doc.markdown));
    QVERIFY2(lines.contains(QStringLiteral("## EXPERIENCE")) && lines.contains(QStringLiteral("## LANGUAGES")),
        qPrintable(doc.markdown));
}

void TestPdfImport::iconLettersBeforeSkillsAreDropped()
{
    // A sidebar's skills, each after a small icon that an icon font maps to a letter or sign.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("icons.pdf"), 1, [](Drawing &d, int) {
        d.text(40, 50, QStringLiteral("Lior Stein"), 22);
        d.text(40, 90, QStringLiteral("Skills"), 14);
        const QList<std::pair<QString, QString>> skills = {{QStringLiteral("S"), QStringLiteral("Svelte")},
            {QStringLiteral("#"), QStringLiteral("C#")}, {QStringLiteral("K"), QStringLiteral("Kotlin")}};
        for (int i = 0; i < skills.size(); ++i) {
            d.text(40, 115 + 20 * i, skills[i].first, 8);
            d.text(60, 115 + 20 * i, skills[i].second);
        }
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    for (const QString &skill : {QStringLiteral("Svelte"), QStringLiteral("C#"), QStringLiteral("Kotlin")})
        QVERIFY2(lines.contains(skill), qPrintable(doc.markdown));
}

void TestPdfImport::emphasisOfFont_data()
{
    QTest::addColumn<QString>("font");
    QTest::addColumn<int>("emphasis");
    const int none = int(PdfImport::Emphasis::None), bold = int(PdfImport::Emphasis::Bold),
              italic = int(PdfImport::Emphasis::Italic), both = int(PdfImport::Emphasis::BoldItalic);
    QTest::newRow("regular") << QStringLiteral("BCDJEE+Calibri") << none;
    QTest::newRow("bold, subset prefix") << QStringLiteral("BCDFEE+Calibri-Bold") << bold;
    QTest::newRow("Word's MT names") << QStringLiteral("Arial-BoldItalicMT") << both;
    QTest::newRow("italic MT") << QStringLiteral("Arial-ItalicMT") << italic;
    QTest::newRow("light italic, Identity-H") << QStringLiteral("SourceSansPro-LightIt-Identity-H") << italic;
    QTest::newRow("hairline is no weight") << QStringLiteral("Lato-Hairline") << none;
    QTest::newRow("medium is not bold") << QStringLiteral("Raleway-Medium-Identity-H") << none;
    QTest::newRow("demi is bold") << QStringLiteral("LucidaSans-Demi") << bold;
    QTest::newRow("semibold") << QStringLiteral("OpenSans-SemiBold") << bold;
    QTest::newRow("TeX bold") << QStringLiteral("CMBX10") << bold;
    QTest::newRow("TeX italic") << QStringLiteral("CMTI12") << italic;
    QTest::newRow("TeX roman") << QStringLiteral("CMR10") << none;
    QTest::newRow("oblique") << QStringLiteral("Helvetica-Oblique") << italic;
    QTest::newRow("comma style") << QStringLiteral("Georgia,BoldItalic") << both;
    QTest::newRow("a family with 'it' in its name") << QStringLiteral("Spirit-Regular") << none;
}

void TestPdfImport::emphasisOfFont()
{
    QFETCH(QString, font);
    QFETCH(int, emphasis);
    QCOMPARE(int(PdfImport::emphasisOfFont(font)), emphasis);
}

void TestPdfImport::boldAndItalicAreKept()
{
    // An entry's title in bold in the body's size, a label in plain text before a bold word.
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("bold.pdf"), 1, [](Drawing &d, int) {
        d.text(60, 60, QStringLiteral("Mira Bold"), 22, true);
        d.text(60, 100, QStringLiteral("Experience"), 14, true);
        d.text(60, 130, QStringLiteral("Backend Engineer"), 10, true);
        d.text(60, 145, QStringLiteral("Northwind Freight, Oslo, 2019 – 2023"));
        d.text(60, 160, QStringLiteral("Wrote the routing service for the freight planners and kept it running."));
        d.text(60, 190, QStringLiteral("Developer"), 10, true);
        d.text(60, 205, QStringLiteral("Harbour Data, Bergen, 2016 – 2019"));
        d.text(60, 220, QStringLiteral("Level:"));
        d.text(93, 220, QStringLiteral("senior"), 10, true);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    QVERIFY2(lines.contains(QStringLiteral("# Mira Bold")), qPrintable(doc.markdown));
    QVERIFY2(lines.contains(QStringLiteral("**Backend Engineer**")), qPrintable(doc.markdown));
    QVERIFY2(lines.contains(QStringLiteral("**Developer**")), qPrintable(doc.markdown));
    QVERIFY2(lines.contains(QStringLiteral("Level: **senior**")), qPrintable(doc.markdown));
    QVERIFY2(!doc.markdown.contains(QChar(0xE000)) && !doc.markdown.contains(QChar(0xE001)), qPrintable(doc.markdown));

    const ProfileFile parsed = parseProfileBytes(QStringLiteral("bold.md"), doc.markdown.toUtf8());
    QCOMPARE(parsed.profile.work.size(), 2);
    QCOMPARE(parsed.profile.work[0].title.value, QStringLiteral("Backend Engineer"));
    QCOMPARE(parsed.profile.work[1].title.value, QStringLiteral("Developer"));
}

void TestPdfImport::rightAlignedDateStaysOnTitleLine()
{
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("right.pdf"), 1, [](Drawing &d, int) {
        d.text(60, 60, QStringLiteral("Riley Right"), 22);
        d.text(60, 100, QStringLiteral("Experience"), 14);
        d.text(60, 130, QStringLiteral("Senior Engineer"));
        d.rightAligned(535, 130, QStringLiteral("Jan 2020 – Present"));
        d.text(60, 145, QStringLiteral("Example Systems, Berlin"));
        d.text(60, 160, QStringLiteral("Built the ordering system that handles every order of the shop today."));
        d.text(60, 190, QStringLiteral("Engineer"));
        d.rightAligned(535, 190, QStringLiteral("Mar 2016 – Dec 2019"));
        d.text(60, 205, QStringLiteral("Sample Works, Hamburg"));
        d.text(60, 220, QStringLiteral("Kept the warehouse software running and added label printing to it."));
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    const QStringList lines = linesOf(doc.markdown);
    const qsizetype senior = lineWith(doc.markdown, QStringLiteral("Senior Engineer"));
    QVERIFY2(senior >= 0 && lines[senior].contains(QStringLiteral("Jan 2020 – Present")), qPrintable(doc.markdown));
    const qsizetype engineer = lineWith(doc.markdown, QStringLiteral("Mar 2016"));
    QVERIFY(engineer > senior && lines[engineer].contains(QStringLiteral("Engineer")));
    QVERIFY(lineWith(doc.markdown, QStringLiteral("Example Systems, Berlin")) == senior + 1);
}

void TestPdfImport::runningHeadsAndFeetDropped()
{
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("feet.pdf"), 2, [](Drawing &d, int page) {
        d.text(60, 30, QStringLiteral("Curriculum Vitae – Pat Pages"), 8);
        if (page == 0) {
            d.text(60, 90, QStringLiteral("Pat Pages"), 22);
            d.text(60, 130, QStringLiteral("Experience"), 14);
            d.text(60, 160, QStringLiteral("Engineer, Acme Corp, 2019 – 2021"));
        } else {
            d.text(60, 90, QStringLiteral("Education"), 14);
            d.text(60, 120, QStringLiteral("B.Sc. Physics, Example University, 2015"));
        }
        d.text(60, 815, QStringLiteral("Pat Pages · pat@example.org"), 8);
        d.text(500, 815, QStringLiteral("Page %1 of 2").arg(page + 1), 8);
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QCOMPARE(doc.markdown.count(QStringLiteral("Curriculum Vitae")), 1);
    QVERIFY2(!doc.markdown.contains(QStringLiteral("Page 1")), qPrintable(doc.markdown));
    QVERIFY(!doc.markdown.contains(QStringLiteral("Page 2")));
    // The footer's contacts are read once, at the top, not on every page.
    QCOMPARE(doc.markdown.count(QStringLiteral("pat@example.org")), 1);
    QVERIFY(lineWith(doc.markdown, QStringLiteral("pat@example.org"))
            < lineWith(doc.markdown, QStringLiteral("## Experience")));
    QVERIFY(lineWith(doc.markdown, QStringLiteral("Engineer, Acme Corp"))
            < lineWith(doc.markdown, QStringLiteral("## Education")));
}

// Word and LibreOffice write list bullets in the Symbol font, which Poppler reads as the
// private-use U+F0B7; QPdfWriter cannot draw that glyph, so the word is checked alone.
void TestPdfImport::symbolFontBulletIsABullet()
{
    const QString cleaned = PdfImport::cleanWordText(u"\uF0B7");
    QVERIFY(PdfImport::isBulletText(cleaned));
    QCOMPARE(PdfImport::cleanWordText(u"\uF0E0Mail"), QStringLiteral("Mail")); // an icon font's envelope
}

void TestPdfImport::imageOnlyIsAProblem()
{
    // A scanned CV: one picture on the page and no text.
    const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter painter(&writer);
        QImage scan(200, 280, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter onScan(&scan);
        onScan.fillRect(20, 20, 120, 10, Qt::black); // what was the name, as pixels
        onScan.end();
        painter.drawImage(QRectF(0, 0, 595, 842), scan);
    }
    const ImportedDocument doc = importPdf(path);
    QCOMPARE(doc.problem, QStringLiteral("no text in this PDF; it looks scanned"));
    QVERIFY(doc.markdown.isEmpty());
}

// A scan whose picture holds text: with Tesseract, its words go through the same reading
// order, and the import says it read them by OCR.
void TestPdfImport::scannedPagesAreReadByOcr()
{
#ifndef SHORTLIST_HAVE_TESSERACT
    QSKIP("built without Tesseract");
#else
    if (!PdfImport::canRecognizeText())
        QSKIP("Tesseract has no language data installed");
    const QString path = m_dir.filePath(QStringLiteral("scanned-cv.pdf"));
    {
        // The page as a scanner gives it: one picture of 150 dots an inch.
        QImage scan(1240, 1754, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter onScan(&scan);
        onScan.setPen(Qt::black);
        onScan.setFont(QFont(QStringLiteral("DejaVu Sans"), 40, QFont::Bold));
        onScan.drawText(QPointF(120, 200), QStringLiteral("Quinn Harlow"));
        onScan.setFont(QFont(QStringLiteral("DejaVu Sans"), 26, QFont::Bold));
        onScan.drawText(QPointF(120, 380), QStringLiteral("EXPERIENCE"));
        onScan.setFont(QFont(QStringLiteral("DejaVu Sans"), 20));
        onScan.drawText(QPointF(120, 480), QStringLiteral("Loom Engineer, Weaving Works"));
        onScan.drawText(QPointF(120, 540), QStringLiteral("March 2019 - June 2021"));
        onScan.end();
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.drawImage(QRectF(0, 0, 595, 842), scan);
    }
    const ImportedDocument doc = importPdf(path);
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Quinn Harlow")), qPrintable(doc.markdown));
    QVERIFY2(doc.markdown.contains(QStringLiteral("Loom Engineer, Weaving Works")), qPrintable(doc.markdown));
    QVERIFY2(doc.markdown.contains(QStringLiteral("March 2019 - June 2021")), qPrintable(doc.markdown));
    QCOMPARE(doc.notes.size(), 1);
    QVERIFY2(doc.notes.first().startsWith(QStringLiteral("read by OCR")), qPrintable(doc.notes.first()));
#endif
}

void TestPdfImport::notAPdfIsAProblem()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Not a PDF\n\nJust markdown with the wrong name.\n");
    file.close();
    const ImportedDocument doc = importPdf(path);
    QVERIFY(!doc.isValid());
    QVERIFY(!doc.problem.isEmpty());
    QVERIFY(doc.markdown.isEmpty());
}

void TestPdfImport::truncatedPdfNeverCrashes()
{
    const QString whole = writePdf(m_dir, QStringLiteral("whole.pdf"), 1, [](Drawing &d, int) {
        d.text(60, 60, QStringLiteral("Tara Truncated"), 22);
        d.text(60, 100, QStringLiteral("Engineer, Acme Corp, 2019 – 2021"));
    });
    QFile in(whole);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    for (const qsizetype keep : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 40}) {
        const QString path = m_dir.filePath(QStringLiteral("cut-%1.pdf").arg(keep));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(keep));
        out.close();
        // Poppler may rebuild what is left; either way the answer is text or a problem.
        const ImportedDocument doc = importPdf(path);
        QVERIFY(doc.isValid() != doc.markdown.isEmpty());
    }
}

void TestPdfImport::longPdfReadInPart()
{
    const ImportedDocument doc = importDrawn(m_dir, QStringLiteral("long.pdf"), 45, [](Drawing &d, int page) {
        d.text(60, 100, QStringLiteral("Page body number %1 of a very long document").arg(page + 1));
    });
    QVERIFY2(doc.isValid(), qPrintable(doc.problem));
    QCOMPARE(doc.notes, QStringList{QStringLiteral("only the first 40 pages were read")});
    QVERIFY(doc.markdown.contains(QStringLiteral("Page body number 40 ")));
    QVERIFY(!doc.markdown.contains(QStringLiteral("Page body number 41 ")));
}

// The library reads a folder's files on all cores at once.
void TestPdfImport::readOnSeveralThreads()
{
    const QString path = writePdf(m_dir, QStringLiteral("threads.pdf"), 2, [](Drawing &d, int page) {
        d.text(60, 60, QStringLiteral("Thea Threads"), 22);
        d.text(60, 100, QStringLiteral("Experience page %1").arg(page + 1), 14);
        d.text(60, 130, QStringLiteral("Engineer, Acme Corp, 2019 – 2021"));
    });
    const QString once = importPdf(path).markdown;
    const QStringList paths(16, path);
    const QList<QString> all = QtConcurrent::blockingMapped(paths, [](const QString &p) { return importPdf(p).markdown; });
    for (const QString &markdown : all)
        QCOMPARE(markdown, once);
}

void TestPdfImport::missingFileIsAProblem()
{
    const ImportedDocument doc = importPdf(m_dir.filePath(QStringLiteral("absent.pdf")));
    QVERIFY(!doc.isValid());
}

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
