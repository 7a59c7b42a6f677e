// Word (.docx) and OpenDocument (.odt) files, built here from their XML parts and zipped with
// libzip, read back as markdown: headings, emphasis, lists, tables, text boxes, tabs, headers,
// and a clear problem for what is no such file. All names and addresses are made up.

#include "import/wordimport.h"
#include "io/profilefile.h"
#include "import/zipreader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

struct Part
{
    QString name;
    QByteArray data;
};

// Writes a zip archive of the parts; libzip reads the buffers when the archive is closed.
bool writeZip(const QString &path, const QList<Part> &parts)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const Part &part : parts) {
        zip_source_t *source = zip_source_buffer(archive, part.data.constData(), zip_uint64_t(part.data.size()), 0);
        if (!source || zip_file_add(archive, part.name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

const QByteArray kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

QByteArray documentXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + kNamespaces
        + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

QByteArray stylesXml(const QByteArray &styles)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + kNamespaces + ">"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + styles + "</w:styles>";
}

QByteArray relsXml(const QByteArray &relationships)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + relationships + "</Relationships>";
}

QByteArray para(const QByteArray &text, const QByteArray &properties = {})
{
    return "<w:p>" + (properties.isEmpty() ? QByteArray() : "<w:pPr>" + properties + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">"
        + text + "</w:t></w:r></w:p>";
}

QByteArray run(const QByteArray &text, const QByteArray &properties = {})
{
    return "<w:r>" + (properties.isEmpty() ? QByteArray() : "<w:rPr>" + properties + "</w:rPr>")
        + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

} // namespace

class TestWordImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString write(const QList<Part> &parts, const char *suffix = ".docx")
    {
        const QString path = m_dir.filePath(u"file%1"_s.arg(++m_count) + QLatin1StringView(suffix));
        if (!writeZip(path, parts))
            qFatal("cannot write the test archive");
        return path;
    }

    // The markdown of a .docx whose body is `body`, with optional further parts.
    QString docx(const QByteArray &body, const QList<Part> &more = {})
    {
        QList<Part> parts{{u"word/document.xml"_s, documentXml(body)}};
        parts += more;
        const ImportedDocument document = importDocx(write(parts));
        if (!document.isValid())
            qWarning("problem: %s", qPrintable(document.problem));
        return document.markdown;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A .docx is read like any profile: loadProfileFile() imports it, and the parser reads
    // the markdown; the file itself is untouched.
    void readAsAProfile()
    {
        const QByteArray styles = stylesXml(
            "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>");
        const QString path = write({{u"word/document.xml"_s,
                                        documentXml(para("Mira Okonkwo", "<w:pStyle w:val=\"Title\"/>")
                                            + para("mira@example.org")
                                            + para("Experience", "<w:pStyle w:val=\"Heading1\"/>")
                                            + "<w:p>" + run("Data Engineer", "<w:b/>") + "<w:r><w:tab/></w:r>"
                                            + run("Jan 2019 – Mar 2021") + "</w:p>" + para("Tidewater Logistics, Leeds")
                                            + para("Education", "<w:pStyle w:val=\"Heading1\"/>")
                                            + para("BSc in Physics, University of Eastport, 2014"))},
            {u"word/styles.xml"_s, styles}});
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const ProfileFile file = loadProfileFile(path);
        QVERIFY2(file.isValid(), qPrintable(file.error));
        QCOMPARE(file.kind, DocumentKind::Word);
        QCOMPARE(file.profile.basics.name.value, u"Mira Okonkwo"_s);
        QCOMPARE(file.profile.basics.email.value, u"mira@example.org"_s);
        QCOMPARE(file.profile.work.size(), 1);
        QCOMPARE(file.profile.work[0].title.value, u"Data Engineer"_s);
        QCOMPARE(file.profile.work[0].company.value, u"Tidewater Logistics"_s);
        QCOMPARE(file.profile.work[0].start.value, (PartialDate {2019, 1}));
        QCOMPARE(file.profile.work[0].end.value, (PartialDate {2021, 3}));
        QCOMPARE(file.profile.education.size(), 1);
        QCOMPARE(file.profile.education[0].institution.value, u"University of Eastport"_s);
        QVERIFY(original.seek(0));
        QCOMPARE(original.readAll(), bytes);

        // A damaged one is a problem, named as the loader names any.
        const QString broken = m_dir.filePath(u"broken.docx"_s);
        QFile::copy(path, broken);
        QFile cut(broken);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
        cut.close();
        const ProfileFile damaged = loadProfileFile(broken);
        QVERIFY(!damaged.isValid());
        QVERIFY(!damaged.error.isEmpty());
    }

    void headingsFromStyles()
    {
        const QByteArray styles = stylesXml(
            "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/>"
            "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"JobTitle\"><w:name w:val=\"Job Title\"/><w:basedOn w:val=\"H2\"/></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"Side\"><w:name w:val=\"Sidebar Heading\"/></w:style>");
        const QString markdown = docx(para("Mira Okonkwo", "<w:pStyle w:val=\"Titel\"/>")
                                          + para("Experience", "<w:pStyle w:val=\"berschrift1\"/>")
                                          + para("Data Engineer", "<w:pStyle w:val=\"JobTitle\"/>")
                                          + para("Skills", "<w:pStyle w:val=\"Side\"/>")
                                          + para("Lead", "<w:outlineLvl w:val=\"1\"/>")
                                          + para("Plain", "<w:pStyle w:val=\"berschrift1\"/><w:outlineLvl w:val=\"9\"/>")
                                          + para("Empty heading follows") + "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/></w:pPr></w:p>",
                                      {{u"word/styles.xml"_s, styles}});
        QCOMPARE(markdown,
                 u"# Mira Okonkwo\n\n## Experience\n\n### Data Engineer\n\n## Skills\n\n### Lead\n\nPlain\n\n"
                 "Empty heading follows\n"_s);
    }

    void headingsOnlyFromOutlineLevels()
    {
        // Without a title the highest heading used is `#`.
        const QString markdown = docx(para("Work", "<w:outlineLvl w:val=\"1\"/>") + para("Acme", "<w:outlineLvl w:val=\"2\"/>"));
        QCOMPARE(markdown, u"# Work\n\n## Acme\n"_s);
    }

    void emphasis_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("runs of one look merge") << QByteArray("<w:p>" + run("Sen", "<w:b/>") + run("ior", "<w:b/>") + run(" engineer") + "</w:p>")
                                                << u"**Senior** engineer\n"_s;
        QTest::newRow("a space between two bold runs stays inside")
            << QByteArray("<w:p>" + run("Data", "<w:b/>") + run(" ") + run("Lead", "<w:b/>") + "</w:p>") << u"**Data Lead**\n"_s;
        QTest::newRow("trailing space outside the markers")
            << QByteArray("<w:p>" + run("Acme ", "<w:i/>") + run("2019") + "</w:p>") << u"*Acme* 2019\n"_s;
        QTest::newRow("bold and italic") << QByteArray("<w:p>" + run("Both", "<w:b/><w:i/>") + "</w:p>") << u"***Both***\n"_s;
        QTest::newRow("an empty bold run gives no markers")
            << QByteArray("<w:p>" + run("", "<w:b/>") + run("Plain") + run(" ", "<w:b/>") + "</w:p>") << u"Plain\n"_s;
        QTest::newRow("bold switched off") << QByteArray("<w:p>" + run("Off", "<w:b w:val=\"0\"/>") + "</w:p>") << u"Off\n"_s;
        QTest::newRow("markdown characters escaped")
            << QByteArray("<w:p>" + run("C* and a_b and _x_ [1]") + "</w:p>") << u"C\\* and a_b and \\_x\\_ \\[1\\]\n"_s;
        QTest::newRow("a year with a dot is no list") << para("2019. Moved to Oslo") << u"2019\\. Moved to Oslo\n"_s;
        QTest::newRow("a form's placeholder is left out, a filled-in control kept")
            << QByteArray("<w:p>" + run("Children: ") + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                          + run("Click here to enter text.") + "</w:sdtContent></w:sdt></w:p>"
                          + "<w:sdt><w:sdtPr><w:alias w:val=\"Town\"/></w:sdtPr><w:sdtContent>" + para("Bergen")
                          + "</w:sdtContent></w:sdt>")
            << u"Children:\n\nBergen\n"_s;
        QTest::newRow("hidden text and deleted revisions are left out")
            << QByteArray("<w:p>" + run("Shown") + run(" hidden", "<w:vanish/>") + "<w:del>" + run(" deleted") + "</w:del>"
                          + "<w:ins>" + run(" inserted") + "</w:ins></w:p>")
            << u"Shown inserted\n"_s;
    }

    void emphasis()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(docx(body), expected);
    }

    void emphasisFromCharacterStyle()
    {
        const QByteArray styles = stylesXml("<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
                                            "<w:rPr><w:b/></w:rPr></w:style>");
        QCOMPARE(docx("<w:p>" + run("Role", "<w:rStyle w:val=\"Strong\"/>") + run(", Acme") + "</w:p>",
                      {{u"word/styles.xml"_s, styles}}),
                 u"**Role**, Acme\n"_s);
    }

    void lists()
    {
        const QByteArray numbering =
            "<?xml version=\"1.0\"?><w:numbering " + kNamespaces + ">"
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
        const QByteArray styles = stylesXml("<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
                                            "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>");
        const auto item = [](const QByteArray &text, int numId, int level) -> QByteArray {
            return para(text, "<w:numPr><w:ilvl w:val=\"" + QByteArray::number(level) + "\"/><w:numId w:val=\""
                                  + QByteArray::number(numId) + "\"/></w:numPr>");
        };
        const QString markdown = docx(para("Duties") + item("Built pipelines", 1, 0) + item("Airflow", 1, 1)
                                          + para("Kept the lights on", "<w:pStyle w:val=\"ListBullet\"/>")
                                          + para("Steps") + item("Plan", 2, 0) + item("detail", 2, 1) + item("Ship", 2, 0)
                                          + item("Not a list", 0, 0),
                                      {{u"word/numbering.xml"_s, numbering}, {u"word/styles.xml"_s, styles}});
        QCOMPARE(markdown, u"Duties\n\n- Built pipelines\n  - Airflow\n- Kept the lights on\n\nSteps\n\n1. Plan\n   - detail\n"
                           "2. Ship\n\nNot a list\n"_s);
    }

    void typedBulletsAndSymbols()
    {
        const QByteArray symbolBullet = "<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:tab/>"
                                        "<w:t>Mentored two interns</w:t></w:r></w:p>";
        QCOMPARE(docx(para("· Wrote the docs") + para("\xe2\x80\xa2\tTested") + symbolBullet),
                 u"- Wrote the docs\n- Tested\n- Mentored two interns\n"_s);
    }

    void cleaning()
    {
        // Soft hyphen, zero-width space, a checkbox, a private-use icon, no-break space and hyphen.
        const QString markdown = docx(para("Ma\xc2\xadnage\xe2\x80\x8bment") + para("\xe2\x98\x90 Informatics")
                                      + para("\xef\x80\xa8 0123\xc2\xa0" "456\xe2\x80\x91" "789")
                                      + "<w:p>" + run("Line one") + "<w:r><w:br/></w:r>" + run("Line two") + "</w:p>");
        QCOMPARE(markdown, u"Management\n\nInformatics\n\n0123 456-789\n\nLine one\nLine two\n"_s);
    }

    void hyperlinks()
    {
        const QByteArray rels = relsXml(
            "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            "Target=\"https://example.org/portfolio\" TargetMode=\"External\"/>"
            "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            "Target=\"mailto:mira@example.org\" TargetMode=\"External\"/>");
        const QString markdown = docx("<w:p><w:hyperlink r:id=\"rId7\">" + run("Portfolio") + "</w:hyperlink>" + run(" | ")
                                          + "<w:hyperlink r:id=\"rId8\">" + run("mira@example.org") + "</w:hyperlink></w:p>",
                                      {{u"word/_rels/document.xml.rels"_s, rels}});
        QCOMPARE(markdown, u"[Portfolio](https://example.org/portfolio) | mira@example.org\n"_s);
    }

    void hyperlinkFields()
    {
        // A complex field (its instruction is no text) and a simple one; a page number field's
        // result is plain text.
        const QByteArray complex = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                   "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/in/mira\" \\o \"tip\" </w:instrText></w:r>"
                                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("Profile")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" and ")
            + "<w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org/code&quot; \">" + run("code") + "</w:fldSimple>"
            + run(", page ") + "<w:fldSimple w:instr=\"PAGE\">" + run("1") + "</w:fldSimple></w:p>";
        QCOMPARE(docx(complex), u"[Profile](https://example.org/in/mira) and [code](https://example.org/code), page 1\n"_s);
    }

    void tabsBetweenTitleAndDate_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title tab date") << QByteArray("<w:p>" + run("Engineer", "<w:b/>") + "<w:r><w:tab/></w:r>" + run("Jan 2019 – Mar 2021") + "</w:p>")
                                        << u"**Engineer** | Jan 2019 – Mar 2021\n"_s;
        QTest::newRow("leading and repeated tabs")
            << QByteArray("<w:p><w:r><w:tab/><w:tab/><w:t xml:space=\"preserve\">Analyst </w:t><w:tab/><w:tab/>"
                          "<w:t>2020 – Present</w:t><w:tab/></w:r></w:p>")
            << u"Analyst | 2020 – Present\n"_s;
        QTest::newRow("bold across the tab") << QByteArray("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Lead</w:t><w:tab/><w:t>2018</w:t></w:r></w:p>")
                                             << u"**Lead | 2018**\n"_s;
        QTest::newRow("label and value") << QByteArray("<w:p><w:r><w:t>Phone:</w:t><w:tab/><w:t>0123 456</w:t></w:r></w:p>")
                                         << u"Phone: 0123 456\n"_s;
        QTest::newRow("columns set with spaces") << para("Python          SQL") << u"Python | SQL\n"_s;
    }

    void tabsBetweenTitleAndDate()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(docx(body), expected);
    }

    void dataTable()
    {
        const auto cell = [](const QByteArray &text) -> QByteArray { return "<w:tc><w:tcPr/>" + para(text) + "</w:tc>"; };
        const auto boldCell = [](const QByteArray &text) -> QByteArray { return "<w:tc><w:p>" + run(text, "<w:b/>") + "</w:p></w:tc>"; };
        const QByteArray table = "<w:tbl><w:tblPr/><w:tblGrid/>"
                                 "<w:tr>" + boldCell("Language") + boldCell("Level") + "</w:tr>"
                                 "<w:tr>" + cell("Norwegian") + cell("C1") + "</w:tr>"
                                 "<w:tr>" + cell("Pipe|Dream") + cell("") + "</w:tr></w:tbl>";
        QCOMPARE(docx(para("Languages") + table),
                 u"Languages\n\n| **Language** | **Level** |\n| --- | --- |\n| Norwegian | C1 |\n| Pipe\\|Dream |  |\n"_s);
    }

    void labelsAndValuesAreNoDataTable()
    {
        const auto cell = [](const QByteArray &text) -> QByteArray { return "<w:tc>" + para(text) + "</w:tc>"; };
        const QByteArray table = "<w:tbl><w:tr>" + cell("Name") + cell("Mira Okonkwo") + "</w:tr>"
                                 "<w:tr>" + cell("E-mail") + cell("mira@example.org") + "</w:tr></w:tbl>";
        QCOMPARE(docx(table), u"Name | Mira Okonkwo\n\nE-mail | mira@example.org\n"_s);
    }

    void layoutTable()
    {
        // A date column beside the entries: a row of one line per cell is one line, and a
        // date beside a longer entry goes on the entry's first line, on either side.
        const auto cell = [](const QByteArray &content) -> QByteArray { return "<w:tc>" + content + "</w:tc>"; };
        const QByteArray table = "<w:tbl>"
                                 "<w:tr>" + cell(para("2019 – 2021")) + cell(para("Engineer, Acme")) + "</w:tr>"
                                 "<w:sdt><w:sdtContent><w:tr>" + cell(para("2016 – 2019"))
            + cell(para("") + para("Analyst, Initech") + para("Built reports")) + "</w:tr></w:sdtContent></w:sdt>"
                                 "<w:tr>" + cell(para("Intern, Globex") + para("Filed things")) + cell(para("Summer 2015")) + "</w:tr>"
                                 "<w:tr>" + cell(para("")) + cell(para("Alone")) + "</w:tr>"
                                 "<w:tr>" + cell(para("Profile")) + cell(para("Curious.") + para("Patient.")) + "</w:tr></w:tbl>";
        QCOMPARE(docx(table), u"2019 – 2021 | Engineer, Acme\n\n2016 – 2019 | Analyst, Initech\n\nBuilt reports\n\n"
                              "Intern, Globex | Summer 2015\n\nFiled things\n\nAlone\n\nProfile\n\nCurious.\n\nPatient.\n"_s);
    }

    void textBoxAppearsOnce()
    {
        const QByteArray box = "<w:txbxContent>" + para("Sidebar: Python, SQL") + "</w:txbxContent>";
        const QByteArray body =
            "<w:p>" + run("Main text")
            + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
              "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
              "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
              "</mc:Fallback></mc:AlternateContent></w:r></w:p>";
        const QString markdown = docx(body);
        QCOMPARE(markdown, u"Main text\n\nSidebar: Python, SQL\n"_s);
        QCOMPARE(markdown.count(u"Sidebar"_s), 1);
    }

    void headerWithContactLine()
    {
        const QByteArray rels = relsXml(
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
        const QByteArray header = "<w:hdr " + kNamespaces + ">" + para("Mira Okonkwo") + para("mira@example.org | Oslo") + "</w:hdr>";
        const QByteArray footer = "<w:ftr " + kNamespaces + ">" + para("Page 2") + para("References on request") + "</w:ftr>";
        const QString markdown = docx(para("Mira Okonkwo") + para("Experience"),
                                      {{u"word/_rels/document.xml.rels"_s, rels}, {u"word/header1.xml"_s, header},
                                       {u"word/header2.xml"_s, header}, {u"word/footer1.xml"_s, footer}});
        QCOMPARE(markdown, u"mira@example.org | Oslo\n\nMira Okonkwo\n\nExperience\n\nReferences on request\n"_s);
    }

    void underlinedHeading()
    {
        QCOMPARE(docx(para("Skills") + para("") + para("____________") + para("Python")), u"# Skills\n\nPython\n"_s);
    }

    void borderUnderHeading()
    {
        // A bottom border makes a heading, set directly or by the style; paragraphs that share
        // a border are a box, and a border switched off is none.
        const QByteArray styles = stylesXml("<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:name w:val=\"Section\"/>"
                                            "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\"/></w:pBdr></w:pPr></w:style>");
        const QByteArray border = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\"/></w:pBdr>";
        const QString markdown = docx(para("Box line one", border) + para("Box line two", border) + para("Oslo")
                                          + para("EXPERIENCE", "<w:pStyle w:val=\"Section\"/>") + para("Engineer at Acme")
                                          + para("EDUCATION", border) + para("Not underlined",
                                                                               "<w:pStyle w:val=\"Section\"/><w:pBdr><w:bottom w:val=\"nil\"/></w:pBdr>"),
                                      {{u"word/styles.xml"_s, styles}});
        QCOMPARE(markdown, u"Box line one\n\nBox line two\n\nOslo\n\n# EXPERIENCE\n\nEngineer at Acme\n\n# EDUCATION\n\nNot underlined\n"_s);
    }

    void damagedStylesCostOnlyTheirFormatting()
    {
        const ImportedDocument document = importDocx(write({{u"word/document.xml"_s, documentXml(para("Still read"))},
                                                            {u"word/styles.xml"_s, "<w:styles><w:style>"}}));
        QVERIFY2(document.isValid(), qPrintable(document.problem));
        QCOMPARE(document.markdown, u"Still read\n"_s);
        QCOMPARE(document.notes.size(), 1);
        QVERIFY2(document.notes.first().contains(u"word/styles.xml"_s), qPrintable(document.notes.first()));
    }

    void mainPartFromRelationships()
    {
        const QByteArray rels = relsXml("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                        "relationships/officeDocument\" Target=\"word/document2.xml\"/>");
        const ImportedDocument document =
            importDocx(write({{u"_rels/.rels"_s, rels}, {u"word/document2.xml"_s, documentXml(para("Found"))}}));
        QVERIFY2(document.isValid(), qPrintable(document.problem));
        QCOMPARE(document.markdown, u"Found\n"_s);
    }

    void odt()
    {
        const QByteArray ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                              "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                              "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                              "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                              "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                              "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";
        const QByteArray styles =
            "<office:document-styles " + ns + "><office:styles>"
            "<style:style style:name=\"Title\" style:family=\"paragraph\"/>"
            "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" style:family=\"text\">"
            "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
            "<text:list-style style:name=\"Numbers\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/>"
            "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"-\"/></text:list-style>"
            "</office:styles><office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
            "<text:p>tomas@example.org</text:p></style:header></style:master-page></office:master-styles>"
            "</office:document-styles>";
        const QByteArray content =
            "<office:document-content " + ns + "><office:automatic-styles>"
            "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
            "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>"
            "<style:style style:name=\"P2\" style:family=\"paragraph\"><style:paragraph-properties "
            "fo:border-bottom=\"0.5pt solid #000000\"/></style:style>"
            "</office:automatic-styles><office:body><office:text>"
            "<text:sequence-decls/>"
            "<text:p text:style-name=\"P1\">Tomás Reyes</text:p>"
            "<text:h text:outline-level=\"1\">Experience</text:h>"
            "<text:p><text:span text:style-name=\"Strong_20_Emphasis\">Engineer</text:span><text:tab/>2019 – 2021</text:p>"
            "<text:p>At   <text:span text:style-name=\"T1\">Acme</text:span><text:s text:c=\"2\"/>Oslo</text:p>"
            "<text:list text:style-name=\"Numbers\"><text:list-item><text:p>Shipped</text:p>"
            "<text:list><text:list-item><text:p>fast</text:p></text:list-item></text:list></text:list-item>"
            "<text:list-item><text:p>Scaled</text:p></text:list-item></text:list>"
            "<text:h text:outline-level=\"2\">Languages</text:h>"
            "<table:table><table:table-column/><table:table-header-rows><table:table-row>"
            "<table:table-cell><text:p>Language</text:p></table:table-cell><table:table-cell><text:p>Level</text:p></table:table-cell>"
            "<table:table-cell><text:p>Since</text:p></table:table-cell>"
            "</table:table-row></table:table-header-rows><table:table-row>"
            "<table:table-cell><text:p>Spanish</text:p></table:table-cell><table:table-cell><text:p>Native</text:p></table:table-cell>"
            "<table:covered-table-cell/>"
            "</table:table-row></table:table>"
            "<text:p>See <text:a xlink:href=\"https://example.org/tr\">my site</text:a><text:note><text:note-body>"
            "<text:p>a note</text:p></text:note-body></text:note></text:p>"
            "<text:p text:style-name=\"P2\">Skills</text:p>"
            "</office:text></office:body></office:document-content>";
        const ImportedDocument document =
            importOdt(write({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}, {u"content.xml"_s, content},
                             {u"styles.xml"_s, styles}},
                            ".odt"));
        QVERIFY2(document.isValid(), qPrintable(document.problem));
        QCOMPARE(document.markdown,
                 u"tomas@example.org\n\n# Tomás Reyes\n\n## Experience\n\n**Engineer** | 2019 – 2021\n\nAt *Acme*  Oslo\n\n"
                 "1. Shipped\n   - fast\n2. Scaled\n\n### Languages\n\n| Language | Level | Since |\n| --- | --- | --- |\n| Spanish | Native |  |\n\n"
                 "See [my site](https://example.org/tr)\n\n## Skills\n"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not a zip") << 0 << u"not a Word or OpenDocument file"_s;
        QTest::newRow("zip without word/document.xml") << 1 << u"no word/document.xml"_s;
        QTest::newRow("truncated zip") << 2 << u"damaged"_s;
        QTest::newRow("oversized entry") << 3 << u"too large"_s;
        QTest::newRow("broken XML") << 4 << u"not well-formed XML"_s;
        QTest::newRow("no text") << 5 << u"has no text"_s;
        QTest::newRow("old binary .doc") << 6 << u".doc"_s;
        QTest::newRow("no such file") << 7 << u"no such file"_s;
        QTest::newRow("odt without content.xml") << 8 << u"no content.xml"_s;
        QTest::newRow("nesting deep enough to exhaust the stack") << 9 << u"has no text"_s;
    }

    void badInput()
    {
        QFETCH(int, kind);
        QFETCH(QString, problem);
        QString path = m_dir.filePath(u"bad%1.docx"_s.arg(kind));
        const QByteArray valid = documentXml(para("Text"));
        switch (kind) {
        case 0: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# Just markdown\n");
            break;
        }
        case 1: path = write({{u"notes.txt"_s, "hello"}}); break;
        case 2: {
            const QString whole = write({{u"word/document.xml"_s, valid + QByteArray(4000, ' ')}});
            QFile file(whole);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() / 2));
            break;
        }
        case 3: {
            // Zeros compress to almost nothing: what a zip bomb is made of.
            QByteArray huge = valid;
            huge.append(QByteArray(Import::ZipReader::maxEntrySize, ' '));
            path = write({{u"word/document.xml"_s, huge}});
            break;
        }
        case 4: path = write({{u"word/document.xml"_s, "<w:document " + kNamespaces + "><w:body><w:p></w:body>"}}); break;
        case 5: path = write({{u"word/document.xml"_s, documentXml("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>")}}); break;
        case 6: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
            break;
        }
        case 7: path = m_dir.filePath(u"missing.docx"_s); break;
        case 9: {
            const int depth = 200000;
            const QByteArray nested = "<w:p>" + QByteArray("<w:hyperlink>").repeated(depth) + run("deep")
                + QByteArray("</w:hyperlink>").repeated(depth) + "</w:p>";
            path = write({{u"word/document.xml"_s, documentXml(nested)}});
            break;
        }
        case 8: {
            const ImportedDocument document = importOdt(write({{u"mimetype"_s, "x"}}, ".odt"));
            QVERIFY(!document.isValid());
            QVERIFY2(document.problem.contains(problem), qPrintable(document.problem));
            QVERIFY(document.markdown.isEmpty());
            return;
        }
        }
        const ImportedDocument document = importDocx(path);
        QVERIFY(!document.isValid());
        QVERIFY2(document.problem.contains(problem), qPrintable(document.problem));
        QVERIFY(document.markdown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordImport)
#include "tst_wordimport.moc"
