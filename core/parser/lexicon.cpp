#include "lexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QVarLengthArray>

#include <initializer_list>

namespace Shortlist::Lexicon {

namespace {

// A set of lower-case words, looked up by view without allocating.
class WordSet
{
public:
    WordSet(std::initializer_list<const char *> words)
    {
        for (const char *w : words)
            m_storage.append(QString::fromUtf8(w));
        for (const QString &w : std::as_const(m_storage))
            m_views.insert(QStringView(w));
    }
    explicit WordSet(const QStringList &words)
        : m_storage(words)
    {
        for (const QString &w : std::as_const(m_storage))
            m_views.insert(QStringView(w));
    }
    bool contains(QStringView word) const { return m_views.contains(word); }

private:
    QStringList m_storage; // owns the characters the views point at
    QSet<QStringView> m_views;
};

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '\''
            || u == '.' || u == '+' || u == '#';
    }
    return c.isLetterOrNumber() || u == 0x2019;
}

QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' ? QChar(u + 32) : c;
    return c.toLower();
}

// Calls f(word) for each word of the text, lower case, without trailing dots, until f
// returns true; returns whether it did. No allocation for words of up to 64 characters.
template<typename F> bool anyWord(QStringView text, F &&f)
{
    QVarLengthArray<QChar, 64> word;
    for (qsizetype i = 0, n = text.size(); i < n;) {
        while (i < n && !isWordCharacter(text[i]))
            ++i;
        word.clear();
        for (; i < n && isWordCharacter(text[i]); ++i)
            word.append(text[i] == QChar(0x2019) ? QLatin1Char('\'') : lower(text[i]));
        qsizetype length = word.size();
        while (length > 0 && word[length - 1] == QLatin1Char('.'))
            --length;
        if (length > 0 && f(QStringView(word.data(), length)))
            return true;
    }
    return false;
}

struct SectionTable
{
    // Headings are matched as whole phrases first, then by their key words.
    QHash<QString, SectionKind> phrases;
    QList<QPair<QString, SectionKind>> keywords; // a word the heading contains
};

// clang-format off: the vocabulary reads best as running lists of words.
const SectionTable &sectionTable()
{
    static const SectionTable table = [] {
        SectionTable t;
        auto phrases = [&](SectionKind kind, std::initializer_list<const char *> list) {
            for (const char *p : list)
                t.phrases.insert(QString::fromUtf8(p), kind);
        };
        auto keywords = [&](SectionKind kind, std::initializer_list<const char *> list) {
            for (const char *k : list)
                t.keywords.append({QString::fromUtf8(k), kind});
        };
        phrases(SectionKind::Summary,
            {"summary", "profile", "professional summary", "career summary", "about", "about me", "objective",
                "career objective", "introduction", "overview", "personal statement", "bio", "profil",
                "kurzprofil", "über mich", "zusammenfassung", "persönliches profil", "à propos",
                "à propos de moi", "profil professionnel", "résumé", "présentation", "perfil",
                "perfil profesional", "resumen", "sobre mí", "acerca de mí", "о себе", "обо мне", "профиль",
                "краткая информация", "profiel", "over mij", "samenvatting", "persoonlijk profiel"});
        phrases(SectionKind::Work,
            {"experience", "work", "work experience", "professional experience", "employment",
                "employment history", "work history", "career", "career history", "positions",
                "relevant experience", "notable experience", "berufserfahrung", "berufliche erfahrung",
                "beruflicher werdegang", "werdegang", "berufspraxis", "praxiserfahrung", "expérience",
                "expériences", "expérience professionnelle", "expériences professionnelles",
                "parcours professionnel", "parcours", "experiencia", "experiencia laboral",
                "experiencia profesional", "trayectoria profesional", "опыт", "опыт работы",
                "профессиональный опыт", "трудовая деятельность", "места работы", "werkervaring", "ervaring",
                "werkgeschiedenis", "loopbaan", "arbeitserfahrung"});
        phrases(SectionKind::Education,
            {"education", "academic background", "studies", "qualifications", "ausbildung", "bildung",
                "studium", "bildungsweg", "akademischer werdegang", "formation", "formations", "études",
                "diplômes", "educación", "formación", "formación académica", "estudios", "образование",
                "opleiding", "opleidingen"});
        phrases(SectionKind::Skills,
            {"skills", "technical skills", "key skills", "core skills", "skill set", "skillset",
                "competencies", "core competencies", "expertise", "tech stack", "technologies",
                "technology stack", "tools", "tools and technologies", "preferred environment", "kenntnisse",
                "fachkenntnisse", "it-kenntnisse", "technische kenntnisse", "fähigkeiten", "kompetenzen",
                "fertigkeiten", "compétences", "compétences techniques", "habilidades", "competencias",
                "conocimientos", "habilidades técnicas", "навыки", "ключевые навыки", "технические навыки",
                "технологии", "стек", "vaardigheden", "competenties", "kennis"});
        phrases(SectionKind::Projects,
            {"projects", "portfolio", "side projects", "personal projects", "open source",
                "selected projects", "projekte", "projets", "proyectos", "проекты", "projecten"});
        phrases(SectionKind::Certificates,
            {"certificates", "certifications", "certification", "licenses", "licenses & certifications",
                "courses", "zertifikate", "zertifizierungen", "weiterbildung", "certificats", "certificados",
                "certificaciones", "сертификаты", "курсы", "certificaten", "cursussen"});
        phrases(SectionKind::Languages,
            {"languages", "spoken languages", "language skills", "sprachen", "sprachkenntnisse", "langues",
                "idiomas", "языки", "знание языков", "владение языками", "talen", "talenkennis"});
        phrases(SectionKind::Contacts,
            {"contact", "contacts", "contact information", "contact details", "links", "social", "find me",
                "elsewhere", "kontakt", "kontaktdaten", "coordonnées", "contacto", "contactos", "контакты",
                "контактная информация", "contactgegevens"});
        phrases(SectionKind::Other,
            {"interests", "hobbies", "awards", "honors", "publications", "volunteering", "references",
                "bonus", "availability", "interessen", "hobbys", "ehrenamt", "auszeichnungen",
                "centres d'intérêt", "loisirs", "intereses", "aficiones", "otros", "хобби", "интересы",
                "публикации", "hobby's", "interesses", "overig", "vrijwilligerswerk"});

        keywords(SectionKind::Work,
            {"experience", "employment", "berufserfahrung", "expérience", "expériences", "experiencia",
                "опыт", "werkervaring", "ervaring"});
        keywords(SectionKind::Education,
            {"education", "ausbildung", "formation", "educación", "образование", "opleiding"});
        keywords(SectionKind::Skills,
            {"skills", "kenntnisse", "compétences", "habilidades", "навыки", "vaardigheden"});
        keywords(
            SectionKind::Projects, {"projects", "projekte", "projets", "proyectos", "проекты", "projecten"});
        keywords(SectionKind::Certificates,
            {"certifications", "certificates", "zertifikate", "certificats", "сертификаты"});
        keywords(SectionKind::Languages, {"languages", "sprachen", "langues", "idiomas", "языки", "talen"});
        return t;
    }();
    return table;
}

const WordSet &titleWords()
{
    static const WordSet set({
        // English
        "engineer",
        "engineers",
        "developer",
        "developers",
        "programmer",
        "lead",
        "leader",
        "manager",
        "architect",
        "director",
        "head",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "cio",
        "cpo",
        "vp",
        "svp",
        "evp",
        "president",
        "founder",
        "co-founder",
        "cofounder",
        "consultant",
        "analyst",
        "designer",
        "scientist",
        "researcher",
        "administrator",
        "admin",
        "sysadmin",
        "specialist",
        "intern",
        "trainee",
        "apprentice",
        "tester",
        "qa",
        "sre",
        "owner",
        "officer",
        "coordinator",
        "assistant",
        "associate",
        "editor",
        "writer",
        "teacher",
        "lecturer",
        "professor",
        "instructor",
        "tutor",
        "freelancer",
        "contractor",
        "technician",
        "operator",
        "accountant",
        "recruiter",
        "strategist",
        "evangelist",
        "advocate",
        "maintainer",
        "fellow",
        "postdoc",
        "webmaster",
        "mentor",
        "devops",
        "swe",
        "sde",
        "programmer",
        "dba",
        "principal",
        "chief",
        "partner",
        "supervisor",
        "practitioner",
        // German
        "entwickler",
        "entwicklerin",
        "ingenieur",
        "ingenieurin",
        "leiter",
        "leiterin",
        "berater",
        "beraterin",
        "architekt",
        "architektin",
        "geschäftsführer",
        "geschäftsführerin",
        "werkstudent",
        "werkstudentin",
        "praktikant",
        "praktikantin",
        "gründer",
        "gründerin",
        "mitgründer",
        "programmierer",
        "programmiererin",
        "informatiker",
        "informatikerin",
        "fachinformatiker",
        "managerin",
        "designerin",
        "referent",
        "referentin",
        "mitarbeiter",
        "mitarbeiterin",
        "lehrer",
        "lehrerin",
        "dozent",
        "dozentin",
        "administratorin",
        "analystin",
        "testerin",
        // French
        "développeur",
        "développeuse",
        "developpeur",
        "ingénieur",
        "ingénieure",
        "chef",
        "responsable",
        "directeur",
        "directrice",
        "consultante",
        "stagiaire",
        "architecte",
        "analyste",
        "administrateur",
        "administratrice",
        "concepteur",
        "conceptrice",
        "technicien",
        "technicienne",
        "gérant",
        "gérante",
        "fondateur",
        "fondatrice",
        "cofondateur",
        "cofondatrice",
        "chargé",
        "chargée",
        "alternant",
        "alternante",
        "apprenti",
        "apprentie",
        "testeur",
        "testeuse",
        "formateur",
        "formatrice",
        "enseignant",
        "enseignante",
        // Spanish
        "desarrollador",
        "desarrolladora",
        "ingeniero",
        "ingeniera",
        "jefe",
        "jefa",
        "directora",
        "programador",
        "programadora",
        "analista",
        "consultor",
        "consultora",
        "gerente",
        "arquitecto",
        "arquitecta",
        "becario",
        "becaria",
        "técnico",
        "técnica",
        "administrador",
        "administradora",
        "diseñador",
        "diseñadora",
        "fundador",
        "fundadora",
        "líder",
        "coordinador",
        "coordinadora",
        "especialista",
        "profesor",
        "profesora",
        // Dutch
        "ontwikkelaar",
        "beheerder",
        "teamleider",
        "adviseur",
        "projectleider",
        "medewerker",
        "programmeur",
        "ontwerper",
        "stagiair",
        "directeur",
        "oprichter",
        "leidinggevende",
        "docent",
    });
    return set;
}

// Compounds end with a role: "Softwareentwicklerin", "Backend-ontwikkelaar", "Projektleiter".
const QStringList &titleSuffixes()
{
    static const QStringList list = {
        QStringLiteral("entwickler"),
        QStringLiteral("entwicklerin"),
        QStringLiteral("ingenieur"),
        QStringLiteral("ingenieurin"),
        QStringLiteral("leiter"),
        QStringLiteral("leiterin"),
        QStringLiteral("berater"),
        QStringLiteral("beraterin"),
        QStringLiteral("architekt"),
        QStringLiteral("architektin"),
        QStringLiteral("ontwikkelaar"),
        QStringLiteral("beheerder"),
        QStringLiteral("leider"),
        QStringLiteral("adviseur"),
        QStringLiteral("engineer"),
        QStringLiteral("developer"),
        QStringLiteral("designer"),
        QStringLiteral("manager"),
        QStringLiteral("administrator"),
        QStringLiteral("informatiker"),
        QStringLiteral("programmierer"),
        QStringLiteral("stagiair"),
        QStringLiteral("medewerker"),
        QStringLiteral("werkstudentin"),
        QStringLiteral("werkstudent"),
    };
    return list;
}

// Russian words change their endings; their stems are enough.
const QStringList &titleStems()
{
    static const QStringList list = {
        QStringLiteral("разработчи"),
        QStringLiteral("программист"),
        QStringLiteral("инженер"),
        QStringLiteral("руководител"),
        QStringLiteral("тимлид"),
        QStringLiteral("техлид"),
        QStringLiteral("директор"),
        QStringLiteral("аналитик"),
        QStringLiteral("архитектор"),
        QStringLiteral("менеджер"),
        QStringLiteral("специалист"),
        QStringLiteral("стажер"),
        QStringLiteral("стажёр"),
        QStringLiteral("консультант"),
        QStringLiteral("администратор"),
        QStringLiteral("тестировщик"),
        QStringLiteral("дизайнер"),
        QStringLiteral("преподавател"),
        QStringLiteral("основател"),
        QStringLiteral("начальник"),
        QStringLiteral("заведующ"),
    };
    return list;
}

const WordSet &legalSuffixes()
{
    static const WordSet set({
        "ltd",
        "ltd.",
        "limited",
        "inc",
        "inc.",
        "llc",
        "l.l.c.",
        "llp",
        "plc",
        "gmbh",
        "ag",
        "kg",
        "ug",
        "se",
        "sa",
        "s.a.",
        "sas",
        "sarl",
        "s.l.",
        "sl",
        "slu",
        "bv",
        "b.v.",
        "nv",
        "n.v.",
        "ab",
        "as",
        "a/s",
        "oy",
        "oyj",
        "co",
        "co.",
        "corp",
        "corp.",
        "corporation",
        "pty",
        "pty ltd",
        "pvt ltd",
        "s.r.o.",
        "sp. z o.o.",
        "spa",
        "s.p.a.",
        "srl",
        "ооо",
        "ао",
        "оао",
        "зао",
        "пао",
    });
    return set;
}

const WordSet &institutionWords()
{
    static const WordSet set({
        "university",
        "universität",
        "universitaet",
        "université",
        "universite",
        "universidad",
        "universidade",
        "universiteit",
        "università",
        "universitat",
        "college",
        "school",
        "institute",
        "institut",
        "instituto",
        "academy",
        "akademie",
        "académie",
        "academia",
        "hochschule",
        "fachhochschule",
        "école",
        "ecole",
        "escuela",
        "hogeschool",
        "polytechnic",
        "polytechnique",
        "politécnica",
        "politecnico",
        "politécnico",
        "gymnasium",
        "lyceum",
        "lycée",
        "bootcamp",
        "tu",
        "eth",
        "epfl",
        "mit",
        "kth",
        "ucl",
        "lse",
        "inseec",
        "insa",
        "iut",
        "cnam",
        "uned",
        "upm",
    });
    return set;
}

const QStringList &institutionStems()
{
    static const QStringList list = {
        QStringLiteral("университет"),
        QStringLiteral("институт"),
        QStringLiteral("академи"),
        QStringLiteral("училищ"),
        QStringLiteral("колледж"),
        QStringLiteral("школ"),
        QStringLiteral("universit"),
        QStringLiteral("hochschule"),
        QStringLiteral("akademie"),
    };
    return list;
}

const WordSet &degreeWords()
{
    static const WordSet set({
        "bachelor",
        "bachelor's",
        "bachelors",
        "master",
        "master's",
        "masters",
        "phd",
        "ph.d",
        "doctor",
        "doctorate",
        "degree",
        "diploma",
        "bsc",
        "b.sc",
        "msc",
        "m.sc",
        "ba",
        "ma",
        "mba",
        "beng",
        "meng",
        "b.s",
        "m.s",
        "bs",
        "ms",
        "b.a",
        "m.a",
        "specialist",
        "engineer's",
        "associate",
        "licence",
        "licenciatura",
        "licenciado",
        "licenciada",
        "grado",
        "máster",
        "diplom",
        "diplom-informatiker",
        "abschluss",
        "abitur",
        "magister",
        "promotion",
        "dr",
        "diplôme",
        "maîtrise",
        "doctorat",
        "dut",
        "bts",
        "ingeniería",
        "b.tech",
        "m.tech",
        "btech",
        "mtech",
        "b.e",
        "m.e",
        "havo",
        "vwo",
        "bachillerato",
        "baccalauréat",
        "matura",
        "doctoraal",
        "hbo",
        "wo",
        "mbo",
        "propedeuse",
        "bacheloropleiding",
        "graduate",
        "postgraduate",
        "undergraduate",
        "course",
        "kurs",
        "cours",
        "curso",
        "курс",
        "cursus",
        "a-levels",
        "gcse",
        "hnd",
        "certificate",
        "бакалавр",
        "бакалавриат",
        "магистр",
        "магистратура",
        "специалист",
        "специалитет",
        "аспирантура",
        "кандидат",
        "диплом",
    });
    return set;
}

const WordSet &languageNames()
{
    static const WordSet set({
        "english",
        "german",
        "french",
        "spanish",
        "russian",
        "dutch",
        "italian",
        "portuguese",
        "polish",
        "ukrainian",
        "chinese",
        "mandarin",
        "cantonese",
        "japanese",
        "korean",
        "arabic",
        "hindi",
        "turkish",
        "swedish",
        "norwegian",
        "danish",
        "finnish",
        "czech",
        "greek",
        "hebrew",
        "hungarian",
        "romanian",
        "bulgarian",
        "serbian",
        "croatian",
        "slovak",
        "slovenian",
        "estonian",
        "latvian",
        "lithuanian",
        "belarusian",
        "kazakh",
        "georgian",
        "armenian",
        "persian",
        "farsi",
        "urdu",
        "bengali",
        "tamil",
        "telugu",
        "malayalam",
        "marathi",
        "gujarati",
        "punjabi",
        "vietnamese",
        "thai",
        "indonesian",
        "malay",
        "tagalog",
        "swahili",
        "catalan",
        "basque",
        "galician",
        "irish",
        "welsh",
        "afrikaans",
        "latin",
        "esperanto",
        "yoruba",
        "igbo",
        "hausa",
        "amharic",
        "deutsch",
        "englisch",
        "französisch",
        "spanisch",
        "russisch",
        "italienisch",
        "niederländisch",
        "portugiesisch",
        "polnisch",
        "türkisch",
        "chinesisch",
        "japanisch",
        "schwedisch",
        "anglais",
        "allemand",
        "français",
        "espagnol",
        "russe",
        "italien",
        "néerlandais",
        "portugais",
        "arabe",
        "chinois",
        "japonais",
        "español",
        "castellano",
        "inglés",
        "alemán",
        "francés",
        "ruso",
        "italiano",
        "portugués",
        "catalán",
        "neerlandés",
        "chino",
        "русский",
        "английский",
        "немецкий",
        "французский",
        "испанский",
        "итальянский",
        "украинский",
        "китайский",
        "nederlands",
        "engels",
        "duits",
        "frans",
        "spaans",
        "italiaans",
        "svenska",
        "suomi",
        "polski",
        "português",
        "türkçe",
        "العربية",
    });
    return set;
}

const WordSet &proficiencyWords()
{
    static const WordSet set({
        "native",
        "mother",
        "tongue",
        "fluent",
        "fluency",
        "proficient",
        "professional",
        "working",
        "conversational",
        "intermediate",
        "advanced",
        "basic",
        "beginner",
        "elementary",
        "bilingual",
        "a1",
        "a2",
        "b1",
        "b2",
        "c1",
        "c2",
        "muttersprache",
        "fließend",
        "verhandlungssicher",
        "grundkenntnisse",
        "gut",
        "sehr",
        "gute",
        "langue",
        "maternelle",
        "courant",
        "courante",
        "bilingue",
        "notions",
        "intermédiaire",
        "avancé",
        "nativo",
        "nativa",
        "materna",
        "fluido",
        "básico",
        "avanzado",
        "intermedio",
        "родной",
        "свободно",
        "свободный",
        "разговорный",
        "базовый",
        "средний",
        "upper-intermediate",
        "moedertaal",
        "vloeiend",
        "goed",
        "basiskennis",
    });
    return set;
}

struct Country
{
    const char *code;
    const char *names; // '|' separated, lower case
};

// Countries named in CVs, in English and the other supported languages.
constexpr Country kCountries[] = {
    {"AR", "argentina|argentinien|argentine"},
    {"AM", "armenia|armenien|arménie|армения"},
    {"AU", "australia|australien|australie"},
    {"AT", "austria|österreich|autriche|австрия|oostenrijk"},
    {"BY", "belarus|weißrussland|biélorussie|беларусь"},
    {"BE", "belgium|belgien|belgique|bélgica|бельгия|belgië"},
    {"BR", "brazil|brasilien|brésil|brasil|бразилия|brazilië"},
    {"BG", "bulgaria|bulgarien|bulgarie|болгария"},
    {"CA", "canada|kanada|canadá|канада"},
    {"CL", "chile|chili|чили"},
    {"CN", "china|chine|китай"},
    {"CO", "colombia|kolumbien|colombie"},
    {"HR", "croatia|kroatien|croatie|хорватия"},
    {"CY", "cyprus|zypern|chypre|кипр"},
    {"CZ", "czech republic|czechia|tschechien|république tchèque|chequia|чехия|tsjechië"},
    {"DK", "denmark|dänemark|danemark|dinamarca|дания|denemarken"},
    {"EG", "egypt|ägypten|égypte|egipto|египет"},
    {"EE", "estonia|estland|estonie|эстония"},
    {"FI", "finland|finnland|finlande|finlandia|финляндия"},
    {"FR", "france|frankreich|francia|франция|frankrijk"},
    {"GE", "georgia|georgien|géorgie|грузия"},
    {"DE", "germany|deutschland|allemagne|alemania|германия|duitsland"},
    {"GR", "greece|griechenland|grèce|grecia|греция|griekenland"},
    {"HK", "hong kong"},
    {"HU", "hungary|ungarn|hongrie|hungría|венгрия|hongarije"},
    {"IS", "iceland|island|islande|islandia|исландия|ijsland"},
    {"IN", "india|indien|inde|индия"},
    {"ID", "indonesia|indonesien|indonésie|индонезия"},
    {"IE", "ireland|irland|irlande|irlanda|ирландия|ierland"},
    {"IL", "israel|israël|израиль"},
    {"IT", "italy|italien|italie|italia|италия|italië"},
    {"JP", "japan|japon|japón|япония"},
    {"KZ", "kazakhstan|kasachstan|казахстан"},
    {"KE", "kenya|kenia|кения"},
    {"LV", "latvia|lettland|lettonie|letonia|латвия|letland"},
    {"LT", "lithuania|litauen|lituanie|lituania|литва|litouwen"},
    {"LU", "luxembourg|luxemburg|luxemburgo|люксембург"},
    {"MY", "malaysia|malaisie|malasia|малайзия"},
    {"MT", "malta|malte|мальта"},
    {"MX", "mexico|méxico|mexiko|mexique|мексика"},
    {"MD", "moldova|moldau|moldavie|молдова"},
    {"MA", "morocco|marokko|maroc|marruecos|марокко"},
    {"NL", "netherlands|the netherlands|holland|niederlande|pays-bas|países bajos|нидерланды|nederland"},
    {"NZ", "new zealand|neuseeland|nouvelle-zélande|nueva zelanda|новая зеландия|nieuw-zeeland"},
    {"NG", "nigeria|nigéria|нигерия"},
    {"NO", "norway|norwegen|norvège|noruega|норвегия|noorwegen"},
    {"PK", "pakistan|пакистан"},
    {"PE", "peru|pérou|perú|перу"},
    {"PH", "philippines|philippinen|filipinas|филиппины"},
    {"PL", "poland|polen|pologne|polonia|польша"},
    {"PT", "portugal|португалия"},
    {"RO", "romania|rumänien|roumanie|rumania|румыния|roemenië"},
    {"RU", "russia|russian federation|russland|russie|rusia|россия|rusland"},
    {"RS", "serbia|serbien|serbie|сербия|servië"},
    {"SG", "singapore|singapur|singapour|сингапур"},
    {"SK", "slovakia|slowakei|slovaquie|eslovaquia|словакия"},
    {"SI", "slovenia|slowenien|slovénie|eslovenia|словения"},
    {"ZA", "south africa|südafrika|afrique du sud|sudáfrica|юар"},
    {"KR", "south korea|korea|südkorea|corée du sud|corea del sur|южная корея"},
    {"ES", "spain|spanien|espagne|españa|испания|spanje"},
    {"SE", "sweden|schweden|suède|suecia|швеция|zweden"},
    {"CH", "switzerland|schweiz|suisse|suiza|швейцария|zwitserland"},
    {"TW", "taiwan|тайвань"},
    {"TH", "thailand|thaïlande|tailandia|таиланд"},
    {"TR", "turkey|türkiye|türkei|turquie|turquía|турция|turkije"},
    {"UA", "ukraine|ucrania|украина|oekraïne"},
    {"AE", "united arab emirates|uae|vereinigte arabische emirate|émirats arabes unis|оаэ"},
    {"GB",
        "united kingdom|uk|great britain|england|scotland|wales|großbritannien|royaume-uni|reino "
        "unido|великобритания|verenigd koninkrijk"},
    {"US",
        "united states|usa|u.s.a|us|united states of america|vereinigte staaten|états-unis|estados "
        "unidos|сша|verenigde staten"},
    {"UY", "uruguay"},
    {"UZ", "uzbekistan|usbekistan|узбекистан"},
    {"VN", "vietnam|viet nam|вьетнам"},
};

const QHash<QString, QString> &countries()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const Country &c : kCountries) {
            for (const QString &name : QString::fromUtf8(c.names).split(QLatin1Char('|')))
                m.insert(name, QString::fromLatin1(c.code));
        }
        return m;
    }();
    return map;
}

// clang-format on

bool wordMatchesTitle(QStringView word)
{
    if (titleWords().contains(word))
        return true;
    for (const QString &suffix : titleSuffixes()) {
        if (word.size() > suffix.size() && word.endsWith(suffix))
            return true;
    }
    if (!word.isEmpty() && word.front().script() == QChar::Script_Cyrillic) {
        for (const QString &stem : titleStems()) {
            if (word.startsWith(stem))
                return true;
        }
    }
    return false;
}

} // namespace

bool containsBoilerplatePhrase(QStringView normalizedText);
const QStringList &boilerplatePhrases();

// Every word that any section name or boilerplate phrase uses: a line with none of them
// names no section, and needs no closer look.
bool mentionsSectionWord(QStringView text)
{
    static const WordSet vocabulary = [] {
        QStringList words;
        auto add = [&words](QStringView phrase) {
            anyWord(phrase, [&words](QStringView w) {
                words.append(w.toString());
                return false;
            });
        };
        const SectionTable &table = sectionTable();
        for (auto it = table.phrases.cbegin(); it != table.phrases.cend(); ++it)
            add(it.key());
        for (const auto &keyword : table.keywords)
            add(keyword.first);
        for (const QString &phrase : boilerplatePhrases())
            add(phrase);
        words.removeDuplicates();
        return WordSet(words);
    }();
    return anyWord(text, [](QStringView w) {
        return vocabulary.contains(w) || w.startsWith(u"опыт") || w.endsWith(u"erfahrung");
    });
}

static int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = !c.isSpace();
        count += w && !inWord;
        inWord = w;
    }
    return count;
}

QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('#') || c == QLatin1Char('`'))
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += lower(c);
    }
    while (!out.isEmpty()
        && (out.back() == QLatin1Char(':') || out.back() == QLatin1Char('.') || out.back() == QLatin1Char(',')
            || out.back() == QLatin1Char(' ')))
        out.chop(1);
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}

SectionKind sectionKind(QStringView heading)
{
    // Section headings are short and use a section's words; most lines are neither.
    if (heading.size() > 80 || !mentionsSectionWord(heading))
        return SectionKind::None;
    const QString text = normalized(heading);
    if (text.isEmpty())
        return SectionKind::None;
    const SectionTable &table = sectionTable();
    if (auto it = table.phrases.constFind(text); it != table.phrases.cend())
        return it.value();
    if (containsBoilerplatePhrase(text))
        return SectionKind::Boilerplate;
    int count = 0;
    anyWord(text, [&](QStringView) { return ++count > 7; });
    if (count > 7)
        return SectionKind::None;
    SectionKind found = SectionKind::None;
    anyWord(text, [&](QStringView w) {
        for (const auto &[keyword, kind] : table.keywords) {
            if (w == keyword) {
                found = kind;
                return true;
            }
        }
        // "Опыт работы", "Berufliche Erfahrung"… whose key word is inflected or compounded.
        if (w.startsWith(u"опыт") || w.endsWith(u"erfahrung")) {
            found = SectionKind::Work;
            return true;
        }
        return false;
    });
    return found;
}

bool isBadge(QStringView text)
{
    static const QStringList phrases = {
        QStringLiteral("top rated"),
        QStringLiteral("verified"),
        QStringLiteral("rising talent"),
        QStringLiteral("top talent"),
        QStringLiteral("member since"),
        QStringLiteral("expert-vetted"),
        QStringLiteral("available for hire"),
        QStringLiteral("open to work"),
    };
    const QString t = normalized(text);
    for (const QString &phrase : phrases) {
        if (t.contains(phrase))
            return true;
    }
    return false;
}

bool isBoilerplate(QStringView text)
{
    return containsBoilerplatePhrase(normalized(text));
}

const QStringList &boilerplatePhrases()
{
    static const QStringList phrases = {
        QStringLiteral("how to work with"),
        QStringLiteral("how to hire"),
        QStringLiteral("start hiring"),
        QStringLiteral("hire the top"),
        QStringLiteral("cookie"),
        QStringLiteral("privacy policy"),
        QStringLiteral("terms of service"),
        QStringLiteral("terms of use"),
        QStringLiteral("sign up"),
        QStringLiteral("log in"),
        QStringLiteral("skip to content"),
        QStringLiteral("powered by"),
        QStringLiteral("similar profiles"),
        QStringLiteral("related profiles"),
        QStringLiteral("back to top"),
        QStringLiteral("all rights reserved"),
    };
    return phrases;
}

bool containsBoilerplatePhrase(QStringView t)
{
    for (const QString &phrase : boilerplatePhrases()) {
        if (t.contains(phrase))
            return true;
    }
    return false;
}

bool hasTitleWord(QStringView text)
{
    return anyWord(text, [](QStringView w) { return wordMatchesTitle(w); });
}

bool isLegalSuffix(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 12)
        return false;
    return legalSuffixes().contains(QStringView(text.toString().toLower()));
}

bool hasInstitutionWord(QStringView text)
{
    return anyWord(text, [](QStringView w) {
        if (institutionWords().contains(w))
            return true;
        for (const QString &stem : institutionStems()) {
            if (w.startsWith(stem) || (w.size() > stem.size() + 2 && w.endsWith(stem)))
                return true;
        }
        return false;
    });
}

bool hasDegreeWord(QStringView text)
{
    return anyWord(text, [](QStringView w) { return degreeWords().contains(w); });
}

bool isNaturalLanguage(QStringView text)
{
    bool natural = false;
    anyWord(text, [&](QStringView w) {
        natural = languageNames().contains(w);
        return true; // only the first word counts
    });
    return natural;
}

bool isProficiency(QStringView text)
{
    return anyWord(text, [](QStringView w) { return proficiencyWords().contains(w); });
}

bool isWorkMode(QStringView text)
{
    if (text.size() > 24)
        return false;
    static const WordSet modes({
        "remote",
        "remotely",
        "fully remote",
        "hybrid",
        "on-site",
        "onsite",
        "on site",
        "home office",
        "remote work",
        "télétravail",
        "à distance",
        "remoto",
        "en remoto",
        "удалённо",
        "удаленно",
        "удалённая работа",
        "удаленная работа",
        "op afstand",
        "thuiswerk",
    });
    return modes.contains(normalized(text));
}

QString countryCode(QStringView name)
{
    // The longest name in the table is four words ("United States of America").
    if (name.size() > 40 || wordCount(name) > 4)
        return {};
    return countries().value(normalized(name));
}

// clang-format off
QString networkForUrl(QStringView url)
{
    const QUrl parsed(url.toString(), QUrl::TolerantMode);
    QString host = parsed.host().toLower();
    if (host.isEmpty() && !url.contains(QLatin1String("://")))
        host = QUrl(QStringLiteral("https://") + url.toString()).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.sliced(4);
    static const QList<QPair<QString, QString>> hosts = {
        {QStringLiteral("linkedin.com"), QStringLiteral("LinkedIn")},
        {QStringLiteral("github.com"), QStringLiteral("GitHub")},
        {QStringLiteral("gitlab.com"), QStringLiteral("GitLab")},
        {QStringLiteral("bitbucket.org"), QStringLiteral("Bitbucket")},
        {QStringLiteral("codeberg.org"), QStringLiteral("Codeberg")},
        {QStringLiteral("twitter.com"), QStringLiteral("Twitter")},
        {QStringLiteral("x.com"), QStringLiteral("X")},
        {QStringLiteral("t.me"), QStringLiteral("Telegram")},
        {QStringLiteral("telegram.me"), QStringLiteral("Telegram")},
        {QStringLiteral("stackoverflow.com"), QStringLiteral("Stack Overflow")},
        {QStringLiteral("medium.com"), QStringLiteral("Medium")},
        {QStringLiteral("dribbble.com"), QStringLiteral("Dribbble")},
        {QStringLiteral("behance.net"), QStringLiteral("Behance")},
        {QStringLiteral("xing.com"), QStringLiteral("XING")},
        {QStringLiteral("facebook.com"), QStringLiteral("Facebook")},
        {QStringLiteral("instagram.com"), QStringLiteral("Instagram")},
        {QStringLiteral("youtube.com"), QStringLiteral("YouTube")},
        {QStringLiteral("habr.com"), QStringLiteral("Habr")},
        {QStringLiteral("kaggle.com"), QStringLiteral("Kaggle")},
        {QStringLiteral("leetcode.com"), QStringLiteral("LeetCode")},
        {QStringLiteral("hh.ru"), QStringLiteral("HeadHunter")},
        {QStringLiteral("vk.com"), QStringLiteral("VK")},
        {QStringLiteral("researchgate.net"), QStringLiteral("ResearchGate")},
        {QStringLiteral("scholar.google.com"), QStringLiteral("Google Scholar")},
        {QStringLiteral("orcid.org"), QStringLiteral("ORCID")},
        {QStringLiteral("npmjs.com"), QStringLiteral("npm")},
        {QStringLiteral("crates.io"), QStringLiteral("crates.io")},
        {QStringLiteral("mastodon.social"), QStringLiteral("Mastodon")},
    };
    for (const auto &[domain, network] : hosts) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return network;
    }
    return QStringLiteral("Website");
}

QString networkForLabel(QStringView label)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("github"), QStringLiteral("GitHub")},
        {QStringLiteral("gitlab"), QStringLiteral("GitLab")},
        {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("twitter"), QStringLiteral("Twitter")},
        {QStringLiteral("x"), QStringLiteral("X")},
        {QStringLiteral("telegram"), QStringLiteral("Telegram")},
        {QStringLiteral("tg"), QStringLiteral("Telegram")},
        {QStringLiteral("skype"), QStringLiteral("Skype")},
        {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp")},
        {QStringLiteral("signal"), QStringLiteral("Signal")},
        {QStringLiteral("mastodon"), QStringLiteral("Mastodon")},
        {QStringLiteral("stackoverflow"), QStringLiteral("Stack Overflow")},
        {QStringLiteral("stack overflow"), QStringLiteral("Stack Overflow")},
        {QStringLiteral("xing"), QStringLiteral("XING")},
        {QStringLiteral("dribbble"), QStringLiteral("Dribbble")},
        {QStringLiteral("behance"), QStringLiteral("Behance")},
        {QStringLiteral("medium"), QStringLiteral("Medium")},
        {QStringLiteral("kaggle"), QStringLiteral("Kaggle")},
        {QStringLiteral("website"), QStringLiteral("Website")},
        {QStringLiteral("web"), QStringLiteral("Website")},
        {QStringLiteral("site"), QStringLiteral("Website")},
        {QStringLiteral("homepage"), QStringLiteral("Website")},
        {QStringLiteral("home page"), QStringLiteral("Website")},
        {QStringLiteral("blog"), QStringLiteral("Blog")},
        {QStringLiteral("portfolio"), QStringLiteral("Portfolio")},
        {QStringLiteral("webseite"), QStringLiteral("Website")},
        {QStringLiteral("site web"), QStringLiteral("Website")},
        {QStringLiteral("sitio web"), QStringLiteral("Website")},
        {QStringLiteral("сайт"), QStringLiteral("Website")},
        {QStringLiteral("телеграм"), QStringLiteral("Telegram")},
    };
    return labels.value(normalized(label));
}

ContactField contactField(QStringView label)
{
    static const QHash<QString, ContactField> fields = [] {
        QHash<QString, ContactField> f;
        auto add = [&](ContactField field, std::initializer_list<const char *> names) {
            for (const char *n : names)
                f.insert(QString::fromUtf8(n), field);
        };
        add(ContactField::Email, {"email", "e-mail", "mail", "e-mail address", "email address", "courriel",
                                  "correo", "correo electrónico", "почта", "электронная почта", "e-mailadres"});
        add(ContactField::Phone, {"phone", "tel", "telephone", "mobile", "cell", "mob", "telefon", "handy",
                                  "mobil", "téléphone", "portable", "teléfono", "móvil", "телефон", "тел",
                                  "telefoon", "mobiel"});
        add(ContactField::Location, {"location", "address", "city", "based in", "residence", "lives in",
                                     "wohnort", "ort", "standort", "adresse", "anschrift", "ville",
                                     "localisation", "ubicación", "ciudad", "dirección", "город",
                                     "местоположение", "адрес", "woonplaats", "locatie", "adres", "plaats"});
        add(ContactField::Website, {"website", "web", "site", "homepage", "url", "webseite", "site web",
                                    "sitio web", "сайт"});
        add(ContactField::Name, {"name", "full name", "nom", "nombre", "имя", "naam"});
        add(ContactField::Title, {"title", "position", "role", "headline", "titel", "poste", "puesto",
                                  "должность", "functie"});
        return f;
    }();
    return fields.value(normalized(label), ContactField::None);
}

// clang-format on

} // namespace Shortlist::Lexicon
