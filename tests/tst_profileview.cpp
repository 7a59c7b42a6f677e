// The profile view: what it shows, what it never loads, and where each part came from.

#include "io/profilefile.h"
#include "orderedposition.h"
#include "profilehtml.h"
#include "profileview.h"
#include "sourcedialog.h"
#include "timeline/experience.h"
#include "timeline/today.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextList>

using namespace Shortlist;

namespace Shortlist {
char *toString(const SourceRange &range)
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(range.begin).arg(range.end));
}
} // namespace Shortlist

namespace {

const QDate kToday(2026, 6, 1); // the day durations are counted to

// A fictional candidate: two dated positions, one undated, markup in a highlight and a
// section Shortlist does not know.
const char kProfile[] = "# Ivo Brandtmeier\n"
                        "\n"
                        "Data Engineer · Pipelines & Warehouses\n"
                        "\n"
                        "ivo.b@example.org · Leipzig, Germany\n"
                        "\n"
                        "## Experience\n"
                        "\n"
                        "### Senior Data Engineer at Kestrel Freight (Mar 2018 – Feb 2019)\n"
                        "\n"
                        "- Rebuilt the nightly load as hourly increments\n"
                        "- Halved warehouse costs\n"
                        "\n"
                        "### Data Analyst, Brightwater Labs (2015 – 2017)\n"
                        "\n"
                        "- Wrote the first churn report\n"
                        "\n"
                        "### Support Engineer, Harbourline Telecom\n"
                        "\n"
                        "- Answered \\<script\\>alert(1)\\</script\\> & &lt;urgent&gt; tickets first\n"
                        "\n"
                        "## Skills\n"
                        "\n"
                        "- **Data:** SQL, dbt, Airflow\n"
                        "\n"
                        "## Volunteering\n"
                        "\n"
                        "Organises a yearly open-data hackathon.\n";

const QString kPath = QStringLiteral("/profiles/ivo-brandtmeier.md");

Profile fixture()
{
    return parseProfileBytes(kPath, QByteArray(kProfile)).profile;
}

const QUrl kPhoto(QStringLiteral("https://photos.example.net/ivo/photo.png"));

// The point in the middle of the block holding `text`, in viewport coordinates.
QPoint pointOf(const ProfileView &view, const QString &text)
{
    const QTextCursor found = view.document()->find(text);
    if (found.isNull())
        return {-1, -1};
    const QRectF rect = view.document()->documentLayout()->blockBoundingRect(found.block());
    const QPoint scroll(view.horizontalScrollBar()->value(), view.verticalScrollBar()->value());
    return rect.center().toPoint() - scroll;
}

} // namespace

class TestProfileView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersWhatAHiringManagerReads();
    void escapesTheText();
    void showsEmphasisOfTextAsWritten();
    void showsAPositionsTextInItsOrder();
    void loadsNothingFromOutside_data();
    void loadsNothingFromOutside();
    void showsAPlaceholderForAPhoto();
    void sourceRangeAt_data();
    void sourceRangeAt();
    void contextMenuShowsInFile();
    void paletteChangeRedraws();
    void foreignTextForgetsTheProfile();
    void sourceDialogSelectsTheField_data();
    void sourceDialogSelectsTheField();
    void sourceDialogNamesAnUnreadableFile();

private:
    void show(ProfileView &view, const Profile &profile);
};

void TestProfileView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setToday(kToday);
    const Profile profile = fixture();
    QCOMPARE(profile.work.size(), 3);
    QVERIFY(profile.work.at(2).isUndated());
    QVERIFY(profile.work.at(2).highlights.value(0).value.contains(QLatin1String("<script>")));
    QCOMPARE(profile.sections.size(), 1);
}

void TestProfileView::show(ProfileView &view, const Profile &profile)
{
    view.resize(800, 1200);
    view.showProfile(profile, kPath);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

void TestProfileView::rendersWhatAHiringManagerReads()
{
    const Profile profile = fixture();
    ProfileView view;
    show(view, profile);
    const QString text = view.toPlainText();
    const QDate today = kToday;
    QStringList expected {QStringLiteral("Ivo Brandtmeier"),
        QStringLiteral("Data Engineer · Pipelines & Warehouses"), QStringLiteral("Leipzig, Germany"),
        QStringLiteral("ivo.b@example.org"), formatExperience(experienceOf(profile.work, today)),
        QStringLiteral("Senior Data Engineer"), QStringLiteral("Kestrel Freight"),
        QStringLiteral("Mar 2018 – Feb 2019"), formatMonths(12), QStringLiteral("Data Analyst"),
        QStringLiteral("Brightwater Labs"), formatMonths(24), QStringLiteral("Support Engineer"),
        QStringLiteral("Harbourline Telecom"), QStringLiteral("undated"),
        QStringLiteral("Halved warehouse costs"), QStringLiteral("SQL, dbt, Airflow"),
        QStringLiteral("Volunteering"), QStringLiteral("Organises a yearly open-data hackathon.")};
    for (const QString &part : std::as_const(expected))
        QVERIFY2(text.contains(part), qPrintable(part));
    // The undated position is marked, and given no dates of its own.
    const QString undated = text.section(QStringLiteral("Support Engineer"), 1);
    QVERIFY(undated.contains(QLatin1String("undated")));
    QVERIFY(!undated.contains(QLatin1String("20")));
}

// A job's text as the file has it: the paragraph, then "Achievements:" over its list, a
// nested item under its own, then "Areas:" over its paragraph and list.
void TestProfileView::showsAPositionsTextInItsOrder()
{
    ProfileView view;
    show(view, parseProfileBytes(kPath, kOrderedPositionCv).profile);
    const QStringList order {QStringLiteral("Led the platform group of six."), QStringLiteral("Achievements:"),
        QStringLiteral("Cut deploys from an hour to minutes"), QStringLiteral("by caching the builds"),
        QStringLiteral("Moved the fleet to ARM"), QStringLiteral("Areas:"), QStringLiteral("Payments and ledgers, and the audit trail."),
        QStringLiteral("On call for the ledger")};
    const QString text = view.toPlainText();
    qsizetype at = 0;
    for (const QString &part : order) {
        const qsizetype found = text.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(part + QStringLiteral(" is not in its place in:\n") + text));
        at = found + part.size();
    }
    // The sub-heading stands out; the nested item is a list inside the outer one.
    const QTextCursor heading = view.document()->find(QStringLiteral("Achievements:"));
    QVERIFY(heading.charFormat().fontWeight() >= QFont::Bold);
    const QTextBlock outer = view.document()->find(QStringLiteral("Moved the fleet")).block();
    const QTextBlock inner = view.document()->find(QStringLiteral("by caching")).block();
    QVERIFY(outer.textList() && inner.textList());
    QVERIFY(inner.textList()->format().indent() > outer.textList()->format().indent());
}

void TestProfileView::escapesTheText()
{
    Profile profile = fixture();
    profile.basics.name.value = QStringLiteral("<b>Ivo</b> & \"Co\"");
    ProfileView view;
    show(view, profile);
    const QString text = view.toPlainText();
    QVERIFY(text.contains(QLatin1String("<b>Ivo</b> & \"Co\"")));
    QVERIFY(text.contains(QLatin1String("Answered <script>alert(1)</script> & <urgent> tickets first")));
    const QString html = renderProfilePage(profile, view.palette(), kToday).html;
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<b>Ivo")));
}

void TestProfileView::showsEmphasisOfTextAsWritten()
{
    // A section Shortlist does not read is shown as written, its emphasis as emphasis.
    Profile profile = fixture();
    Section interests;
    interests.heading = QStringLiteral("Interests");
    interests.text = QStringLiteral("**Chess**, *bouldering* and 2*3 <puzzles>\n## Clubs\nTromsø #1 chess club");
    profile.sections.append(interests);
    const QString html = renderProfilePage(profile, QPalette(), kToday).html;
    QVERIFY2(html.contains(QStringLiteral("<b>Chess</b>, <i>bouldering</i> and 2*3 &lt;puzzles&gt;<br><b>Clubs</b><br>Tromsø #1 chess club")),
        qPrintable(html.mid(html.indexOf(QLatin1String("Chess")) - 20, 240)));
    ProfileView view;
    show(view, profile);
    QVERIFY(view.toPlainText().contains(QLatin1String("Chess, bouldering and 2*3 <puzzles>")));
}

void TestProfileView::loadsNothingFromOutside_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("https photo") << kPhoto;
    QTest::newRow("http") << QUrl(QStringLiteral("http://photos.example.net/a.png"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://files.example.net/a.png"));
    QTest::newRow("local file") << QUrl::fromLocalFile(
        QStringLiteral(SHORTLIST_SOURCE_DIR "/CMakeLists.txt"));
    QTest::newRow("relative path") << QUrl(QStringLiteral("CMakeLists.txt"));
    QTest::newRow("placeholder scheme, other name")
        << QUrl(QStringLiteral("%1:elsewhere").arg(kPlaceholderScheme));
}

void TestProfileView::loadsNothingFromOutside()
{
    QFETCH(QUrl, url);
    ProfileView view;
    for (int type :
        {QTextDocument::ImageResource, QTextDocument::HtmlResource, QTextDocument::StyleSheetResource})
        QVERIFY(!view.loadResource(type, url).isValid());
}

void TestProfileView::showsAPlaceholderForAPhoto()
{
    Profile profile = fixture();
    profile.basics.image.value = kPhoto.toString();
    ProfileView view;
    show(view, profile);
    const QVariant placeholder = view.loadResource(QTextDocument::ImageResource, placeholderAvatarUrl());
    QVERIFY(!placeholder.value<QImage>().isNull());
    const QString html = view.document()->toHtml();
    QVERIFY(html.contains(placeholderAvatarUrl().toString()));
    QVERIFY(!html.contains(kPhoto.toString()));
    QVERIFY(!html.contains(QLatin1String("photos.example.net")));
}

void TestProfileView::sourceRangeAt_data()
{
    const Profile p = fixture();
    QTest::addColumn<QString>("text");
    QTest::addColumn<SourceRange>("range");
    QTest::newRow("name") << p.basics.name.value << p.basics.name.range;
    QTest::newRow("headline") << p.basics.label.value << p.basics.label.range;
    QTest::newRow("position title: the whole entry") << p.work.at(0).title.value << p.work.at(0).range;
    QTest::newRow("company") << p.work.at(1).company.value << p.work.at(1).company.range;
    QTest::newRow("highlight") << p.work.at(0).highlights.at(1).value << p.work.at(0).highlights.at(1).range;
    QTest::newRow("dates") << QStringLiteral("Mar 2018") << p.work.at(0).datesRange;
    QTest::newRow("skill group") << QStringLiteral("SQL, dbt") << p.skills.at(0).range;
    QTest::newRow("unrecognised heading") << p.sections.at(0).heading << p.sections.at(0).headingRange;
    QTest::newRow("unrecognised text") << p.sections.at(0).text << p.sections.at(0).range;
    QTest::newRow("total experience: no single place")
        << formatExperience(experienceOf(p.work, kToday)) << SourceRange {};
}

void TestProfileView::sourceRangeAt()
{
    QFETCH(QString, text);
    QFETCH(SourceRange, range);
    ProfileView view;
    show(view, fixture());
    const QPoint point = pointOf(view, text);
    QVERIFY2(point.y() >= 0, qPrintable(text));
    QCOMPARE(view.sourceRangeAt(point), range);
}

void TestProfileView::contextMenuShowsInFile()
{
    const Profile profile = fixture();
    ProfileView view;
    show(view, profile);
    QSignalSpy spy(&view, &ProfileView::showInFileRequested);

    const std::unique_ptr<QMenu> menu(
        view.createContextMenu(pointOf(view, QStringLiteral("Brightwater Labs"))));
    QAction *showInFile = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Show in File"))
            showInFile = action;
    }
    QVERIFY(showInFile);
    showInFile->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), kPath);
    QCOMPARE(spy.at(0).at(1).value<SourceRange>(), profile.work.at(1).company.range);

    // Below the last line there is nothing to show.
    const QPoint empty(10, view.viewport()->height() - 2);
    QVERIFY(!view.sourceRangeAt(empty).isValid());
    const std::unique_ptr<QMenu> plain(view.createContextMenu(empty));
    for (QAction *action : plain->actions())
        QVERIFY(action->text() != QLatin1String("Show in File"));
}

void TestProfileView::paletteChangeRedraws()
{
    ProfileView view;
    show(view, fixture());
    const QColor text(0x12, 0x34, 0x56);
    QVERIFY(!view.document()->toHtml().contains(text.name()));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::Text, text);
    view.setPalette(dark);
    QVERIFY(view.document()->toHtml().contains(text.name()));
    QVERIFY(view.sourceRangeAt(pointOf(view, QStringLiteral("Kestrel Freight"))).isValid());
}

void TestProfileView::foreignTextForgetsTheProfile()
{
    ProfileView view;
    show(view, fixture());
    view.setPlainText(QStringLiteral("Kestrel Freight: this file could not be read"));
    QVERIFY(!view.sourceRangeAt(pointOf(view, QStringLiteral("Kestrel Freight"))).isValid());
    QVERIFY(view.path().isEmpty());
    view.setPalette(QPalette(Qt::darkGray)); // and does not bring the profile back
    QVERIFY(view.toPlainText().startsWith(QLatin1String("Kestrel Freight: this file")));
}

void TestProfileView::sourceDialogSelectsTheField_data()
{
    const QString cv = QStringLiteral(
        "# Jördis Vanterpool\r\n\r\nSite Reliability Engineer\r\n\r\n## Experience\r\n\r\n"
        "### SRE at Müller & Söhne Gießerei (2019 - 2022)\r\n\r\n- Kept the furnaces online\r\n");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("company");
    const QString company = QStringLiteral("Müller & Söhne Gießerei");
    QTest::newRow("utf-8, CRLF") << cv.toUtf8() << company;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + cv.toUtf8()) << company;
    QTest::newRow("windows-1252") << cv.toLatin1() << company;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 LE") << QByteArray(utf16(cv)) << company;
    QTest::newRow("LF only") << QString(cv).remove(QLatin1Char('\r')).toUtf8() << company;
}

void TestProfileView::sourceDialogSelectsTheField()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, company);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jordis.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const ProfileFile loaded = loadProfileFile(path);
    QVERIFY(loaded.isValid());
    QCOMPARE(loaded.profile.work.value(0).company.value, company);

    SourceDialog dialog;
    QVERIFY(dialog.showSource(path, loaded.profile.work.at(0).company.range));
    QCOMPARE(dialog.selectedText(), company);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("jordis.md — Shortlist"));
    QVERIFY(dialog.showSource(path, loaded.profile.work.at(0).highlights.at(0).range));
    QVERIFY(dialog.selectedText().endsWith(
        QLatin1String("Kept the furnaces online"))); // the item, marker and all
    QVERIFY(dialog.showSource(path, loaded.profile.basics.label.range));
    QCOMPARE(dialog.selectedText(), QStringLiteral("Site Reliability Engineer"));
}

void TestProfileView::sourceDialogNamesAnUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.md"));
    SourceDialog dialog;
    QVERIFY(!dialog.showSource(path, {0, 4}));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("gone.md — Shortlist"));
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named
            || (label->isVisibleTo(&dialog) && label->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(named);
    QVERIFY(dialog.selectedText().isEmpty());
}

QTEST_MAIN(TestProfileView)
#include "tst_profileview.moc"
