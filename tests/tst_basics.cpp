// The person at the top of a CV: name, e-mail, phone, place and headline, from the layouts
// people write them in. Every CV here is made up.

#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "io/profilefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Shortlist;

namespace {

// The value at a dotted path ("basics.location.city", "basics.profiles.0.network") of the
// profile's JSON Resume, as text; "null" where there is none.
QString valueAt(const Profile &profile, const QString &path)
{
    QJsonValue value = toJsonResume(profile);
    for (const QString &key : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    return value.isString() ? value.toString() : QStringLiteral("null");
}

} // namespace

class TestBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void labelsAreKept();
    void linkTextIsKept();
};

void TestBasics::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *text, const char *path, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(path)
                            << QString::fromUtf8(expected);
    };
    const char *labelled
        = "# Mara Quellford\n\nEmail: mara@example.org | Phone: +49 170 0000 111 | Location: "
          "Munich, Germany\n\n## Experience\n";
    row("labelled pieces: e-mail", labelled, "basics.email", "mara@example.org");
    row("a title heading that names the document, the name in a table of personal details",
        "# Curriculum Vitae\n\n| | |\n|---|---|\n| **Naam** | Jorien Kalverda |\n| **Woonplaats** | Deventer |\n\n"
        "## Werkervaring\n\n**Tester** bij Zandloper B.V. | 2019 - heden\n",
        "basics.name", "Jorien Kalverda");
    row("a profile README's greeting heading names the person",
        "<h1 align=\"center\">Hi \xf0\x9f\x91\x8b, I'm Zofia Krawiec</h1>\n<h3 align=\"center\">Backend developer</h3>\n\n"
        "## Experience\n\n**Developer** at Wisla Data | 2020 - present\n",
        "basics.name", "Zofia Krawiec");
    row("a nickname in parentheses between the names, in capitals",
        "ROSALIND (ROS) FAIRWEATHER\nBookkeeper turned analyst\nros@example.org\n\nEXPERIENCE\n\nAnalyst, Fenwick Mills 2019 - present\n",
        "basics.name", "ROSALIND (ROS) FAIRWEATHER");
    row("pandoc's title block: the name, then the headline",
        "% Hannah \"Nan\" Oakfield\n% Platform Engineer\n\nEmail: nan@example.com\n\n## Experience\n\n**Engineer** at Rook Labs | 2019 - present\n",
        "basics.label", "Platform Engineer");
    row("contacts set apart by a middle dot between no-break spaces",
        "# Lena Sorby\n\nBergen, Norway \xc2\xa0\xc2\xb7\xc2\xa0 lena@example.org \xc2\xa0\xc2\xb7\xc2\xa0 lena.example.org\n\n## Experience\n",
        "basics.location.city", "Bergen");
    row("a birth date beside the phone number is no phone number",
        "# Jan Vos\n\n21-02-1991 | 0627481354 | jan@example.org\n\n## Experience\n",
        "basics.phone", "0627481354");
    row("'Lebenslauf' over a labelled name",
        "# Lebenslauf\n\n**Name:** Tilo Brandauer  \n**Wohnort:** Passau\n\n## Berufserfahrung\n\n"
        "**Entwickler**, Innleiten GmbH | 2019 - heute\n",
        "basics.name", "Tilo Brandauer");
    row("labelled pieces: phone", labelled, "basics.phone", "+49 170 0000 111");
    row("labelled pieces: place as written", labelled, "basics.location.address", "Munich, Germany");
    row("labelled pieces: country", labelled, "basics.location.countryCode", "DE");

    const char *dashes
        = "# Tomas Brekke\n\ntomas@example.net - Bergen, Norway - +47 000 00 000\n\n## Skills\n";
    row("dash-separated: e-mail", dashes, "basics.email", "tomas@example.net");
    row("dash-separated: place", dashes, "basics.location.address", "Bergen, Norway");
    row("middle dots", "# Ines Varela\n\nines@example.com · Porto, Portugal · +351 000 000 000\n",
        "basics.location.address", "Porto, Portugal");
    row("slashes", "# Ines Varela\n\nines@example.com / +351 000 000 000 / Braga\n", "basics.location.city",
        "Braga");
    row("commas", "# Ines Varela\n\nines@example.com, Coimbra, Portugal, +351 000 000 000\n",
        "basics.location.address", "Coimbra, Portugal");

    const char *emoji
        = "# Lia Moretti\n### Backend Developer\n\n📍 Trieste, Italia  \n📞 +39 000 0000000  \n"
          "✉️ lia@example.it  \n🔗 LinkedIn: https://linkedin.com/in/lia-example\n\n# Profilo\n";
    row("emoji: place", emoji, "basics.location.address", "Trieste, Italia");
    row("emoji: country from Qt's territory names", emoji, "basics.location.countryCode", "IT");
    row("emoji: e-mail", emoji, "basics.email", "lia@example.it");
    row("emoji: link", emoji, "basics.profiles.0.network", "LinkedIn");

    row("Cyrillic label with a space before the colon",
        "# Пётр Образцов\n\nEmail : petr@example.ru\nТелефон : +7 000 000-00-00\nМестоположение : Казань, "
        "Россия\n\n## Опыт работы\n",
        "basics.location.address", "Казань, Россия");
    // A sidebar's contacts read into another section (as PDFs give them): the address on a
    // line of its own before the career is the candidate's.
    row("an e-mail on its own line under a heading not read as contacts",
        "# Ada Quill\n\n## Skills\n\nGo, Rust\n\n**Reach me here**\n\nada@example.org\n06 95 80 56 18\n\n"
        "## Experience\n\n### Engineer at Loom Works\n2019 - 2021\n",
        "basics.email", "ada@example.org");
    row("Swedish e-mail label",
        "# Sven Exempel\n\n**Telefon:** 070-000 00 00  \n**E-post:** sven@example.se\n", "basics.email",
        "sven@example.se");
    row("two-word label",
        "**Noor Example**\n\nLocation: Leiden, Netherlands\nE-mail Address: noor@example.nl\n",
        "basics.email", "noor@example.nl");
    row("obfuscated e-mail is not an address", "# Kai Example\n\nEmail: kai at example dot com\n",
        "basics.email", "null");
    row("e-mail as a mailto link",
        "# Kai Example\n\n[Email](mailto:kai@example.com) - [GitHub](https://github.com/kai)\n",
        "basics.email", "kai@example.com");
    row("link list beside the e-mail",
        "# Kai Example\n[kai@example.com](mailto:kai@example.com) | [Home page](https://kai.example.com) | "
        "[GitHub](https://github.com/kai-example) | Lisbon, Portugal\n",
        "basics.location.address", "Lisbon, Portugal");
    row("place of three pieces",
        "Ola Nordmann\n\n> ola@example.no • Storgata 1 • 0000 Oslo • Norway\n\n## Experience\n",
        "basics.location.address", "Storgata 1 • 0000 Oslo • Norway");
    row("US state after the city", "JANE Q. EXAMPLE\nSpringfield, IL | 555 010 0199 | jane@example.com\n",
        "basics.location.address", "Springfield, IL");
    row("phone without a country code",
        "JANE Q. EXAMPLE\nSpringfield, IL | (555) 010-0199 | jane@example.com\n", "basics.phone",
        "(555) 010-0199");
    row("street address on its own line",
        "JANE EXAMPLE\n\n12 Oak Lane, Springfield, IL 62701\njane@example.com\n", "basics.location.address",
        "12 Oak Lane, Springfield, IL 62701");
    row("name as a key-value line", "Name: Rui Example\nEmail: rui@example.com\n", "basics.name",
        "Rui Example");

    row("name before a headline", "# Bram Example - _Staff Engineer_\n\n## Summary\n\nBuilds things.\n",
        "basics.name", "Bram Example");
    row("headline after the name", "# Bram Example - _Staff Engineer_\n\n## Summary\n\nBuilds things.\n",
        "basics.label", "Staff Engineer");
    row("name and e-mail in one heading",
        "### Bram Example | bram@example.com\n\nI build things.\n\n### Skills\n", "basics.name",
        "Bram Example");
    row("name and phone on the first line", "  Bram Q. Example (555) 010-0188\n  bram@example.com\n",
        "basics.name", "Bram Q. Example");
    row("name after a word for CV", "# Lebenslauf Greta Example (Dr.)\n\nBerlin\n", "basics.name",
        "Greta Example");
    row("name with a suffix", "Greta Example, née Muster\n===\n\n> Data engineer\n", "basics.name",
        "Greta Example");
    row("a role heading under the name is the headline",
        "# Greta Example — Backend-Entwicklerin\n\nE-Mail : greta@example.de\nTelefon : +49 000 000000\n\n## "
        "Berufserfahrung\n",
        "basics.email", "greta@example.de");
    row("a title heading is not the name", "# Senior Data Engineer\n\nMila Example\n", "basics.name",
        "Mila Example");
    row("lines above a setext underline are lines",
        "Ada Q Example\n9 Elm Street, Cambridge MA 02139 -- (555) 010-0177 -- "
        "ada@example.edu\n=========\nEducation\n"
        "=========\n",
        "basics.name", "Ada Q Example");
    row("street, city, state and postal code",
        "Ada Q Example\n9 Elm Street, Cambridge MA 02139 -- (555) 010-0177 -- "
        "ada@example.edu\n=========\nEducation\n"
        "=========\n",
        "basics.location.address", "9 Elm Street, Cambridge MA 02139");
    row("two spaces between numbered contacts",
        "# Ada Example\n\n1) +49 000 0000000, 2) ada@example.org  3) ada@work.example\n", "basics.email",
        "ada@example.org");
    row("name introduced in prose",
        "---\ntitle: \"Resume\"\n---\n\nMy name is Ode Example. I write software.\n", "basics.name",
        "Ode Example");
    row("name introduced in Dutch, in bold",
        "Hoi, ik ben **Ode van Example**. Ontwerper uit Delft.\n\n## Vaardigheden\n\nUX, UI\n", "basics.name",
        "Ode van Example");
    row("no name from a sentence without one", "I am passionate about tests.\n\n## Skills\n\nGo\n",
        "basics.name", "null");
    row("name, headline and place below a sidebar",
        "Contact\n\nuli@example.de\n\nTop Skills\n\nAutomation\n\nUli Example\n\nNetwork Engineer | "
        "Python\nKiel, "
        "Schleswig-Holstein, Deutschland\n\nSummary\n\nI automate networks.\n\nExperience\n\nExample "
        "AG\nNetwork "
        "Engineer\nMay 2020 - Present\n",
        "basics.name", "Uli Example");
    row("definition list of personal data",
        "Eva Example\n=====\n\nDatos personales\n----\n\nDirección\n:   C/ Ejemplo 1, 2ºA 00000 "
        "Oviedo\n\nCorreo "
        "Electrónico\n:   eva@example.es\n\nFormación\n----\n",
        "basics.location.address", "C/ Ejemplo 1, 2ºA 00000 Oviedo");
    row("contacts in a closing signature",
        "Eva Example\n=====\n\n> Data engineer\n\nExperience\n----\n\nLots.\n\n----\n\n> Eva Example • "
        "<mailto:eva@example.se>  \n> ☎ +46 000 00 00 • Exempelgatan 1 • 000 00 Exempel • Sweden\n",
        "basics.email", "eva@example.se");
    row("place in a closing signature",
        "Eva Example\n=====\n\n> Data engineer\n\nExperience\n----\n\nLots.\n\n----\n\n> Eva Example • "
        "<mailto:eva@example.se>  \n> ☎ +46 000 00 00 • Exempelgatan 1 • 000 00 Exempel • Sweden\n",
        "basics.location.countryCode", "SE");
    row("links to pages are no contact line",
        "# Ada Example\n\nCommittees\n\n- 2020, [Workshop](https://workshop.example.org), SC (Posters)\n",
        "basics.location", "null");
    // As a PDF's header reads: an icon and a colon before each contact, a bar glued to the first.
    row("icons with colons, a glued bar: the phone",
        "# Ada Example\n\n✆: +49 000 0000000| ✉: ada@example.de\n\n## Experience\n\nDev | Acme | 2019 - 2020\n",
        "basics.phone", "+49 000 0000000");
    row("icons with colons, a glued bar: the e-mail",
        "# Ada Example\n\n✆: +49 000 0000000| ✉: ada@example.de\n\n## Experience\n\nDev | Acme | 2019 - 2020\n",
        "basics.email", "ada@example.de");
    // A sidebar's label on its own line over its value; a table's label cell beside its value.
    row("a label on its own line names the line under it",
        "# Ada Example\n\n## Contacto\n\nEmail\nada@example.es\n\nDirección\nAlmenara (Castellón), CP: 12590\n",
        "basics.location.address", "Almenara (Castellón), CP: 12590");
    row("a label cell before its value",
        "# Ada Example\n\nAdresse | 12 Rue des Lilas Le Kef\n\nE-Mail | ada@example.tn\n\n## Expérience\n",
        "basics.location.city", "12 Rue des Lilas Le Kef");
    row("a place's name ending in a label's word is the place",
        "# Ada Example\n\nada@example.eg | 0100 000 0000\nSadat City - Egypt | linkedin.com/in/ada-example\n",
        "basics.location.city", "Sadat City - Egypt");
    // A postal address on lines of its own: the street, the postcode and town, the country.
    row("street, postcode and town, country: the address",
        "# Ada Example\n\n## Kontakt\n\nAhornweg 8\n\n4484 Kronstorf\n\nÖsterreich\n\nada@example.at\n",
        "basics.location.address", "Ahornweg 8, 4484 Kronstorf, Österreich");
    row("street, postcode and town: the town",
        "# Ada Example\n\nLindenstr. 22\n87439 Kempten\nada@example.de\n\n## Erfahrung\n", "basics.location.city",
        "Kempten");
    row("headline without its emoji", "Ada Example\n🚀 Lead Software Engineer\n📍 Lyon, France\n",
        "basics.label", "Lead Software Engineer");
    row("a section heading is not the name",
        "# Work Experiences\n\n## Data Engineer\n> **Example Corp**\n> 2019 - 2020\n", "basics.name", "null");
    row("an image's name in front matter is not the name",
        "---\ntitle: O mně\nresources:\n  - name: profile\n    src: images/profile.jpg\n---\n\nText.\n",
        "basics.name", "null");
    row("place introduced on its own line", "Jana Example\nBased in Vienna, Austria\njana@example.com\n",
        "basics.location.address", "Vienna, Austria");
    row("place introduced in the header's prose",
        "Hoi, ik ben **Jana Example**. Ontwerper uit Delft, woonachtig in Den Haag.\n\n## "
        "Vaardigheden\n\nUX\n",
        "basics.location.city", "Den Haag");
    row("place introduced in a front-matter list",
        "---\nname: Jana Example\nleft:\n  - 'Perl developer located in the Netherlands'\n...\n\n# Summary\n",
        "basics.location.countryCode", "NL");
    row("a headline with commas beside contacts stays whole",
        "# Ada Example\n\nBackend Developer, Python, Go | ada@example.com | Turin, Italy\n", "basics.label",
        "Backend Developer, Python, Go");
    row("TOML front matter author",
        "+++\ntitle = \"Resume\"\nauthor = \"Noel Example\"\n+++\n\nnoel@example.com\n", "basics.name",
        "Noel Example");
    row("front matter title Resume is no headline", "---\ntitle: Resume\n---\n\n# Noel Example\n",
        "basics.label", "null");
    row("front matter list of contact lines",
        "---\nname: Noel Example\nleft:\n  - 'Email: [noel@example.com](mailto:noel@example.com)'\n...\n\n# "
        "Summary\n",
        "basics.email", "noel@example.com");
    row("contact section further down",
        "# Ivo Example\n\n## Experience\n\n### Engineer at Acme\n_2019 - 2020_\n\n## Contact Me\n\n- "
        "**Email**: ivo@example.com\n",
        "basics.email", "ivo@example.com");
    row("plain text: a number right after the name",
        "  Ivo Example (555) 010-0199\n  ivo@example.com\n\nEDUCATION\n", "basics.phone", "(555) 010-0199");
    row("the name, a street and a postcode with its town on one line: the place, not a summary",
        "# Ivo Example\n\nIvo Example | Ahornweg 12 | 87400 Tannstadt |\n\n## Erfahrung\n\n**Monteur**, Holz AG, 2019 - 2021\n",
        "basics.location.city", "Tannstadt");
    row("a postal address block with its country says more than the name line's",
        "# Ivo Example\n\nIvo Example | Ahornweg 12 | 87400 Tannstadt |\n\nAhorn-Weg 12\n87400 Tannstadt\nDeutschland\n\n"
        "## Erfahrung\n\n**Monteur**, Holz AG, 2019 - 2021\n",
        "basics.location.countryCode", "DE");
    row("a section of contacts in Portuguese, an en dash inside the number",
        "# Ivo Example\n\n# Contatos\n\n**Telefone, Whatsapp**:\n\n(12) 9 8321 – 0000\n\n**Email**:\n\nivo@example.com\n",
        "basics.phone", "(12) 9 8321 – 0000");
    row("personal information section",
        "## Personal Information\n* Name: **Ivo Example**\n* Gender: **Male**\n* E-mail Address: "
        "ivo@example.com\n\n## Education\n",
        "basics.name", "Ivo Example");
}

void TestBasics::fields()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const ProfileFile parsed = parseProfileBytes(QStringLiteral("basics.md"), text.toUtf8());
    QVERIFY(parsed.isValid());
    const QString actual = valueAt(parsed.profile, path);
    if (actual != expected)
        QFAIL(qPrintable(QStringLiteral("%1 is '%2', expected '%3'; basics:\n%4")
                             .arg(path, actual, expected,
                                 QString::fromUtf8(QJsonDocument(
                                     toJsonResume(parsed.profile).value(QStringLiteral("basics")).toObject())
                                                       .toJson()))));
}

// The words a CV writes before its contacts ("Teléfono", "Correo electrónico", "Wohnort")
// are kept with the profile: the house-style export writes them, and reads them back.
void TestBasics::labelsAreKept()
{
    const QByteArray cv = "# Inés Ejemplo\n\n"
                          "Teléfono: +34 600 000 000\n"
                          "Correo electrónico: ines@example.org\n"
                          "Wohnort: Sevilla, España\n\n"
                          "## Experiencia\n";
    const Profile profile = parseProfileBytes(QStringLiteral("ines.md"), cv).profile;
    const ContactLabels &labels = profile.basics.labels;
    QCOMPARE(labels.phone.value, QStringLiteral("Teléfono"));
    QCOMPARE(labels.email.value, QStringLiteral("Correo electrónico"));
    QCOMPARE(labels.location.value, QStringLiteral("Wohnort"));
    for (const Text *label : {&labels.phone, &labels.email, &labels.location}) {
        const QByteArray written = cv.mid(label->range.begin, label->range.length());
        QCOMPARE(QString::fromUtf8(written), label->value);
    }
    const QString markdown = toHouseStyleMarkdown(profile);
    QVERIFY2(markdown.contains(QStringLiteral("- Teléfono: +34 600 000 000\n")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("- Correo electrónico: ines@example.org\n")), qPrintable(markdown));
    const Profile again = parseProfileBytes(QStringLiteral("house-style.md"), markdown.toUtf8()).profile;
    QCOMPARE(again.basics.labels.phone.value, labels.phone.value);
    QCOMPARE(again.basics.labels.location.value, labels.location.value);
    QCOMPARE(again.basics.phone.value, profile.basics.phone.value);

    // A contact without a label in words is written with the house's.
    const Profile plain = parseProfileBytes(QStringLiteral("plain.md"), "# Ana\n\nana@example.org\n\n## Skills\n").profile;
    QVERIFY(plain.basics.labels.email.value.isEmpty());
    QVERIFY(toHouseStyleMarkdown(plain).contains(QStringLiteral("- Email: ana@example.org")));
}

// A link's text that says more than its network's name ("[Strona domowa](…)", "[Linked In](…)")
// is kept, written by the house-style export, and read back from it.
void TestBasics::linkTextIsKept()
{
    const QByteArray cv = "# Ada Quill\n\n[ada@example.org](mailto:ada@example.org) | "
                          "[Strona domowa](https://quill.example.org/pl/) | [Linked In](https://www.linkedin.com/in/adaquill) | "
                          "[GitHub](https://github.com/adaquill)\n\n## Experience\n";
    const Profile profile = parseProfileBytes(QStringLiteral("ada.md"), cv).profile;
    QCOMPARE(profile.basics.links.size(), 3);
    QCOMPARE(profile.basics.links[0].label, QStringLiteral("Strona domowa"));
    QCOMPARE(profile.basics.links[1].label, QStringLiteral("Linked In"));
    QCOMPARE(profile.basics.links[1].network, QStringLiteral("LinkedIn"));
    QVERIFY(profile.basics.links[2].label.isEmpty()); // "GitHub" names the network and no more
    const QString markdown = toHouseStyleMarkdown(profile);
    QVERIFY2(markdown.contains(QStringLiteral("- Strona domowa: https://quill.example.org/pl/\n")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("- Linked In: https://www.linkedin.com/in/adaquill\n")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("- GitHub: https://github.com/adaquill\n")), qPrintable(markdown));
    const Profile again = parseProfileBytes(QStringLiteral("house-style.md"), markdown.toUtf8()).profile;
    QCOMPARE(again.basics.links.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(again.basics.links[i].label, profile.basics.links[i].label);
        QCOMPARE(again.basics.links[i].network, profile.basics.links[i].network);
        QCOMPARE(again.basics.links[i].url, profile.basics.links[i].url);
    }
}

QTEST_GUILESS_MAIN(TestBasics)
#include "tst_basics.moc"
