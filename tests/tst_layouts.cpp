// The layouts people write their careers in, one row per family, on fictional CVs: each
// row names the positions the parser must read, in order, as "title | company | dates".

#include "io/profilefile.h"

#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

QString datesOf(const Position &p)
{
    if (p.isUndated())
        return u"undated"_s;
    const QString end = p.ongoing ? u"present"_s : p.end.value.toIsoString();
    return p.start.value.toIsoString() + u".."_s + end;
}

QStringList positionsOf(const QByteArray &text)
{
    const ProfileFile parsed = parseProfileBytes(u"cv.md"_s, text);
    QStringList out;
    for (const Position &p : parsed.profile.work)
        out.append(p.title.value + u" | "_s + p.company.value + u" | "_s + datesOf(p));
    return out;
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void work_data();
    void work();
};

void TestLayouts::work_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("cards: 'Company - City | MM.YYYY - MM.YYYY' over the title, roles without known words")
        << QByteArray("# Lena Brandt\n\n## Berufserfahrung\n\n"
                      "Kessler Optik GmbH - Wels | 03.2023 - 09.2024\n\nWerkstudent Softwareentwicklung\n\n- Testautomatisierung\n\n"
                      "Nordhang Software - Graz | 07.2022 - 08.2022\n\nFerialpraxis - Qualit\xc3\xa4tssicherung\n\n- Manuelle Tests\n\n"
                      "Stadtwerke Enns - Enns | 09.2020 - 05.2021\n\nZivildienst\n\n- Kundenbetreuung\n\n"
                      "Mostviertel Data - Amstetten | 01.2019 - 06.2020\n\nStudentischer Mitarbeiter\n\n- Auswertungen\n")
        << QStringList {u"Werkstudent Softwareentwicklung | Kessler Optik GmbH | 2023-03..2024-09"_s,
               u"Ferialpraxis - Qualit\u00e4tssicherung | Nordhang Software | 2022-07..2022-08"_s,
               u"Zivildienst | Stadtwerke Enns | 2020-09..2021-05"_s,
               u"Studentischer Mitarbeiter | Mostviertel Data | 2019-01..2020-06"_s};
    QTest::newRow("cs: bold title, a long employer line ending in a company form, dates and city")
        << QByteArray("# Petra Nováková\n\n## Zkušenosti\n\n"
                      "**Lektorka**\nZákladní škola a Vyšší odborná škola pro obor cestovního ruchu a hotelnictví Brno Královo Pole\n"
                      "Led 2022 – Současnost | Brno, Česká republika\n\n- Výuka\n\n"
                      "**Správce webu**\nTuristický oddíl Sova, z.s.\n"
                      "Bře 2019 – Pro 2021 | Brno, Česká republika\n\n- Správa webu\n")
        << QStringList {u"Lektorka | Základní škola a Vyšší odborná škola pro obor cestovního ruchu a hotelnictví Brno Královo Pole | 2022-01..present"_s,
               u"Správce webu | Turistický oddíl Sova, z.s. | 2019-03..2021-12"_s};
    QTest::newRow("Google Docs: 'Company, City, State — Title' over a date line, a dash glued to the title")
        << QByteArray("# Dana Whitfield\n\n## EXPERIENCE\n\n"
                      "Bluegate Roofing, Boise, Idaho — Sales Representative\n"
                      "March 2022 - October 2023\n"
                      "I sold roofing repairs door to door.\n\n"
                      "Pinecrest Motors —Service Clerk\n"
                      "May 2019 - February 2022\n"
                      "I booked repairs for customers.\n")
        << QStringList {u"Sales Representative | Bluegate Roofing | 2022-03..2023-10"_s,
               u"Service Clerk | Pinecrest Motors | 2019-05..2022-02"_s};
    QTest::newRow("a column of web addresses between the title and the years is no employer")
        << QByteArray("# Ilya Marten\n\n## Experience\n\n"
                      "Mobile Game Developer | https://example.org/games | 2016-2021\n"
                      "Games for several studios.\n\n"
                      "Lecturer at Northfield Polytechnic | https://www.northfield.example | 2011-2016\n"
                      "Courses in algorithms.\n")
        << QStringList {u"Mobile Game Developer |  | 2016..2021"_s,
               u"Lecturer | Northfield Polytechnic | 2011..2016"_s};
    QTest::newRow("nl: internships under a section of their own ('Stages') are positions")
        << QByteArray("# Joost Veenstra\n\n## Werkervaring\n\n"
                      "HAVENLICHT B.V. | SOFTWARE ENGINEER\nMaart 2019 - Heden | Assen\n\nOnderhoud van de planning.\n\n"
                      "## Stages\n\n"
                      "DUINROOS MEDIA | SOFTWARE DEVELOPER\nSeptember 2018 – Februari 2019 | Emmen\n\nEen app voor de redactie.\n")
        << QStringList {u"SOFTWARE ENGINEER | HAVENLICHT B.V. | 2019-03..present"_s,
               u"SOFTWARE DEVELOPER | DUINROOS MEDIA | 2018-09..2019-02"_s};
    QTest::newRow("section headings written without their spaces, one with a number after it")
        << QByteArray("# Noor Haddad\n\nDéveloppeuse web à Lille.\n\n## Expérienceprofessionnelle 1\n\n"
                      "**Développeuse** | Atelier Brume | 2020 - 2023\n\nSites pour des artisans.\n\n"
                      "## WORKEXPERIENCE\n\n**Intern** | Quayside Labs | 2019\n\nTesting.\n\n"
                      "## Loisirs\n\nRandonnée, 2018 - 2024.\n")
        << QStringList {u"Développeuse | Atelier Brume | 2020..2023"_s, u"Intern | Quayside Labs | 2019..2019"_s};
    QTest::newRow("zh: 'company ｜ title ｜ dates' headings with full-width bars; projects after them are no work")
        << QByteArray("# 周 岚\n\n## 工作经历\n\n### 青川数据有限公司 \xef\xbd\x9c 后端工程师 \xef\xbd\x9c 2021.04 - 至今\n\n"
                      "- 负责订单系统\n\n### 南岸软件 \xef\xbd\x9c 实习生 \xef\xbd\x9c 2020.07 - 2020.09\n\n- 测试，文档\n\n"
                      "## 项目经历\n\n### 开源项目：tiny-queue（2019.03 - 至今）\n\n- 个人维护的队列库，GitHub 300 star\n")
        << QStringList {u"后端工程师 | 青川数据有限公司 | 2021-04..present"_s, u"实习生 | 南岸软件 | 2020-07..2020-09"_s};
    QTest::newRow("copied from a profile site: logo lines, a company over its roles, places and work modes")
        << QByteArray("Inés Barreiro\nPlatform Engineer at Cerrolargo\n\nExperience\n"
                      "Cerrolargo logo\nCerrolargo\nFull-time \xc2\xb7 3 yrs 1 mo\nSalto, Uruguay\n"
                      "Platform Engineer\nMay 2022 - Present \xc2\xb7 1 yr 8 mos\nHybrid\nRuns the build farm.\n"
                      "Build Engineer\nJan 2021 - May 2022 \xc2\xb7 1 yr 5 mos\nOn-site\nKept the releases going.\n\n"
                      "Arapey Systems logo\nSupport Technician\nArapey Systems \xc2\xb7 Full-time\n"
                      "Mar 2018 - Dec 2020 \xc2\xb7 2 yrs 10 mos\nPaysand\xc3\xba, Uruguay\nHelped the customers.\n\n"
                      "Education\nUniversidad del Litoral\n")
        << QStringList {u"Platform Engineer | Cerrolargo | 2022-05..present"_s, u"Build Engineer | Cerrolargo | 2021-01..2022-05"_s,
               u"Support Technician | Arapey Systems | 2018-03..2020-12"_s};
    QTest::newRow("a company heading over its town and its roles as bullets")
        << QByteArray("# Dev Anand\n\n## Experience\n\n#### Ghatkopar Analytics\nMumbai\n\n"
                      "- **Data Scientist** \xc2\xb7 Jan 2020 \xe2\x80\x93 Jul 2021\n  - Forecasts\n"
                      "- **Junior Data Scientist** \xc2\xb7 Jun 2018 \xe2\x80\x93 Dec 2019\n  - Reports\n")
        << QStringList {u"Data Scientist | Ghatkopar Analytics | 2020-01..2021-07"_s,
               u"Junior Data Scientist | Ghatkopar Analytics | 2018-06..2019-12"_s};
    QTest::newRow("a form's labelled fields: the employer after the activities, a wrapped line in lower case")
        << QByteArray("Petra Olaru\n\nWORK EXPERIENCE\n\nDates: 04/2020 - present\nPosition: Database Administrator\n"
                      "Main activities and responsibilities: backups, replication, upgrades of the clusters and\n"
                      "small reporting projects\nEmployer: Brasov Logistic SRL, Brasov (Romania)\nType of business or sector: Transport\n\n"
                      "Dates: 2016 - 2020\nPosition: Developer\nMain activities and responsibilities: stored procedures\n"
                      "Employer: Olt Metal SA, Sibiu (Romania)\nType of business or sector: Steel\n\n"
                      "EDUCATION AND TRAINING\n\nDates: 2012 - 2016\nTitle of qualification awarded: Bachelor\n")
        << QStringList {u"Database Administrator | Brasov Logistic SRL, Brasov (Romania) | 2020-04..present"_s,
               u"Developer | Olt Metal SA, Sibiu (Romania) | 2016..2020"_s};
    QTest::newRow("HTML table 'When | Where | What': the title over a note in its cell, a company with a title word in parentheses")
        << QByteArray("# Sunna Geirs\n\n<h2>Experience</h2>\n\n<table>\n<tr><th>When</th><th>Where</th><th>What</th></tr>\n"
                      "<tr><td>Sep 2020 \xe2\x80\x93 Now</td><td><b>Hekla Games</b></td><td>Lead Designer<br><sub>Store UI, design system, hiring</sub></td></tr>\n"
                      "<tr><td>2017 \xe2\x80\x93 2020</td><td><b>Vogar Media</b> (consultant)</td><td>UX Designer<br><sub>News app, 40 sessions</sub></td></tr>\n"
                      "</table>\n")
        << QStringList {u"Lead Designer | Hekla Games | 2020-09..present"_s, u"UX Designer | Vogar Media (consultant) | 2017..2020"_s};
    QTest::newRow("pl: 'Title — Company s.c.' over italic dotted dates: a legal form's dots end no sentence")
        << QByteArray("# Ola Wrona\n\n## Doświadczenie zawodowe\n\n**Programistka** — Wiślane Bity s.c.\n*07.2017 – 03.2019*\n\n- strony\n\n"
                      "**Tester** — Kruk i Syn e.K.\n*2015 – 2017*\n\n- testy\n")
        << QStringList {u"Programistka | Wiślane Bity s.c. | 2017-07..2019-03"_s, u"Tester | Kruk i Syn e.K. | 2015..2017"_s};
    QTest::newRow("a role's dated line right under the last bullet of the role before it")
        << QByteArray("# Ivo Petrak\n\n**EXPERIENCE**\n\n**Lakewood Apps Inc.** | Toronto | 09/2020 – Present\n"
                      "*Senior Developer* (01/2023 – Present)\n- Led the billing squad\n- Cut latency by 45%\n"
                      "*Developer* (09/2020 – 12/2022)\n- Dashboards\n")
        << QStringList {u"Senior Developer | Lakewood Apps Inc. | 2023-01..present"_s,
               u"Developer | Lakewood Apps Inc. | 2020-09..2022-12"_s};
    QTest::newRow("positions' headings under a volunteering section are no work")
        << QByteArray("# Tayo Bello\n\n## Work Experience\n\n### Android Engineer — Ikeja Pay\n*2019 – Present*\n\n- Payments\n\n"
                      "## Volunteering\n\n### Android Mentor — Yaba Women in Mobile · 2019 – Present\n\n- Study jams\n\n"
                      "### Tech Volunteer — Surulere Reading Trust · Jan 2017 – Dec 2018\n\n- A lending app\n")
        << QStringList {u"Android Engineer | Ikeja Pay | 2019..present"_s};
    QTest::newRow("'Industry' and 'Research' sub-headings name no company; a sentence about a break is no company either")
        << QByteArray("# Aiko Reyes\n\n## Experience\n\n### Industry\n\n**ML Engineer** — Quill GmbH\n_Sep 2019 – Mar 2022_\n- Models\n\n"
                      "_Career break, Jul 2018 – Aug 2019: relocation, parental leave, German classes._\n\n"
                      "**Freelance ML Consultant**\n_2015 – 2016_\n- Churn models\n\n"
                      "### Research\n\n**Research Scientist** — Halcyon Institute\n_2012 – 2015_\n- Vision\n")
        << QStringList {u"ML Engineer | Quill GmbH | 2019-09..2022-03"_s, u"Freelance ML Consultant |  | 2015..2016"_s,
               u"Research Scientist | Halcyon Institute | 2012..2015"_s};
    QTest::newRow("es: a title of several words over dates and town, the company's legal form written with dots")
        << QByteArray("# Lucía Ríos\n\n## Experiencia\n\n**Científica de Datos Senior** — *Cafetal Analítica S.A.S.*\n"
                      "*Enero 2020 - Actualidad* | Manizales\n- Modelos de riesgo\n\n"
                      "**Analista de Datos** — *Grupo Guadua S.A.*\n*Marzo 2016 – Diciembre 2019* | Pereira\n- Tableros\n")
        << QStringList {u"Científica de Datos Senior | Cafetal Analítica S.A.S. | 2020-01..present"_s,
               u"Analista de Datos | Grupo Guadua S.A. | 2016-03..2019-12"_s};
    QTest::newRow("uk, plain text: dates with 'р.', the employer and its town ('м. …'), a labelled title")
        << QByteArray("Олена Гнатюк\n\nДОСВІД РОБОТИ\n\nз 2021 р. по теперішній час\nТОВ «Смерекова Софт», м. Ужгород\n"
                      "Посада: QA Engineer\nОбов'язки:\n - автотести;\n\n2018–2021 рр.\nПрАТ «Тиса Енерго», м. Хуст\n"
                      "Посада: інженер-тестувальник\n - тест-кейси.\n")
        << QStringList {u"QA Engineer | ТОВ «Смерекова Софт» | 2021..present"_s,
               u"інженер-тестувальник | ПрАТ «Тиса Енерго» | 2018..2021"_s};
    QTest::newRow("company headings with their years and a line about them over roles; 'Title, Field' is one title")
        << QByteArray("# Ruth Amble\n\n## Career History\n\n### FENWICK SHIPPING GROUP — Leith | 2012 – Present\n"
                      "*Container shipping; 7,000 employees*\n\n**Chief Operating Officer** | Jan 2019 – Present\n- Fleet\n\n"
                      "**SVP, Digital & Operations** | Mar 2015 – Dec 2018\n- Data team\n\n"
                      "### TAYSIDE PORTS plc | 2006 – 2012\n*Port operator, FTSE 250 (acquired 2013)*\n\n"
                      "**Operations Manager** | 2006 – 2012\n- Berths\n")
        << QStringList {u"Chief Operating Officer | FENWICK SHIPPING GROUP | 2019-01..present"_s,
               u"SVP, Digital & Operations | FENWICK SHIPPING GROUP | 2015-03..2018-12"_s,
               u"Operations Manager | TAYSIDE PORTS plc | 2006..2012"_s};
    QTest::newRow("sv: parental leave under its own heading with its dates is no position")
        << QByteArray("# Maja Lind\n\n## Arbetslivserfarenhet\n\n### Systemutvecklare – Kustdata AB\n*jan 2019 – nu*\n\n"
                      "### Föräldraledig\n*feb 2018 – dec 2018*\n\n### Junior utvecklare – Hallandsnät AB\n*sep 2016 – jan 2018*\n")
        << QStringList {u"Systemutvecklare | Kustdata AB | 2019-01..present"_s, u"Junior utvecklare | Hallandsnät AB | 2016-09..2018-01"_s};
    QTest::newRow("heading with title and padded dates, company line below")
        << QByteArray("# Rosa Quint\n\n## Work Experience\n\n"
                      "#### Site Engineer               March 2020 – Present\n"
                      "Harbourlight Systems, Leeds, UK\n\n"
                      "#### Support Analyst        January 2017 – February 2020\n"
                      "Copperfield Mills, York, UK\n")
        << QStringList {u"Site Engineer | Harbourlight Systems | 2020-03..present"_s,
               u"Support Analyst | Copperfield Mills | 2017-01..2020-02"_s};

    QTest::newRow("title heading, company, dates and city on lines of their own")
        << QByteArray("# Bram Olde\n\n## Werkervaring\n\n"
                      "### Front-end ontwikkelaar\nBlauwdruk Digitaal  \nOkt. 2019 - heden  \nUtrecht\n\n"
                      "### Webdesigner\nStudio Kiemkracht B.V.  \nFeb. 2015 – sep. 2019  \nZwolle\n")
        << QStringList {u"Front-end ontwikkelaar | Blauwdruk Digitaal | 2019-10..present"_s,
               u"Webdesigner | Studio Kiemkracht B.V. | 2015-02..2019-09"_s};

    QTest::newRow("company heading over role headings, each with its dates")
        << QByteArray("# Lise Moreau\n\n## Expérience\n\n### Ventoux Logiciels (éditeur) 📍 Lyon\n\n"
                      "#### Développeuse senior\n**04-2023 – Aujourd'hui**\n\n- Menu des API\n\n"
                      "#### Développeuse\n**01-2020 – 03-2023**\n\n- Tests de bout en bout\n")
        << QStringList {u"Développeuse senior | Ventoux Logiciels | 2023-04..present"_s,
               u"Développeuse | Ventoux Logiciels | 2020-01..2023-03"_s};

    QTest::newRow("plain text: company line whose dates hold the role lines below it")
        << QByteArray("Noor Haddad\nnoor@example.org\n\nEXPERIENCE\n\n"
                      "Meridian Freight – Atlanta, GA\tMay 2012 – Present\n"
                      "Engineering Manager, Jan 2019 – Present\n"
                      "Senior Developer, Mar 2015 – Dec 2018\n"
                      "Developer, May 2012 – Feb 2015\n"
                      "• Led the booking platform rewrite\n")
        << QStringList {u"Engineering Manager | Meridian Freight | 2019-01..present"_s,
               u"Senior Developer | Meridian Freight | 2015-03..2018-12"_s,
               u"Developer | Meridian Freight | 2012-05..2015-02"_s};

    QTest::newRow("dates below a paragraph about the company")
        << QByteArray("# Ida Berg\n\n## Experience\n\n### Data Engineer at Fjordline\n\n"
                      "Fjordline runs ferries along the coast.\n\n_June 2018 - May 2022_\n\n- Built the pipelines\n\n"
                      "### Analyst at Polar Post\n\n_2015 - 2018_\n")
        << QStringList {u"Data Engineer | Fjordline | 2018-06..2022-05"_s, u"Analyst | Polar Post | 2015..2018"_s};

    QTest::newRow("dates first, then bold title and italic company")
        << QByteArray("# Cal Rivers\n\n## Experience\n\nAug 2021 - present<br />\n**Staff Engineer**<br />\n"
                      "*Tidewater Labs*\n\n- Owned the billing service\n\n"
                      "Jan 2018 - Jul 2021<br />\n**Software Engineer**<br />\n*Kestrel Health*\n\n- Wrote the scheduler\n")
        << QStringList {u"Staff Engineer | Tidewater Labs | 2021-08..present"_s,
               u"Software Engineer | Kestrel Health | 2018-01..2021-07"_s};

    QTest::newRow("a year in a company's name is not its dates")
        << QByteArray("# Ada Example\n\n## Experience\n\n### Engineer at Studio 1984\n\n*2019 – 2021*\n\n"
                      "- Built things\n\n### Engineer at Atelier\n\n*2016 – 2019*\n")
        << QStringList {u"Engineer | Studio 1984 | 2019..2021"_s, u"Engineer | Atelier | 2016..2019"_s};

    QTest::newRow("pt: section and titles in Portuguese, company headings")
        << QByteArray("# Tiago Mendes\n\n# Experiência profissional\n\n## **Canoa Digital**\n\n"
                      "**Desenvolvedor Frontend Sênior**<br>\nFev 2019 - Presente\n\n- Cuidou do site\n")
        << QStringList {u"Desenvolvedor Frontend Sênior | Canoa Digital | 2019-02..present"_s};

    QTest::newRow("it: title, company and bold dates under ALL-CAPS sections")
        << QByteArray("# Giulia Ferri\n\n# ESPERIENZA LAVORATIVA\n\n## Sviluppatrice Backend\n\n### Lagunare S.r.l.\n\n"
                      "**Marzo 2021 – Oggi**\n\n- API per le prenotazioni\n")
        << QStringList {u"Sviluppatrice Backend | Lagunare S.r.l. | 2021-03..present"_s};

    QTest::newRow("bold title with a long parenthesised list of places, dates on the next line")
        << QByteArray("# Experiência\n\n## **Caju Studio**\n\n**Desenvolvedor Full Stack** (Recife / Lisboa, PT / Porto, PT / Miami, US)<br>\n"
                      "Jan 2012 - Dez 2015\n\n- Trabalho remoto\n")
        << QStringList {u"Desenvolvedor Full Stack | Caju Studio | 2012-01..2015-12"_s};

    QTest::newRow("plain text: an employer's line with its years over project and title pairs")
        << QByteArray("Employment History\n\nLarchmont Systems, 2011-present\nTacoma, WA\n\nFounding member of the storage group.\n\n"
                      "Snapshot Service\nStaff Engineering Manager\n\n* Built the team.\n\nBackup Vault\nSenior Software Engineer\n\n"
                      "* Shipped the vault.\n\nOrca Soft, 2009-2011\nBellevue, WA\n\nBuild Tools\nSoftware Engineer\n\n* Wrote tools.\n")
        << QStringList {u"Staff Engineering Manager | Larchmont Systems | undated"_s,
               u"Senior Software Engineer | Larchmont Systems | 2011.."_s,
               u"Software Engineer | Orca Soft | 2009..2011"_s};

    QTest::newRow("zh: numbered list with year-month dates")
        << QByteArray("# 李华\n\n## 工作经历\n\n1. 2020年3月-现在 **前端工程师** - 青石科技\n"
                      "2. 2017年6月-2020年2月 **软件工程师** - 蓝湖网络\n")
        << QStringList {u"前端工程师 | 青石科技 | 2020-03..present"_s, u"软件工程师 | 蓝湖网络 | 2017-06..2020-02"_s};

    QTest::newRow("zh: a projects section after the work, named in one run of characters")
        << QByteArray("# 王芳\n\n## 工作经历\n\n1. 2019年3月-现在 **前端开发** - 白鹭网络\n\n## 项目示例\n\n"
                      "### 1. 在线地图网站\n\n2020年上线，我负责前端页面开发与性能优化，用户超过十万人。\n")
        << QStringList {u"前端开发 | 白鹭网络 | 2019-03..present"_s};

    QTest::newRow("plain text: headings padded with dashes, one-line jobs with ISO dates")
        << QByteArray("Pat Lowe\n\n\n========================================\n\nEMPLOYMENT ----------------------------\n\n"
                      "Senior Developer, Brookhaven Data (2015-03 — Present)\nRuns the ingest team.\n\n"
                      "Developer, Salt Creek Software (2011-06 — 2015-02)\nWrote the billing jobs.\n\n"
                      "EDUCATION -----------------------------\n\nState College (2007 — 2011)\n")
        << QStringList {u"Senior Developer | Brookhaven Data | 2015-03..present"_s,
               u"Developer | Salt Creek Software | 2011-06..2015-02"_s};

    QTest::newRow("a company line below a heading of title and dates, however long")
        << QByteArray("## Experience\n\n#### Student Assistant        September 2016 – December 2016\n"
                      "University of Westholm Library IT Services Desk, Westholm, OH\n\n"
                      "#### Analyst        January 2017 – August 2017\nGreyfield Paints, Akron, OH\n")
        << QStringList {u"Student Assistant | University of Westholm Library IT Services Desk | 2016-09..2016-12"_s,
               u"Analyst | Greyfield Paints | 2017-01..2017-08"_s};

    QTest::newRow("plain text without a work heading: employer line over dated role lines")
        << QByteArray("KIM ARDEN\n\n+------------------------------+\n| kim@example.org | Tacoma WA |\n"
                      "+------------------------------+\n\n"
                      "Cedar Relay Networks, Tacoma WA – 2010-Present\n\nSenior Support Engineer – 2016-Present\n\n"
                      "Looked after the largest customers.\n\nSupport Engineer – 2010-2016\n\nAnswered tickets.\n")
        << QStringList {u"Senior Support Engineer | Cedar Relay Networks | 2016..present"_s,
               u"Support Engineer | Cedar Relay Networks | 2010..2016"_s};

    QTest::newRow("projects under a dated job are part of it, not positions")
        << QByteArray("EXPERIENCE\n\nEngineer, Dunmore Labs, Boise, ID (Jan 2015 - Present)\n* Ran the build farm\n\n"
                      "  Project Portfolio\n  * Lanternfish (http://example.org), Developer\n  Kept the lights on.\n\n"
                      "Developer, Quarry Hill, Boise, ID (Mar 2010 - Dec 2014)\n* Wrote reports\n")
        << QStringList {u"Engineer | Dunmore Labs | 2015-01..present"_s, u"Developer | Quarry Hill | 2010-03..2014-12"_s};

    QTest::newRow("company headings over bullets of title and dates, descriptions after a hard break")
        << QByteArray("## Work Experience\n\n### Norrsken Rail\n\n* **Software Engineer**, September 2017 – February 2019  \n"
                      "  Signalling software in C++.\n\n* **Test Engineer**, March – August 2016  \n"
                      "  Test specifications.\n\n### Fika Games\n\n* **Programmer**, from February 2019  \n"
                      "  Game tools.\n")
        << QStringList {u"Software Engineer | Norrsken Rail | 2017-09..2019-02"_s,
               u"Test Engineer | Norrsken Rail | 2016-03..2016-08"_s, u"Programmer | Fika Games | 2019-02..present"_s};

    QTest::newRow("pictographs before titles and dates")
        << QByteArray("## 💼 Expériences\n\n### Banque Alizé 📍 Nantes\n\n#### 🎖️ Lead Software Engineer\n"
                      "**📅 04-2023 – Aujourd'hui**\n\n- Pilotage\n\n#### 🎯 Software Engineer\n**📅 01-2020 – 03-2023**\n")
        << QStringList {u"Lead Software Engineer | Banque Alizé | 2023-04..present"_s,
               u"Software Engineer | Banque Alizé | 2020-01..2023-03"_s};

    QTest::newRow("table with start and end in columns of their own, '-' for now")
        << QByteArray("## Çalışma Geçmişi\n\n| Ünvan | Kurum | Başlangıç | Bitiş |\n|---|---|---|---|\n"
                      "| Yazılım Geliştirici | Boğaziçi Yazılım | 04/2021 | - |\n| Veritabanı Yöneticisi | Marmara Lojistik | 07-2015 | 03/2021 |\n")
        << QStringList {u"Yazılım Geliştirici | Boğaziçi Yazılım | 2021-04..present"_s,
               u"Veritabanı Yöneticisi | Marmara Lojistik | 2015-07..2021-03"_s};

    QTest::newRow("site generator tags between the lines of an entry")
        << QByteArray("## Experience\n\n{{< columns >}}\n**Vltava Soft**\\\nÚnor 2015 - Současnost\\\nPrincipal Developer\n"
                      "<--->\n{{< /columns >}}\n")
        << QStringList {u"Principal Developer | Vltava Soft | 2015-02..present"_s};

    QTest::newRow("LinkedIn style: company heading, durations, roles at teams")
        << QByteArray("## Experience\n\n### Larkspur Bank\n\nFull-time · 2 yrs 2 mos | Leeds, United Kingdom\n\n"
                      "#### Team Lead @ Payments Team - VP\n\nApr 2023 - Present · 1 yr 7 mos\n\n- Planning\n\n"
                      "#### Staff Engineer @ Tooling Team\n\nSep 2022 - Mar 2023 · 7 mos\n\n- Pipelines\n")
        << QStringList {u"Team Lead | Larkspur Bank | 2023-04..present"_s,
               u"Staff Engineer | Larkspur Bank | 2022-09..2023-03"_s};

    QTest::newRow("company heading with its dates over a role heading without")
        << QByteArray("## Experience\n\n### Moss & Fern - Bristol, UK - Oct 2014 to Oct 2015\n\n#### Web Developer\n\n"
                      "Landing pages.\n\n### Quayside Print - Bristol, UK - 2011 to 2014\n\n#### Designer\n\nPosters.\n")
        << QStringList {u"Web Developer | Moss & Fern | 2014-10..2015-10"_s, u"Designer | Quayside Print | 2011..2014"_s};

    QTest::newRow("a department before the company")
        << QByteArray("# Work Experience\n\n## RPA Developer\n\n> **Finance Team, Harbor Freightways, Netherlands**  \n"
                      "2024/12-Present  \n\n## Data Analyst\n\n> **Research Department, Polder Labs, Netherlands**  \n2021/3-2024/11  \n")
        << QStringList {u"RPA Developer | Harbor Freightways | 2024-12..present"_s,
               u"Data Analyst | Polder Labs | 2021-03..2024-11"_s};

    QTest::newRow("'@_Company_' glued, dated promotions listed inside a job")
        << QByteArray("## Work Experience\n\n### Principal Engineer @ _Ridgeback_\n\n> Jul 2019 – Present\n\n"
                      "- Promoted to:\n  - Team Lead (Jan 2020)\n  - Director (Mar 2022)\n\n"
                      "### Engineering Lead @_Saltmarsh Co., Ltd._\n\n> Oct 2018 - Jul 2019\n\n- Built things\n")
        << QStringList {u"Principal Engineer | Ridgeback | 2019-07..present"_s,
               u"Engineering Lead | Saltmarsh Co., Ltd. | 2018-10..2019-07"_s};

    QTest::newRow("key-value lines: Position Title, Employer Name, Location, Dates")
        << QByteArray("Jo Marsh\njo@example.org\n\n---\nEXPERIENCE\n---\n\nPosition Title: Drafter\nEmployer Name: Cedar & Pine Studio\n"
                      "Location: Bend, OR, USA\nDates: January 2022 - Present\n- Drew floor plans\n\n"
                      "Position Title: Junior Drafter\nEmployer Name: Hollow Oak Architects\nLocation: Salem, OR, USA\n"
                      "Dates: October 2018 - December 2021\n- Measured sites\n")
        << QStringList {u"Drafter | Cedar & Pine Studio | 2022-01..present"_s,
               u"Junior Drafter | Hollow Oak Architects | 2018-10..2021-12"_s};

    QTest::newRow("dates only in the prose under a heading")
        << QByteArray("## Experience\n\n### Staff Engineer @ Brightwell\n\nJoined in May 2020 and stayed until September 2021, "
                      "leading the platform team.\n\n### Engineer @ Dunlin\n\nWorked there from 2016 to 2020.\n")
        << QStringList {u"Staff Engineer | Brightwell | 2020-05..2021-09"_s, u"Engineer | Dunlin | 2016..2020"_s};

    QTest::newRow("table period column without a dash")
        << QByteArray("## Experience\n\n| | |\n|--:|---|\n| Mar 2014 Ongoing | __Research Fellow__, Tarn Institute |\n"
                      "| Jun 2009 Oct 2009 | __Intern__, Wenlock Labs |\n")
        << QStringList {u"Research Fellow | Tarn Institute | 2014-03..present"_s, u"Intern | Wenlock Labs | 2009-06..2009-10"_s};

    QTest::newRow("HTML blocks: company, role and dates in elements of their own")
        << QByteArray("## Work Experience\n\n<div class=\"job\">\n<h3>Kranich Software GmbH</h3>\n<span>Core Developer</span>\n"
                      "<time>Since 01.08.2019</time>\n</div>\n\n<div class=\"job\">\n<h3>Elster Web GmbH</h3>\n"
                      "<span>Junior Developer</span>\n<time>01.03.2015 - 23.04.2018</time>\n</div>\n")
        << QStringList {u"Core Developer | Kranich Software GmbH | 2019-08..present"_s,
               u"Junior Developer | Elster Web GmbH | 2015-03..2018-04"_s};

    QTest::newRow("HTML table: logo, linked company, role, dates, city; a company over three roles by rowspan")
        << QByteArray("## Experience\n\n<table>\n  <thead>\n    <tr>\n      <th>Company</th>\n      <th>Link</th>\n"
                      "      <th>Role</th>\n      <th>Dates</th>\n      <th>Location</th>\n    </tr>\n  </thead>\n  <tbody>\n"
                      "    <tr>\n      <td><img alt=\"Quillfeather\" src=\"q.png\" /></td>\n"
                      "      <td><a href=\"https://q.example\">Quillfeather Ltd</a></td>\n      <td>Platform /<br/>Data Engineer</td>\n"
                      "      <td>03/2021 - Present</td>\n      <td>Derby<br />UK</td>\n    </tr>\n"
                      "    <tr>\n      <td rowspan=\"2\"><img alt=\"Ostrander\" src=\"o.png\" /></td>\n"
                      "      <td rowspan=\"2\"><a href=\"https://o.example\">Ostrander &amp; Vale</a></td>\n"
                      "      <td>Developer<br />2018 - 2021</td>\n      <td rowspan=\"2\">05/2015 - 02/2021</td>\n"
                      "      <td rowspan=\"2\">Leeds</td>\n    </tr>\n"
                      "    <tr>\n      <td>Junior Developer<br/>2015 - 2018</td>\n    </tr>\n  </tbody>\n</table>\n")
        << QStringList {u"Platform / Data Engineer | Quillfeather Ltd | 2021-03..present"_s,
               u"Developer | Ostrander & Vale | 2018..2021"_s, u"Junior Developer | Ostrander & Vale | 2015..2018"_s};

    QTest::newRow("HTML panels with markdown inside and an HTML heading; an ellipsis for now")
        << QByteArray("<div class=\"panel\" markdown=\"1\">\n  <div class=\"panel-heading\">\n"
                      "    <h3 class=\"panel-title\"> Research positions </h3>\n  </div>\n  <div class=\"panel-body\">\n"
                      "<td markdown=\"1\">\n- Oct. 2019-...: **Research scientist**, Marlow Institute, France\n"
                      "- Jan.2017-Sept.2019: **Postdoctoral fellow**, University of Tervel, Norway\n</td>\n  </div>\n</div>\n")
        << QStringList {u"Research scientist | Marlow Institute | 2019-10..present"_s,
               u"Postdoctoral fellow | University of Tervel | 2017-01..2019-09"_s};

    QTest::newRow("GFM table: a job column of company, city and title with HTML bullets")
        << QByteArray("## Work experience\n| Period | Job |\n| -----: | --- |\n"
                      "| Mar 2020 Ongoing | [Fennel Labs](http://fennel.example), _Turin (IT)_ - __Software Engineer__ "
                      "<ul><li>Wrote the billing service.</li><li>Ran the on-call rota.</li></ul> |\n"
                      "| Jun 2016 Dec 2019 | [Corvo SpA](http://corvo.example), _Milan (IT)_ - __Web Developer__ <ul><li>Built shops.</li></ul> |\n")
        << QStringList {u"Software Engineer | Fennel Labs | 2020-03..present"_s, u"Web Developer | Corvo SpA | 2016-06..2019-12"_s};

    QTest::newRow("company headings with a line about them over role headings, the second after a role's text")
        << QByteArray("## Experience\n\n### Northwind\n\n_Full-time · 2 yrs_ | _Bristol, United Kingdom_\n\n"
                      "#### Team Lead @ Build Team\n\n_Apr 2023 - Present · 1 yr 7 mos_\n\nPlanning and hiring.\n\n"
                      "### Larkspur Media\n\n_Full-time · 3 yrs_ | _Bristol, United Kingdom_\n\n"
                      "#### Principal Engineer @ Cloud Team\n\n_Jan 2022 - Mar 2023 · 1 yr 3 mos_\n\n"
                      "### Lead Harbour - Bath, UK - Oct 2014 to Oct 2015\n\n#### Web Developer\n\nBuilt shops.\n")
        << QStringList {u"Team Lead | Northwind | 2023-04..present"_s, u"Principal Engineer | Larkspur Media | 2022-01..2023-03"_s,
               u"Web Developer | Lead Harbour | 2014-10..2015-10"_s};

    QTest::newRow("exported profile: company and tenure over roles, each with dates and a place line")
        << QByteArray("Erfahrung\n\nBrennholz AG\n5 Jahre 2 Monate\n\nWerkstudent Datenbanken\n"
                      "März 2022 - Present (3 Jahre)\nЛейпциг\n\nBetreut die Datenbanken.\n\n"
                      "Junior Data Engineer\nJuli 2021 - Februar 2022 (8 Monate)\nLeipzig, Sachsen, Deutschland\n\n"
                      "Baute Pipelines.\n\nPraktikant Datenanalyse\nJanuar 2020 - Juni 2021 (1 Jahr 6 Monate)\n"
                      "Leipzig, Sachsen, Deutschland\n\nWertete aus.\n")
        << QStringList {u"Werkstudent Datenbanken | Brennholz AG | 2022-03..present"_s,
               u"Junior Data Engineer | Brennholz AG | 2021-07..2022-02"_s,
               u"Praktikant Datenanalyse | Brennholz AG | 2020-01..2021-06"_s};

    QTest::newRow("plain-text bullets: company, then dates and title on the item's own lines; a sibling section after")
        << QByteArray("DANA ROOK\n=========\n\nEMPLOYMENT\n----------\n\n+ Pebble Works\n  Aug 2014-Dec 2014\n  Support Partner\n\n"
                      "+ Gannet Survey Ltd\n  Summer 2012\n  Intern, field data\n  + Logged the readings\n\n"
                      "TEACHING\n--------\n\n+ Coldwater College\n  Spring 2013\n  Tutor, first-year physics\n")
        << QStringList {u"Support Partner | Pebble Works | 2014-08..2014-12"_s, u"Intern | Gannet Survey Ltd | 2012..2012"_s};

    QTest::newRow("plain text: company and a right-hand city with its state's code, years below, no titles")
        << QByteArray("Experience\n----------\n\nBrightline Data                                   New York, NY\n2019-2020\n\n"
                      "I was a data steward at Brightline Data, in their Records\nGovernance group. I kept the archive.\n\n"
                      "Kestrel Partners                                  Little Falls, NJ\n2016-2018\n\n"
                      "Records Department, Bayview General Hospital      Durham, NC\n2012-2015\n")
        << QStringList {u" | Brightline Data | 2019..2020"_s, u" | Kestrel Partners | 2016..2018"_s,
               u" | Bayview General Hospital | 2012..2015"_s};

    QTest::newRow("dated company headings over role headings; bullets before the role; ranks written together")
        << QByteArray("## Experience\n\n### [Quillon][q] [Feb 2023 - Present]\n\n- Bills at scale.\n\n#### Software Engineer\n\n"
                      "### [Marrow Ltd][m] [Jun 2019 - Jan 2023]\n\n#### (Graduate Developer, Junior Developer, Senior Developer)\n\n"
                      "- Wrote the API.\n\n### Tollgate Hire [Mar 2016 - May 2019]\n\n#### (Support Specialist)\n\n- Fixed laptops.\n\n"
                      "#### (Office Assistant, Marketing Assistant)\n\n- Ran the socials.\n\n[q]: https://q.example\n[m]: https://m.example\n")
        << QStringList {u"Software Engineer | Quillon | 2023-02..present"_s, u"Senior Developer | Marrow Ltd | ..2023-01"_s,
               u"Junior Developer | Marrow Ltd | undated"_s, u"Graduate Developer | Marrow Ltd | 2019-06.."_s,
               u"Support Specialist | Tollgate Hire | ..2019-05"_s, u"Office Assistant, Marketing Assistant | Tollgate Hire | 2016-03.."_s};

    QTest::newRow("plain text: sections framed by rules, an employer named with 'at', a framed sibling section")
        << QByteArray("Experience\n=================\n.\nNorthgate Labs - Cloud Team\nSummer 2010\nSoftware Engineer\n"
                      "-- Built tools\n.\nOcean Mapping Initiative at Tarn University\nSummer 2008-Spring 2009\nResearch Assistant\n"
                      "-- Mapped the bay\n=================\nTeaching\n================= .\nTarn University Dept. of Physics\n"
                      "Spring 2010\nTeaching Assistant - PHY 101\n-- Taught recitations\n")
        << QStringList {u"Software Engineer | Northgate Labs | 2010..2010"_s,
               u"Research Assistant | Ocean Mapping Initiative at Tarn University | 2008..2009"_s};

    QTest::newRow("a CV that is one table: section rows, bold leads over prose, place cells, a title column learnt")
        << QByteArray("**Nadia Ferro**\n\n|  Education  |  |  |  |\n| :---- | :---- | :---- | :---- |\n"
                      "| Sep 2019 – Jul 2022 | **BSc in Logistics / Verona** Thesis on routing. |  | Verona, Italy |\n"
                      "|  **Relevant Experience**  |  |  |  |\n"
                      "| Oct 2023 \\- present | **Routing Analyst / Independent** Wrote the planner for a client. |  | Verona, Italy |\n"
                      "| March 2023 \\- present | **Shop Support** Helped a family shop move its books online. |  | Trento, Italy |\n")
        << QStringList {u"Routing Analyst | Independent | 2023-10..present"_s, u"Shop Support |  | 2023-03..present"_s};

    QTest::newRow("the work heading names the role; company headings; how one was employed after the dates")
        << QByteArray("# Experience as Senior Ruby Developer\n\n**March 2021 - present**; employed\n\n- Kept the billing running.\n\n"
                      "## Hollin & Marsh\n\n**June 2017 - February 2021**; remote, part-time\n\n- Wrote the shop.\n")
        << QStringList {u"Senior Ruby Developer |  | 2021-03..present"_s,
               u"Senior Ruby Developer | Hollin & Marsh | 2017-06..2021-02"_s};

    QTest::newRow("plain text: title and dates on one line, the employer's name on the next")
        << QByteArray("WORK EXPERIENCE\nPlatform Intern May 2014 - August 2014\nCobble Street Inc.\n\n   - Wrote the queue\n\n"
                      "Web Applications Programmer May 2012 - May 2013\nInstitute for the Study of Coastal Birds at NSU, Norfolk, VA\n\n"
                      "   - Built the bird log\n")
        << QStringList {u"Platform Intern | Cobble Street Inc. | 2014-05..2014-08"_s,
               u"Web Applications Programmer | Institute for the Study of Coastal Birds at NSU | 2012-05..2013-05"_s};

    QTest::newRow("title headings over 'Team, Company, Country' lines: the team is no company")
        << QByteArray("# Work Experiences\n\n## Data Analyst\n\n> **Finance Team, Harrowgate, Netherlands**  \n2024/12-Present  \n\n"
                      "## Finance Specialist - IT Interface\n\n> **Finance Team, Velden Electronics EMEA, Netherlands**  \n2022/11-2024/11  \n\n"
                      "## Field Engineer Intern\n\n> **Velden EMEA, Eindhoven, Netherlands**  \n2019/02-2019/08  \n")
        << QStringList {u"Data Analyst | Harrowgate | 2024-12..present"_s,
               u"Finance Specialist - IT Interface | Velden Electronics EMEA | 2022-11..2024-11"_s,
               u"Field Engineer Intern | Velden EMEA | 2019-02..2019-08"_s};

    QTest::newRow("bold 'years: company' lines, the role the first clause of the text below")
        << QByteArray("Experience\n----------\n\n**2021—Present: Tarnwick Elektronik AB**\n\nFirmware architect and consultant.\n\n"
                      "* Ported a meter-bus library\n\n**2016—2021: Osterby Systems**\n\nR&D Engineer, Osterby Systems AB, Uppsala.\n\n"
                      "* Wrote the scheduler\n")
        << QStringList {u"Firmware architect and consultant | Tarnwick Elektronik AB | 2021..present"_s,
               u"R&D Engineer | Osterby Systems | 2016..2021"_s};

    QTest::newRow("plain text: Europass labels set apart from their values by spaces")
        << QByteArray("JONAS BERG\n\nWORK EXPERIENCE\n\n"
                      "Dates                01/2020 – present\nOccupation or position held   Senior Backend Engineer\n"
                      "Name and address of employer  Northwind Logistics, Hamburg\n\n"
                      "Dates\t03/2016 – 12/2019\nOccupation\tSoftware Engineer\nEmployer\tTidewater GmbH, Bremen\n")
        << QStringList {u"Senior Backend Engineer | Northwind Logistics | 2020-01..present"_s,
               u"Software Engineer | Tidewater GmbH | 2016-03..2019-12"_s};

    // Read from a PDF's timeline: place and dates set beside "Title: Company".
    QTest::newRow("'Title: Company | City | dates' lines, one of them freelance")
        << QByteArray("# Irene Valls\n\n## Experiencia\n\n"
                      "Prácticas universitarias 2: Brisamar Datos | Valencia, España | Feb 2025 – Actualidad\n"
                      "Modelos de previsión para los clientes de la empresa.\n\n"
                      "Diseñadora gráfica, Freelance: Fiverr | Castellón, España | Ene 2022 – Jun 2024\n"
                      "Carteles y logotipos para pequeños comercios.\n")
        << QStringList {u"Prácticas universitarias 2 | Brisamar Datos | 2025-02..present"_s,
               u"Diseñadora gráfica | Fiverr | 2022-01..2024-06"_s};

    QTest::newRow("'Title. Company' after the dates, an abbreviation's dot kept")
        << QByteArray("# Caio Pires\n\n# Experiência Profissional\n\n"
                      "- 2021-2022 - Aux. administrativo. Transportes Serra Azul LTDA\n\n"
                      "Apoio ao departamento operacional.\n")
        << QStringList {u"Aux. administrativo | Transportes Serra Azul LTDA | 2021..2022"_s};

    // "Role:" and "Employers:" at the top of an entry's text name what its header left out;
    // a labelled address between entries is a note of the entry above, not the next one's header.
    QTest::newRow("'Role:' and 'Employers:' lines under dated headers")
        << QByteArray("# Pavel Orlik\n\n## Experience\n\n"
                      "Kestrel Market | https://kestrel.example | 2009-2012\n"
                      "Role: PHP developer. I built the shop's checkout and its image uploads.\n\n"
                      "Game engine | https://engine.example | 2005-2011\n"
                      "Written in C++, stored in SQLite.\n"
                      "Engine and tool sources: https://code.example/engine\n\n"
                      "Game Developer | https://games.example | 2017-2022\n"
                      "Employers: Harrow Games, Blue Fjord Studio.\n"
                      "Games: Tidewalker, Lantern.\n")
        << QStringList {u"PHP developer | Kestrel Market | 2009..2012"_s, u" | Game engine | 2005..2011"_s,
               u"Game Developer | Harrow Games, Blue Fjord Studio | 2017..2022"_s};

    // Spain's academic CV (CVN): its own section names, a definition list of labelled fields
    // for the current post, then years and employer over a paragraph that opens with the role.
    QTest::newRow("CVN sections: labelled definitions, then the role emphasized in the text")
        << QByteArray("Lucía Ferrer\n============\n\nSituación Profesional Actual\n----------------------------\n\n"
                      "Puesto\n:   *Ingeniera de datos*\n\nOrganismo\n:   Aceros del Norte\n\n"
                      "Fecha de incorporación\n:   1 de febrero de 2021\n\n"
                      "Actividades Anteriores\n----------------------\n\n2016 - 2020\n: Universidad de Lugo\n\n"
                      "*Bioinformática*. Durante esos años preparé los análisis de datos del grupo y los publiqué.\n\n"
                      "2014 - 2016\n: Talleres Miño\n\n*Técnica de calidad*. Visión por computador para la línea de montaje.\n")
        << QStringList {u"Ingeniera de datos | Aceros del Norte | 2021-02..present"_s,
               u"Bioinformática | Universidad de Lugo | 2016..2020"_s, u"Técnica de calidad | Talleres Miño | 2014..2016"_s};

    QTest::newRow("undated headings, the text saying when one joined")
        << QByteArray("# Tove Lind\n\n## Experience\n\n### Principal Engineer @ Harbourline\n\n"
                      "Joined April 2023 as the first engineer and built the scheduler.\n\n"
                      "### Engineer @ Northwind\n\nJoined in May 2019 and stayed until March 2023, on the billing team.\n")
        << QStringList {u"Principal Engineer | Harbourline | 2023-04..present"_s, u"Engineer | Northwind | 2019-05..2023-03"_s};

    QTest::newRow("a programme before the university it belongs to")
        << QByteArray("# Mei Lin\n\n## Experience\n\n### Trainee Software Designer\n\n"
                      "> **Software Technology, Westmark University of Technology, Netherlands**  \n2020/10-2022/10\n\n"
                      "- Three industrial projects\n")
        << QStringList {u"Trainee Software Designer | Westmark University of Technology | 2020-10..2022-10"_s};

    // A CV whose sections are markdown headings: a bold line naming a section inside a
    // position is the position's sub-heading, and the positions after it stay work.
    QTest::newRow("a bold 'Key projects' inside a position under headings")
        << QByteArray("# Rowan Pike\n\n## Experience\n\n### Backend Engineer — Larkspur Systems\n*2019 – 2023*\n\n"
                      "Built the billing services.\n\n**Key projects**\n\n- Invoice engine rewrite\n\n"
                      "### Developer — Fennel & Co\n*2016 – 2019*\n\n- Shop front in Django\n\n"
                      "## Education\n\n### BSc Computing, Westmark University\n2012 – 2016\n")
        << QStringList {u"Backend Engineer | Larkspur Systems | 2019..2023"_s,
               u"Developer | Fennel & Co | 2016..2019"_s};

    // A heading that dates a kind of experience over the positions of that time, one of them
    // a promotion written with an arrow, another with a note after its dates.
    QTest::newRow("'Earlier career (dates)' over dated items, a promotion with an arrow")
        << QByteArray("# Mara Quint\n\n## Experience\n\n### Chief Operating Officer, Harbourline Freight\n\n2015 \xe2\x80\x93 present\n\n"
                      "### Earlier career (1998 \xe2\x80\x93 2015)\n\n"
                      "- **Senior Consultant**, Ashfield Partners (2006 \xe2\x80\x93 2015) \xe2\x80\x94 operations strategy for ports\n"
                      "- **Graduate Engineer \xe2\x86\x92 Project Engineer**, Tidewater Marine (1998 \xe2\x80\x93 2006)\n\n"
                      "## Education\n\nBSc Engineering, Kingsport University, 1998\n")
        << QStringList {u"Chief Operating Officer | Harbourline Freight | 2015..present"_s,
               u"Senior Consultant | Ashfield Partners | 2006..2015"_s, u"Project Engineer | Tidewater Marine | ..2006"_s,
               u"Graduate Engineer | Tidewater Marine | 1998.."_s};

    // An academic page's list: the dates and a colon, then the role, whom it was held with,
    // and the units up to the university, running on over wrapped lines.
    QTest::newRow("academic: 'YYYY - current: Role with PI, Centre …, at the University of …'")
        << QByteArray("Work\n======\n* 2020 - current: Research Fellow with [Ana Ruiz](https://example.org/ruiz), Centre of Excellence "
                      "for Coastal Hazards [CCH](https://example.org/cch),\n [Marine Research Centre](https://example.org/mrc) at "
                      "the University of Northfield\n\n* 2016 - 2019: Research Fellow with [Tide Lab](https://example.org/tide) "
                      "(PI: [Ivo Marsh](https://example.org/marsh))  \n[Environmental Studies Institute](https://example.org/esi)  \n"
                      "University of Eastbury  \n")
        << QStringList {u"Research Fellow | University of Northfield | 2020..present"_s,
               u"Research Fellow | University of Eastbury | 2016..2019"_s};

    QTest::newRow("pt: '**Cargo** na Empresa (mês/ano – atual)'")
        << QByteArray("# Rui Tavares\n\n## Experi\xc3\xaancia\n\n- **Desenvolvedor Mobile S\xc3\xaanior** na Jaguaret\xc3\xa9 Apps (jan/2020 \xe2\x80\x93 atual)\n"
                      "- **Desenvolvedor Android** na Ip\xc3\xaa Pagamentos S.A. (mar/2017 \xe2\x80\x93 dez/2019)\n")
        << QStringList {u"Desenvolvedor Mobile Sênior | Jaguareté Apps | 2020-01..present"_s,
               u"Desenvolvedor Android | Ipê Pagamentos S.A. | 2017-03..2019-12"_s};
    QTest::newRow("ko: '## 경력', a company heading with its dates, the title labelled under it")
        << QByteArray("# \xec\x9d\xb4\xeb\xa0\xa5\xec\x84\x9c\n\n## \xea\xb2\xbd\xeb\xa0\xa5\n\n"
                      "### \xeb\x88\x84\xeb\xa6\xac\xec\x86\x8c\xed\x94\x84\xed\x8a\xb8 (2021.03 ~ \xed\x98\x84\xec\x9e\xac)\n"
                      "\xec\xa7\x81\xec\xb1\x85: \xeb\xb0\xb1\xec\x97\x94\xeb\x93\x9c \xea\xb0\x9c\xeb\xb0\x9c\xec\x9e\x90\n\n- API\n")
        << QStringList {u"백엔드 개발자 | 누리소프트 | 2021-03..present"_s};
    QTest::newRow("zh: 'Company（note）｜Title', the note naming the role")
        << QByteArray("# \xe6\x9d\x8e\xe9\x9b\xb7\n\n## \xe5\xb7\xa5\xe4\xbd\x9c\xe7\xbb\x8f\xe5\x8e\x86\n\n"
                      "### \xe6\x98\x9f\xe6\xa1\xa5\xe4\xbc\xa0\xe5\xaa\x92\xef\xbc\x88\xe5\xae\x9e\xe4\xb9\xa0\xef\xbc\x89"
                      "\xef\xbd\x9c\xe5\x89\x8d\xe7\xab\xaf\xe5\xae\x9e\xe4\xb9\xa0\xe7\x94\x9f\n2018.07 - 2018.12\n")
        << QStringList {u"前端实习生 | 星桥传媒（实习） | 2018-07..2018-12"_s};

    QTest::newRow("table: '**Title**<br>Company, City<br>what it was about' beside the dates")
        << QByteArray("# Jonas Feil\n\n## Berufserfahrung\n\n| Zeitraum | T\xc3\xa4tigkeit |\n|---|---|\n"
                      "| 04/2020 \xe2\x80\x93 heute | **Softwarearchitekt**<br>Nordlicht Logistik GmbH, Kesselbrunn<br>Zielarchitektur der Sendungsverfolgung |\n"
                      "| 10/2011 \xe2\x80\x93 07/2014 | **Werkstudent** Softwareentwicklung, Lausitzer Informatik GmbH, Cottbus<br>20 Std./Woche |\n")
        << QStringList {u"Softwarearchitekt | Nordlicht Logistik GmbH | 2020-04..present"_s,
               u"Werkstudent Softwareentwicklung | Lausitzer Informatik GmbH | 2011-10..2014-07"_s};

    QTest::newRow("hu: '- 2018.09. – 2021.06.: Title, Company Kft., City' under 'Szakmai tapasztalat'")
        << u"# Kovács Anna\n\n## Szakmai tapasztalat\n\n"
           "- 2021.07. – jelenleg: Vezető szoftverfejlesztő, Duna Adat Kft., Budapest\n"
           "- 2018.09. – 2021.06.: Szoftverfejlesztő, Pannon Informatika Kft., Szeged\n"_s.toUtf8()
        << QStringList {u"Vezető szoftverfejlesztő | Duna Adat Kft. | 2021-07..present"_s,
               u"Szoftverfejlesztő | Pannon Informatika Kft. | 2018-09..2021-06"_s};
    QTest::newRow("vi: '**Company** (dates)' over 'Vị trí: Title' under 'Kinh nghiệm làm việc'")
        << u"# Trần Minh\n\n## Kinh nghiệm làm việc\n\n**Công ty TNHH Sao Mai** (03/2019 - nay)\n\n"
           "Vị trí: Lập trình viên Backend\n\n- API\n"_s.toUtf8()
        << QStringList {u"Lập trình viên Backend | Công ty TNHH Sao Mai | 2019-03..present"_s};
    QTest::newRow("uk: '### Title — Company' with the dates in italics under it")
        << QByteArray("# \xd0\x9e\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0\n\n## \xd0\x94\xd0\xbe\xd1\x81\xd0\xb2\xd1\x96\xd0\xb4 "
                      "\xd1\x80\xd0\xbe\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb8\n\n### \xd0\xa4\xd1\x80\xd0\xbe\xd0\xbd\xd1\x82\xd0\xb5\xd0\xbd\xd0\xb4-"
                      "\xd1\x80\xd0\xbe\xd0\xb7\xd1\x80\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xb8\xd1\x86\xd1\x8f \xe2\x80\x94 \xd0\x9a\xd0\xb2\xd0\xb0\xd1\x80\xd1\x86\n\n"
                      "*2018 \xe2\x80\x93 2021*\n")
        << QStringList {u"Фронтенд-розробниця | Кварц | 2018..2021"_s};

    QTest::newRow("'**Company**, City' over '*Title* (dates)', then another '*Title* (dates)' at the same company")
        << QByteArray("# Ola Nordmann\n\n## Arbeidserfaring\n\n**Fjordlys AS**, Oslo\n*Seniorutvikler* (2019 \xe2\x80\x93 n\xc3\xa5)\n\n"
                      "- Kafka\n\n*Utvikler* (2016 \xe2\x80\x93 2019)\n\n- Kotlin\n\n**Nordkapp AS**, Bergen\n*Systemutvikler* (2013 \xe2\x80\x93 2016)\n")
        << QStringList {u"Seniorutvikler | Fjordlys AS | 2019..present"_s, u"Utvikler | Fjordlys AS | 2016..2019"_s,
               u"Systemutvikler | Nordkapp AS | 2013..2016"_s};

    QTest::newRow("a company whose name holds a role's word but ends in a legal form")
        << QByteArray("# Ola Nordmann\n\n## Arbeidserfaring\n\n**Havbris Konsulent AS**, Trondheim\n*Trainee* (aug. 2012 \xe2\x80\x93 jun. 2013)\n")
        << QStringList {u"Trainee | Havbris Konsulent AS | 2012-08..2013-06"_s};

    QTest::newRow("de: 'Berufliche Stationen', 'seit MM/YYYY · Title · Company, City'")
        << u"# Lena Hofer\n\n## Berufliche Stationen\n\nseit 03/2021 · Teamleiter Backend · Quellwerk Software GmbH, München\n\n"
           "04/2017 – 02/2021 · Senior Softwareentwickler · Alpenblick Logistik AG, Kempten\n"_s.toUtf8()
        << QStringList {u"Teamleiter Backend | Quellwerk Software GmbH | 2021-03..present"_s,
               u"Senior Softwareentwickler | Alpenblick Logistik AG | 2017-04..2021-02"_s};
    QTest::newRow("fr: a title 'en alternance' is one title")
        << u"# Léa Martin\n\n## Expériences professionnelles\n\n**Développeuse en alternance** – Coquelicot Informatique (Grenoble) · sept. 2015 – déc. 2016\n"_s.toUtf8()
        << QStringList {u"Développeuse en alternance | Coquelicot Informatique | 2015-09..2016-12"_s};

    // Europass's form, a table of labels and values for each position, as a Word file
    // turned into markdown writes it; the sector's row is kept in the position's text.
    QTest::newRow("Europass: a table of labels and values for each position")
        << QByteArray("# Mara Quint\n\n**WORK EXPERIENCE**\n\n"
                      "| \xe2\x80\xa2 Dates (from -- to) | March 2021 -- present |\n|---|---|\n"
                      "| \xe2\x80\xa2 Name and address of employer | Harbourline Freight Ltd, 4 Dock Road, Kingsport |\n"
                      "| \xe2\x80\xa2 Type of business or sector | Logistics software |\n"
                      "| \xe2\x80\xa2 Occupation or position held | **Senior Developer** |\n"
                      "| \xe2\x80\xa2 Main activities and responsibilities | Route planning services in Java. |\n\n"
                      "| \xe2\x80\xa2 Date (da -- a) | 09/2015 -- 12/2017 |\n|---|---|\n"
                      "| \xe2\x80\xa2 Nome e indirizzo del datore di lavoro | Studio Vela & Figli, Porto Lungo |\n"
                      "| \xe2\x80\xa2 Tipo di impiego | Programmatore Java |\n\n"
                      "**EDUCATION AND TRAINING**\n\n"
                      "| \xe2\x80\xa2 Dates (from -- to) | 2011 -- 2015 |\n|---|---|\n"
                      "| \xe2\x80\xa2 Name and type of organisation providing education and training | Kingsport University |\n"
                      "| \xe2\x80\xa2 Title of qualification awarded | BSc in Computing |\n")
        << QStringList {u"Senior Developer | Harbourline Freight Ltd | 2021-03..present"_s,
               u"Programmatore Java | Studio Vela & Figli | 2015-09..2017-12"_s};
}

void TestLayouts::work()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QCOMPARE(positionsOf(text), expected);
}

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
