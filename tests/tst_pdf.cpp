// PDF summaries read back with QtPdf: pages, text, metadata, blind mode, shortening, and
// nothing drawn outside the page.

#include "io/profilefile.h"
#include "pdf/summarypdf.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

QString samplePath(const QString &name)
{
    return QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples/") + name;
}

PdfCandidate candidateOf(const QString &path)
{
    const ProfileFile file = loadProfileFile(path);
    if (!file.isValid())
        qFatal("cannot read %s", qPrintable(path));
    return {path, file.profile};
}

// The PDF's pages as text, one string per page.
struct ReadBack
{
    QStringList pages;
    QString title, creator;
    QList<QSizeF> sizes;
    QList<QImage> images; // at 50 dots per inch
};

ReadBack readBack(const QByteArray &pdf)
{
    ReadBack result;
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return result;
    result.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    result.creator = document.metaData(QPdfDocument::MetaDataField::Creator).toString();
    for (int page = 0; page < document.pageCount(); ++page) {
        result.pages.append(document.getAllText(page).text());
        const QSizeF points = document.pagePointSize(page);
        result.sizes.append(points);
        result.images.append(document.render(page, (points * 50 / 72).toSize()));
    }
    return result;
}

QByteArray pdfOf(const QList<PdfCandidate> &candidates, PdfOptions options = {})
{
    options.today = kToday;
    options.creator = u"Shortlist 9.9.9"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writeSummaryPdf(&buffer, candidates, options, &error))
        qFatal("no PDF: %s", qPrintable(error));
    return buffer.data();
}

// True when no pixel within `margin` pixels of the edge has ink: nothing drawn outside
// the page's margins.
bool marginsEmpty(const QImage &image, int margin)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inMargin = x < margin || y < margin || x >= image.width() - margin || y >= image.height() - margin;
            if (inMargin && qGray(image.pixel(x, y)) < 245 && qAlpha(image.pixel(x, y)) > 0)
                return false;
        }
    }
    return true;
}

QString flat(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneCandidate();
    void severalCandidatesStartWithAComparison();
    void blindModeLeavesNoNameNorContact();
    void longCareersAreShortenedOnPurpose();
    void longUndatedCareersStayOnTwoPages();
    void undatedCareersHaveNoKnownGaps();
    void manyCandidatesKeepReadableColumns();
    void comparisonFillsItsFirstPage();
    void pageSizes();
    void timelineIsDrawn();
    void seedsExportWhole_data();
    void seedsExportWhole();
    void unwritablePathLeavesNothing();
};

void TestPdf::oneCandidate()
{
    const QByteArray bytes = pdfOf({candidateOf(samplePath(u"camille-rousseau.md"_s))});
    QVERIFY(bytes.contains("/FontFile2")); // the fonts are embedded, not referenced
    const ReadBack pdf = readBack(bytes);
    QVERIFY(pdf.pages.size() >= 1 && pdf.pages.size() <= 2);
    const QString text = flat(pdf.pages.join(u' '));
    QVERIFY(text.contains(u"Camille Rousseau"_s));
    for (const QString &company : {u"Azurline"_s, u"Hexatelle SAS"_s, u"Groupe Meridio"_s, u"Orbicom Services"_s})
        QVERIFY2(text.contains(company), qPrintable(company));
    QVERIFY(text.contains(u"Mar 2023 – present"_s));
    QVERIFY(text.contains(u"camille.rousseau@example.com"_s));
    QVERIFY(text.contains(u"camille-rousseau.md"_s)); // the footer names the file
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pdf.pages.size())));
    QCOMPARE(pdf.title, u"Camille Rousseau"_s);
    QCOMPARE(pdf.creator, u"Shortlist 9.9.9"_s);
}

void TestPdf::severalCandidatesStartWithAComparison()
{
    PdfOptions options;
    options.requirements = parseRequirements(u"Go, !Kubernetes"_s, options.skills);
    options.requirementsText = u"Go, !Kubernetes"_s;
    const ReadBack pdf = readBack(pdfOf({candidateOf(samplePath(u"camille-rousseau.md"_s)),
                                            candidateOf(samplePath(u"priya-nair.txt"_s)), candidateOf(samplePath(u"erik-lindqvist.md"_s))},
        options));
    QVERIFY(pdf.pages.size() >= 4);
    const QString first = flat(pdf.pages.first());
    QVERIFY(first.contains(u"Comparison of 3 candidates"_s));
    QVERIFY(first.contains(u"Role needs: Go, !Kubernetes"_s));
    for (const QString &name : {u"Camille Rousseau"_s, u"Priya Nair"_s, u"Erik Lindqvist"_s})
        QVERIFY2(first.contains(name), qPrintable(name));
    QVERIFY(first.contains(u"Average tenure"_s));
    QVERIFY(first.contains(u"Met: Go, Kubernetes"_s));
    QCOMPARE(pdf.title, u"Camille Rousseau, Priya Nair, Erik Lindqvist"_s);
}

void TestPdf::blindModeLeavesNoNameNorContact()
{
    PdfOptions options;
    options.blind = true;
    const QStringList files {u"camille-rousseau.md"_s, u"erik-lindqvist.md"_s, u"anna-keller.md"_s};
    QList<PdfCandidate> candidates;
    for (const QString &file : files)
        candidates.append(candidateOf(samplePath(file)));
    const ReadBack pdf = readBack(pdfOf(candidates, options));
    QVERIFY(!pdf.pages.isEmpty());
    const QString text = pdf.pages.join(u'\n') + u'\n' + pdf.title;
    for (const PdfCandidate &c : std::as_const(candidates)) {
        for (const QString &word : c.profile.basics.name.value.split(u' '))
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        if (!c.profile.basics.email.value.isEmpty())
            QVERIFY(!text.contains(c.profile.basics.email.value));
        for (const Link &link : c.profile.basics.links)
            QVERIFY2(!text.contains(link.url), qPrintable(link.url));
        QVERIFY(!text.contains(QFileInfo(c.path).fileName()));
    }
    QVERIFY(!text.contains(u"http"_s));
    QVERIFY(!text.contains(u'@' + u"example"_s));
    QCOMPARE(pdf.title, u"Candidate A, Candidate B, Candidate C"_s);
    QVERIFY(flat(text).contains(u"Candidate C"_s));
    QVERIFY(text.contains(u"Fjällbit AB"_s)); // companies stay

    // A short name, and the name and links in places other than the contacts.
    PdfCandidate bo;
    bo.path = u"bo-li.md"_s;
    bo.profile.basics.name.value = u"Bo Li"_s;
    Position own;
    own.title.value = u"Founder"_s;
    own.company.value = u"Li Data Engineering GmbH"_s;
    own.highlights.append({u"Wrote up the work on bo-li.ai and credly.ch/bo-li"_s, {}});
    bo.profile.work.append(own);
    Education study;
    study.institution.value = u"Technical University"_s;
    study.area.value = u"Robotics in the Li Lab"_s;
    bo.profile.education.append(study);
    const ReadBack blind = readBack(pdfOf({bo}, options));
    const QString all = blind.pages.join(u'\n') + blind.title;
    QVERIFY2(!all.contains(u"Li "_s) && !all.contains(u" Li"_s) && !all.contains(u"Bo "_s), qPrintable(all));
    QVERIFY(!all.contains(u"bo-li"_s) && !all.contains(u".ai"_s) && !all.contains(u"credly"_s));
}

void TestPdf::longCareersAreShortenedOnPurpose()
{
    PdfCandidate long_;
    long_.path = u"long.md"_s;
    long_.profile.basics.name.value = u"Lorem Longcareer"_s;
    for (int i = 0; i < 60; ++i) {
        Position p;
        p.title.value = u"Engineer %1"_s.arg(i);
        p.company.value = u"Company%1 GmbH"_s.arg(i);
        p.start.value = {2020 - i / 2, 7 * (i % 2) + 1};
        p.end.value = {2020 - i / 2, 7 * (i % 2) + 5};
        for (int h = 0; h < 5; ++h)
            p.highlights.append({u"Delivered a long and detailed achievement number %1 that wraps across the line at least once on paper"_s.arg(h), {}});
        long_.profile.work.append(p);
    }
    const ReadBack pdf = readBack(pdfOf({long_}));
    QCOMPARE(pdf.pages.size(), 2);
    const QString text = flat(pdf.pages.join(u' '));
    QVERIFY2(text.contains(u"more positions:"_s), qPrintable(text.right(600)));
    // Every company is on paper: shown, or named in the "and N more" line.
    for (int i = 0; i < 60; ++i)
        QVERIFY2(text.contains(u"Company%1 GmbH"_s.arg(i)), qPrintable(QString::number(i)));
    for (const QImage &page : pdf.images)
        QVERIFY(marginsEmpty(page, 20));
}

// Sixty positions without dates: the timeline lists what fits a third of a page and counts
// the rest, instead of pushing the summary onto more pages.
void TestPdf::longUndatedCareersStayOnTwoPages()
{
    PdfCandidate undated;
    undated.path = u"undated.md"_s;
    undated.profile.basics.name.value = u"Una Undated"_s;
    for (int i = 0; i < 60; ++i) {
        Position p;
        p.title.value = u"Consultant"_s;
        p.company.value = u"Client%1 AG"_s.arg(i);
        p.highlights.append({u"Did work number %1"_s.arg(i), {}});
        undated.profile.work.append(p);
    }
    const ReadBack pdf = readBack(pdfOf({undated}));
    QCOMPARE(pdf.pages.size(), 2);
    const QString first = flat(pdf.pages.first());
    const qsizetype timeline = first.indexOf(u"Timeline"_s, 0, Qt::CaseInsensitive);
    const qsizetype experience = first.indexOf(u"Experience"_s, timeline + 1, Qt::CaseInsensitive);
    QVERIFY2(timeline >= 0 && experience > timeline, qPrintable(first));
    const QString listed = first.mid(timeline, experience - timeline);
    QVERIFY2(listed.contains(u"Client0 AG"_s) && !listed.contains(u"Client59 AG"_s), qPrintable(listed));
    QVERIFY2(QRegularExpression(u"…and \\d+ more"_s).match(listed).hasMatch(), qPrintable(listed));
    for (const QImage &page : pdf.images)
        QVERIFY(marginsEmpty(page, 20));

    // Beside another candidate on the comparison's time axis: the heading, both names and
    // the other one's positions are on one page.
    PdfCandidate dated;
    dated.path = u"dated.md"_s;
    dated.profile.basics.name.value = u"Dora Dated"_s;
    for (int i = 0; i < 2; ++i) {
        Position p;
        p.title.value = u"Engineer"_s;
        p.company.value = u"Firm%1 GmbH"_s.arg(i);
        p.start.value = {2015 + 4 * i, 3};
        p.end.value = {2018 + 4 * i, 12};
        dated.profile.work.append(p);
    }
    const ReadBack both = readBack(pdfOf({undated, dated}));
    const auto axis = std::find_if(both.pages.cbegin(), both.pages.cend(),
        [](const QString &page) { return page.contains(u"Careers on one time axis"_s, Qt::CaseInsensitive); });
    QVERIFY(axis != both.pages.cend());
    const QString page = flat(*axis);
    QVERIFY2(page.contains(u"Una Undated"_s) && page.contains(u"Dora Dated"_s) && page.contains(u"Firm1 GmbH"_s), qPrintable(page));
    for (const QImage &image : both.images)
        QVERIFY(marginsEmpty(image, 20));
}

// Without a single date nobody can tell whether a career had gaps: neither the summary nor
// the comparison says it had none.
void TestPdf::undatedCareersHaveNoKnownGaps()
{
    Position kessel, bruecke;
    kessel.title.value = bruecke.title.value = u"Welder"_s;
    kessel.company.value = u"Kesselwerk AG"_s;
    bruecke.company.value = u"Brückenbau GmbH"_s;
    PdfCandidate undated {u"undated.md"_s, {}};
    undated.profile.basics.name.value = u"Ulla Ohnedatum"_s;
    undated.profile.work = {kessel, bruecke};
    PdfCandidate steady {u"steady.md"_s, {}};
    steady.profile.basics.name.value = u"Stefan Stetig"_s;
    kessel.start.value = {2016, 4};
    kessel.ongoing = true;
    steady.profile.work = {kessel};

    const ReadBack pdf = readBack(pdfOf({undated, steady}));
    const QString comparison = flat(pdf.pages.first());
    QVERIFY2(comparison.contains(u"Longest gap unknown (no dates) none"_s), qPrintable(comparison));
    const QString summary = flat(pdf.pages.at(1));
    QVERIFY2(summary.contains(u"Ulla Ohnedatum"_s) && summary.contains(u"gaps unknown (no dates)"_s),
        qPrintable(summary));
    QVERIFY(!summary.contains(u"no gaps"_s));
    QVERIFY(flat(pdf.pages.at(2)).contains(u"no gaps"_s)); // one dated position: none to speak of
}

// Twelve candidates: the comparison continues in tables of five, every name on paper, and
// nothing in the margins.
void TestPdf::manyCandidatesKeepReadableColumns()
{
    QList<PdfCandidate> candidates;
    for (const QString &name : QDir(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples")).entryList(QDir::Files, QDir::Name))
        candidates.append(candidateOf(samplePath(name)));
    QCOMPARE(candidates.size(), 12);
    const ReadBack pdf = readBack(pdfOf(candidates));
    const QString comparison = flat(pdf.pages.mid(0, 3).join(u' '));
    for (const PdfCandidate &c : std::as_const(candidates))
        QVERIFY2(comparison.contains(flat(c.profile.basics.name.value)), qPrintable(c.profile.basics.name.value));
    for (const QImage &page : pdf.images)
        QVERIFY(marginsEmpty(page, 20));
}

// Five candidates: their timeline does not fit under the table on page 1, so it comes first
// and the table fills the rest of the page, continuing under its row of names on the next;
// page 1 is never left partly empty with the timeline starting page 2.
void TestPdf::comparisonFillsItsFirstPage()
{
    const QStringList files {u"james-okafor.txt"_s, u"priya-nair.txt"_s, u"sofia-ramirez.md"_s,
        u"nikolai-petrov.md"_s, u"erik-lindqvist.md"_s};
    QList<PdfCandidate> candidates;
    for (const QString &file : files)
        candidates.append(candidateOf(samplePath(file)));
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    const ReadBack pdf = readBack(pdfOf(candidates, options));
    const QString first = flat(pdf.pages.first());
    QVERIFY2(first.contains(u"Careers on one time axis"_s, Qt::CaseInsensitive), qPrintable(first));
    QVERIFY(first.contains(u"Average tenure"_s));

    // Ink down to the foot of the page (at 50 dots per inch: margins of 16 mm, a footer of 22 pt).
    const QImage &page = pdf.images.first();
    const int top = qRound(16 / 25.4 * 50), bottom = page.height() - top - qRound(22.0 * 50 / 72);
    int lowest = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 200) {
                lowest = y;
                break;
            }
        }
    }
    QVERIFY2(lowest - top > 0.85 * (bottom - top),
        qPrintable(u"ink to %1 of %2..%3"_s.arg(lowest).arg(top).arg(bottom)));

    // The table goes on under the names of those it compares.
    const QString second = flat(pdf.pages.at(1));
    QVERIFY2(second.startsWith(u"Name James Okafor Priya Nair"_s), qPrintable(second));
    QVERIFY(second.contains(u"Comparison of 5 candidates"_s)); // the footer: still the comparison
    for (const QImage &image : pdf.images)
        QVERIFY(marginsEmpty(image, 20));
}

void TestPdf::pageSizes()
{
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    const ReadBack letter = readBack(pdfOf({candidateOf(samplePath(u"tom-hughes.md"_s))}, options));
    QCOMPARE(letter.sizes.first().toSize(), QSize(612, 792));
    options.pageSize = QPageSize(QPageSize::A4);
    const ReadBack a4 = readBack(pdfOf({candidateOf(samplePath(u"tom-hughes.md"_s))}, options));
    QCOMPARE(a4.sizes.first().toSize(), QSize(595, 842));
    QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
    QCOMPARE(defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(pageSizeNamed(u"letter"_s).id(), QPageSize::Letter);
    QVERIFY(!pageSizeNamed(u"A5"_s).isValid());
}

void TestPdf::timelineIsDrawn()
{
    const ReadBack pdf = readBack(pdfOf({candidateOf(samplePath(u"anna-keller.md"_s))}));
    // The bars are the only blue areas of a page: count bluish pixels in the upper half.
    const QImage &page = pdf.images.first();
    int blue = 0;
    for (int y = 0; y < page.height() / 2; ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            blue += c.blue() > c.red() + 25 && c.blue() > 150;
        }
    }
    QVERIFY2(blue > 400, qPrintable(QString::number(blue)));
}

void TestPdf::seedsExportWhole_data()
{
    QTest::addColumn<QStringList>("files");
    const QDir seeds(QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds"));
    QStringList all;
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        if (!QFileInfo::exists(seeds.filePath(u"expected/"_s + QFileInfo(name).completeBaseName() + u".json"_s)))
            continue;
        QTest::newRow(qPrintable(name)) << QStringList {seeds.filePath(name)};
        all.append(seeds.filePath(name));
    }
    if (all.isEmpty())
        QSKIP("../shared/seeds is not beside this checkout");
    QTest::newRow("all seeds together") << all;
}

// Each seed alone and all together: every position's company is on paper (shown, or in
// an "and N more" line), and nothing is drawn in the margins.
void TestPdf::seedsExportWhole()
{
    QFETCH(QStringList, files);
    QList<PdfCandidate> candidates;
    for (const QString &file : files)
        candidates.append(candidateOf(file));
    const ReadBack pdf = readBack(pdfOf(candidates));
    QVERIFY(!pdf.pages.isEmpty());
    const QString text = flat(pdf.pages.join(u' '));
    for (const PdfCandidate &c : std::as_const(candidates)) {
        for (const Position &p : c.profile.work)
            QVERIFY2(text.contains(flat(p.company.value)), qPrintable(p.company.value));
    }
    if (candidates.size() == 1)
        QVERIFY(pdf.pages.size() <= 2);
    for (const QImage &page : pdf.images)
        QVERIFY(marginsEmpty(page, 20));
}

void TestPdf::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/out.pdf"_s);
    QString error;
    QVERIFY(!exportSummaryPdf(path, {candidateOf(samplePath(u"tom-hughes.md"_s))}, PdfOptions {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    const QString good = dir.filePath(u"out.pdf"_s);
    QVERIFY(exportSummaryPdf(good, {candidateOf(samplePath(u"tom-hughes.md"_s))}, PdfOptions {}, &error));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
