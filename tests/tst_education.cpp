// Education entries in the layouts CVs write them in: tables, definition lists, one-line
// bullets, a school's line over its degree, a degree heading over a school heading, and
// plain-text sections. Every CV here is made up.

#include "profilefield.h"

#include <QTest>

using namespace Shortlist;

class TestEducation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
};

void TestEducation::layouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *text, int entries, const char *path, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << entries << QString::fromUtf8(path)
                            << QString::fromUtf8(expected);
    };
    row("a school in a paragraph of its own under each dated degree, its state's code after the town",
        "# A B\n\n## Education\n\n**Master of Science (M.S.) - Marine Biology** | Sep 2021 - Present\n\n"
        "*University of Coastal Studies, Eastport, ME*\n\n**Bachelor of Arts (B.A.) - Biology** | Aug 2017 - May 2021\n\n"
        "*Harbor State College, Bangor, ME*\n\n## Experience\n\n**Lab Assistant** | 2020 - 2021\n",
        2, "education.1.institution", "Harbor State College");
    row("a dated school over its degree and the degree's details, entry after entry",
        "# A B\n\n## Ausbildung\n\n**Universität Nordhafen** | 2024 - Heute\n\nComputer Science Master\n\n"
        "- Major: Networks\n\n**Universität Nordhafen** | 2021 - 2024\n\nBachelor Informatik\n\n- Bachelorarbeit: Sensors\n\n"
        "**Höhere Technische Lehranstalt Kleinstadt** | 2015 - 2020\n\nBHS Matura Mechatronik\n\n- Schwerpunkt: Mechatronik\n\n"
        "## Berufserfahrung\n\n**Werkstatt GmbH** | 2020 - 2021\n\nPraktikant\n",
        3, "education.0.studyType", "Computer Science Master");
    row("the degree of the last of them",
        "# A B\n\n## Ausbildung\n\n**Universität Nordhafen** | 2021 - 2024\n\nBachelor Informatik\n\n- Bachelorarbeit: Sensors\n\n"
        "**Höhere Technische Lehranstalt Kleinstadt** | 2015 - 2020\n\nBHS Matura Mechatronik\n\n- Schwerpunkt: Mechatronik\n",
        2, "education.1.studyType", "BHS Matura Mechatronik");
    row("vi: a school with its dates over labelled degree and major",
        "# A B\n\n## Học vấn\n\n**Trường Đại học Sông Hàn** (09/2013 - 06/2017)\n- Bằng: Kỹ sư\n- Chuyên ngành: Khoa học Máy tính\n",
        1, "education.0.area", "Khoa học Máy tính");
    row("el: 'Degree, University, Town (dates)'",
        "# A B\n\n## Εκπαίδευση\n\n**Πτυχίο Πληροφορικής**, Πανεπιστήμιο Αιγαίου, Σύρος (2008 – 2013)\n",
        1, "education.0.institution", "Πανεπιστήμιο Αιγαίου");
    row("Europass: a table of labels and values for each study",
        "# A B\n\n**EDUCATION AND TRAINING**\n\n"
        "| \xe2\x80\xa2 Dates (from -- to) | 2015 -- 2017 |\n|---|---|\n"
        "| \xe2\x80\xa2 Name and type of organisation providing education and training | Kingsport University |\n"
        "| \xe2\x80\xa2 Principal subjects / occupational skills covered | Databases, networks |\n"
        "| \xe2\x80\xa2 Title of qualification awarded | MSc in Computing |\n\n"
        "| \xe2\x80\xa2 Dates (from -- to) | 2011 -- 2015 |\n|---|---|\n"
        "| \xe2\x80\xa2 Name and type of organisation providing education and training | Kingsport University |\n"
        "| \xe2\x80\xa2 Title of qualification awarded | BSc in Physics |\n",
        2, "education.1.area", "Physics");
    row("a form's labels say which value is the school, the qualification and the subjects",
        "# A B\n\n## Education and training\n\nDates: 2009 - 2013\n"
        "Title of qualification awarded: Engineer's degree\n"
        "Principal subjects/occupational skills covered: Power Systems\n"
        "Name and type of organisation providing education and training: Politehnica Institute of Arad\n"
        "Level in national or international classification: ISCED 6\n",
        1, "education.0.institution", "Politehnica Institute of Arad");
    row("labelled school, degree and place lines",
        "# A B\n\n## Education\n\nDegree: Master of Science\nSchool: Lakemoor University\nLocation: Dunmore, PA\n"
        "Dates: September 2019 - June 2021\nMajor: Geology\n",
        1, "education.0.area", "Geology");
    row("table: a row per study, the header names the columns",
        "# A B\n\n## Education\n\n| Years | School | Degree |\n|---|---|---|\n"
        "| 2010 - 2014 | Lakeside University | BSc |\n| 2014 - 2016 | Hillcrest Institute of Technology | MSc |\n",
        2, "education.1.institution", "Hillcrest Institute of Technology");
    row("table: Turkish school and degree words",
        "# A B\n\n## Eğitim\n\n| Okul | Bölüm | Derece | Başlangıç | Bitiş |\n|---|---|---|---|---|\n"
        "| Kuzey Üniversitesi | Fizik | Lisans | 2001 | 2005 |\n",
        1, "education.0.studyType", "Lisans");
    row("definition list keyed by year",
        "A B\n\nEducation\n---------\n\n2012\n:   **MSc, Robotics**; Northfield University\n\n"
        "2009\n:   **BSc, Physics**; Northfield University\n",
        2, "education.1.area", "Physics");
    row("bullets: Degree in Field, School, Year",
        "# A B\n\n## Education\n\n* Ph.D in Marine Biology, University of Eastport, 2015\n"
        "* M.S. in Ecology, Westbay University, 2010\n",
        2, "education.1.institution", "Westbay University");
    row("table cell of lines: school and city, degree, thesis",
        "# A B\n\n## Education\n\n| Period | School |\n| ---: | --- |\n"
        "| Oct 2009 Mar 2012 | _STUDIUM GENERALE VERDI, Parma (IT)_<br />__Master of Science in Chemistry__ (2 years)<br />"
        "_Thesis_: Catalysts in cold water. |\n",
        1, "education.0.institution", "STUDIUM GENERALE VERDI");
    row("HTML elements: a degree abbreviated with a space, its school below",
        "# A B\n\n## Education\n\n  <div class=\"item\">\n    <h3>B. Sc. Geography</h3>\n"
        "    <span class=\"school\">Fenwick College of Arts</span>\n    <div><time>2011</time> - <time>2014</time></div>\n  </div>\n",
        1, "education.0.studyType", "B. Sc.");
    row("a school without a school's word after the degree",
        "A B\n\nEducation\n\n   Master of Science in Physics (MSP), NU Eastport, 2007.\n", 1,
        "education.0.institution", "NU Eastport");
    row("a school's line over its degree line",
        "# A B\n\n# Education\n\nTH Northfield, Northfield, Atlantis\n\n:   Physics, BSc; 1991.\n", 1,
        "education.0.institution", "TH Northfield");
    row("degree heading over a school heading",
        "# A B\n\n# EDUCATION\n\n## Laurea in Fisica\n### Università di Nordia\n\n**2018**\n\n"
        "## Diploma di Perito\n**2012**\n",
        2, "education.0.institution", "Università di Nordia");
    row("a school's town and country after its name",
        "# A B\n\n## Education\n\n### MSc\n\nMarrowgate Polytechnic University, Atlantis\n2017-2019\n", 1,
        "education.0.location", "Atlantis");
    row("the town after the school, the field known from the degree",
        "# A B\n\n## Education\n\n* B.S. in Soil Science, University of Westmark, Eastford, 2005\n", 1,
        "education.0.location", "Eastford");
    row("the same words with no field of study are the field",
        "# A B\n\n## Education\n\n**B.Sc.**, Amberfield University, Economics, 2012 – 2016\n", 1,
        "education.0.area", "Economics");
    row("a place after a strong separator",
        "# A B\n\n## Education\n\nBSc Geology | Northfield University | Leeds, UK | 2001 - 2004\n", 1,
        "education.0.location", "Leeds, UK");
    row("the house style writes the place after the school",
        "# A B\n\n## Education\n\n### Northfield University, Eastford, Atlantis\nBSc in Geology\n*2001 – 2004*\n",
        1, "education.0.location", "Eastford, Atlantis");
    row("a note in brackets after the degree word is the degree's",
        "# A B\n\n## Education\n\nNorthfield University\n\nBSc (Hons) Geology, 2:1\n", 1,
        "education.0.studyType", "BSc (Hons)");
    row("the field after a degree with a note",
        "# A B\n\n## Education\n\n- 2011-2012: **Master (year 2) in Physics**, University of Eastport\n", 1,
        "education.0.area", "Physics");
    row("Degree at School",
        "# A B\n\n## Education\n\n**M.S. in Physics** at **[Eastport University](https://example.org)** "
        "(Eastport, XY)\n[2013-2015]\n",
        1, "education.0.studyType", "M.S.");
    row("a heading as high as the section's ends it",
        "# A B\n\n## Education\n\n### Westbay University\nBSc Physics, 2010\n\n## Volunteering\n\n"
        "### Harbour Cleanup\nOrganiser\n",
        1, "education.0.institution", "Westbay University");
    row("certifications are not studies",
        "# A B\n\n## Education\n\nWestbay University | Bachelor of Arts in History\n\n"
        "Cloud Vendor, Certified Cloud Practitioner – Associate, Jun 2020\n",
        1, "education.0.area", "History");
    row("prose under an entry is its description",
        "A B\n\nFormación\n---------\n\n2007 - Universidad de Nordia\n:   *Doctor*\n\n"
        "Durante el último año de los estudios de Física disfruté de una beca de investigación en el "
        "laboratorio de la facultad\n",
        1, "education.0.studyType", "Doctor");
    row("Polish school and degree words",
        "# A B\n\n## Wykształcenie\n\n* **Politechnika Nordycka** | Tytuł inżyniera informatyki\n", 1,
        "education.0.institution", "Politechnika Nordycka");
    row("bullets under an entry's text are its details",
        "# A B\n\n## Education\n\n**B.S. in Physics** at **Westbay University**\n[2009-2013]\n\n"
        "  - Graduated with honours from the Westbay Honors College\n  - GPA 3.8\n",
        1, "education.0.institution", "Westbay University");
    row("a wrapped sentence under an entry is not an entry",
        "A B\n\nEducation\n---------\n\n1980-1984      Westbay University\n\n"
        "  I earned a Bachelor of Science in Physics, Magna\n  Cum Laude, and completed the requirements for a Bachelor\n"
        "  of Arts in History.\n",
        1, "education.0.institution", "Westbay University");
    row("a department over its school",
        "A B\n\nEducation\n---------\n\nDepartment of Physics, Faculty of Science, Eastport\n"
        "1990-1994      Westbay University\n",
        1, "education.0.area", "Department of Physics, Faculty of Science");
    row("programme heading over a dated school line",
        "# A B\n\n# EDUCATION\n\n## Full Stack Web Developer\n**Codeharbor** | 2022\n\n---\n\n"
        "## Data Analyst\n**Learnfield** | 2021\n",
        2, "education.1.institution", "Learnfield");
    row("secondary school board",
        "# A B\n\n## Education\n\n- Higher Secondary,\n  Eastland Secondary Education Board, 2007, Eastland\n", 1,
        "education.0.studyType", "Higher Secondary");
    row("a wrapped paragraph under an entry is its description",
        "A B\n\nFormación\n---------\n\n2001 - Universidad de Nordia\n:   *Ingeniero en Física*\n\n"
        "Durante el último año de los estudios de Ingeniería disfruté de una beca de\n"
        "colaboración en el Centro de Física Teórica, donde me inicié en el ámbito\n"
        "de la investigación y desarrollé una herramienta para el grupo.\n",
        1, "education.0.studyType", "Ingeniero");
    row("three study lines in one paragraph stay entries",
        "A B\n\nEducation\n---------\n2017\n:   **B.S. Computer Science** | Westbay Tech University\n"
        ":   **B.S. Mathematics** | Westbay Tech University\n:   **B.A. History of Art** | Westbay Tech University\n",
        3, "education.2.studyType", "B.A.");
    row("German school compounds",
        "# A B\n\n## Ausbildung\n\n- B.Sc. Informatik, Fachhochschule Nordstadt, 2016\n"
        "- Abitur, Gesamtschule Nordstadt, 2012\n",
        2, "education.1.institution", "Gesamtschule Nordstadt");
    row("plain text: a rule drawn after the heading",
        "A B\n\nEDUCATION ------------------------------------------\n\nWestbay University (2001-01 — 2005-06)\n", 1,
        "education.0.institution", "Westbay University");
    row("what no field takes of an entry's line is kept with it",
        "# A B\n\n## Education\n\n### Eastport College of Art - 2012 to 2013\n\nMA in Textile Design (6 Units)\n", 1,
        "education.0.summary", "6 Units");
    row("a note in brackets after a degree and its subject is kept",
        "A B\n\nEducation\n\n   Master of Science in Physics (MSP), NU Eastport, 2007.\n", 1,
        "education.0.summary", "MSP");
    row("plain text: a heading indented by a tab",
        "A B\n\n\tEDUCATION\nWestbay University – Eastport | Bachelor of Arts in History\n", 1,
        "education.0.studyType", "Bachelor of Arts");
    // Subject, school, dates, a paragraph each: as a PDF's column of entries reads.
    const char *stacked = "# A B\n\n## Vzdělání\n\nAplikovaná informatika\n"
                          "Fakulta mechatroniky, informatiky a mezioborových studií, Technická univerzita v Liberci\n"
                          "Zář 2022 – Současnost\n\nZnalostní inženýrství\nFakulta informačních technologií, ČVUT v Praze\n"
                          "Čvc 2020 – Zář 2022\n";
    row("a subject over its school's long name and the dates: the subject", stacked, 2, "education.0.area",
        "Aplikovaná informatika");
    row("a subject over its school's long name and the dates: the school", stacked, 2, "education.0.institution",
        "Fakulta mechatroniky, informatiky a mezioborových studií, Technická univerzita v Liberci");
    row("the next paragraph's subject is the next entry's", stacked, 2, "education.1.area", "Znalostní inženýrství");
    // As the Awesome-CV template sets entries: "**School** | *Town*" over "Degree | dates".
    const char *awesome = "# A B\n\n## Ausbildung\n\n**Hochschule Lindau** | *Lindau*\nMaster of Science in Informatik | *2024 - heute*\n"
                          "**Nordwerk GmbH, DHBW Ravensburg** | *Ravensburg an der Schussen*\nBachelor of Science in Informatik | *2021 - 2024*\n";
    row("school and town over degree and dates: the town is no degree", awesome, 2, "education.0.studyType",
        "Master of Science");
    row("school and town over degree and dates: a bold school line opens the next entry", awesome, 2,
        "education.1.institution", "Nordwerk GmbH, DHBW Ravensburg");
    row("a dated school-leaving level, then the school's name in a paragraph of its own",
        "# A B\n\n# Escolaridade\n\n- 2012 - Ensino médio\n\nEE. Prof. Maria Souto\n", 1, "education.0.institution",
        "EE. Prof. Maria Souto");
    row("a German compound heading names the section",
        "# A B\n\n## Bildungsabschlüsse\n\n10/2016 - 07/2020\nBachelor of Engineering in Maschinenbau\nHochschule Kempten\n",
        1, "education.0.institution", "Hochschule Kempten");
}

void TestEducation::layouts()
{
    QFETCH(QString, text);
    QFETCH(int, entries);
    QFETCH(QString, jsonPath);
    QFETCH(QString, expected);
    const Profile profile = parsedText(text);
    const QString actual = profileField(profile, jsonPath);
    if (profile.education.size() != entries || actual != expected) {
        QString read;
        for (const Education &e : profile.education)
            read += QStringLiteral("\n  %1 | %2 | %3").arg(e.institution.value, e.studyType.value, e.area.value);
        QFAIL(qPrintable(QStringLiteral("%1 entries, %2 is '%3'; expected %4 and '%5'; read:%6")
                             .arg(profile.education.size())
                             .arg(jsonPath, actual)
                             .arg(entries)
                             .arg(expected, read)));
    }
}

QTEST_GUILESS_MAIN(TestEducation)
#include "tst_education.moc"
