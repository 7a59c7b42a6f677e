#include "vocabulary.h"

namespace Shortlist::Lexicon::detail {

bool isOtherWordCharacter(QChar c)
{
    return Characters::isLetterOrNumber(c) || c.unicode() == 0x2019;
}

// The vocabulary reads best as running lists of words.
// clang-format off
const SectionTable &sectionTable()
{
    static const SectionTable table = [] {
        SectionTable t;
        auto phrases = [&](SectionKind kind, std::initializer_list<const char *> list) {
            for (const char *p : list) {
                t.storage.append(QString::fromUtf8(p));
                t.phrases.insert(QStringView(t.storage.last()), kind);
            }
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
                "краткая информация", "profiel", "over mij", "samenvatting", "persoonlijk profiel",
                "podsumowanie", "podsumowanie zawodowe", "profil zawodowy", "o mnie", "profilo", "profilo professionale",
                "chi sono", "sobre mim", "resumo", "resumo profissional", "perfil profissional", "o mně", "profesní profil",
                "hakkımda", "özet", "profesyonel özet", "sammanfattning", "om mig", "profiili", "yhteenveto"});
        phrases(SectionKind::Work,
            {"experience", "experiences", "work", "work experience", "work experiences",
                "professional experience", "professional experiences", "employment",
                "employment history", "work history", "career", "career history", "positions",
                "relevant experience", "notable experience", "berufserfahrung", "berufliche erfahrung",
                "beruflicher werdegang", "werdegang", "berufspraxis", "praxiserfahrung", "berufliche stationen",
                "stationen", "berufliche laufbahn", "berufsweg", "expérience",
                "expériences", "expérience professionnelle", "expériences professionnelles",
                "parcours professionnel", "parcours", "experiencia", "experiencia laboral",
                "experiencia profesional", "trayectoria profesional",
                // Spain's standard academic CV (CVN) and those written after it
                "situación profesional", "situación profesional actual", "actividades anteriores",
                "cargos y actividades desempeñados con anterioridad", "historial profesional", "опыт", "опыт работы",
                "профессиональный опыт", "трудовая деятельность", "места работы", "werkervaring", "ervaring",
                "werkgeschiedenis", "loopbaan", "arbeitserfahrung", "professional history", "work history",
                "employment", "career experience", "industry experience", "relevant work experience",
                "experiência", "experiências", "experiência profissional", "experiências profissionais",
                "histórico profissional", "esperienza", "esperienze", "esperienza lavorativa",
                "esperienze lavorative", "esperienza professionale", "esperienze professionali",
                "arbetslivserfarenhet", "erfarenhet", "arbetserfarenhet", "yrkeserfarenhet", "anställningar",
                "erhvervserfaring", "arbejdserfaring", "erfaring", "arbeidserfaring", "yrkeserfaring",
                "työkokemus", "työhistoria", "doświadczenie", "doświadczenie zawodowe", "przebieg pracy",
                "zkušenosti", "pracovní zkušenosti", "praxe", "profesní zkušenosti", "deneyim",
                "iş deneyimi", "deneyimler", "iş tecrübesi", "tecrübe", "工作经历", "工作经验", "职业经历",
                "職歴", "経歴", "досвід роботи", "досвід", "çalışma geçmişi", "iş geçmişi", "kariyer",
                // Internships are positions (LABELLING): their own section is work too.
                "internships", "internship", "stages", "stage", "praktika", "praktikum", "stageervaring",
                "prácticas", "practicas", "prácticas profesionales", "estágios", "estágio", "tirocini",
                "tirocinio", "praktyki", "staże", "stáže", "praktikumy",
                // Hungarian, Romanian, Greek, Vietnamese, Indonesian and Malay
                "szakmai tapasztalat", "munkatapasztalat", "tapasztalat", "munkahelyek", "szakmai gyakorlat",
                "experiență profesională", "experienta profesionala", "experiență", "experiență de muncă",
                "istoric profesional", "επαγγελματική εμπειρία", "εργασιακή εμπειρία", "εμπειρία",
                "kinh nghiệm làm việc", "kinh nghiệm", "quá trình làm việc", "pengalaman kerja", "pengalaman",
                "riwayat pekerjaan", "pengalaman profesional", "pengalaman bekerja"});
        phrases(SectionKind::Education,
            {"education", "academic background", "studies", "qualifications", "ausbildung", "bildung",
                "studium", "bildungsweg", "akademischer werdegang", "formation", "formations", "études",
                "diplômes", "educación", "formación", "formación académica", "estudios", "образование",
                "opleiding", "opleidingen", "formação", "formação acadêmica", "formação académica", "educação",
                "istruzione", "formazione", "istruzione e formazione", "utbildning", "uddannelse", "utdanning",
                "koulutus", "wykształcenie", "edukacja", "vzdělání", "eğitim", "öğrenim", "教育", "教育背景",
                "学历", "学歴", "освіта", "educational background", "academic curriculum", "education and training",
                "formazione accademica", "kształcenie", "escolaridade", "escolaridad", "formação escolar",
                "bildungsabschlüsse", "schulbildung", "schulische ausbildung", "akademische ausbildung",
                "hochschulbildung", "studium und ausbildung", "tanulmányok", "végzettség", "képzettség", "oktatás",
                "iskolai végzettség", "educație", "educatie", "educație și formare", "studii", "formare",
                "εκπαίδευση", "σπουδές", "học vấn", "trình độ học vấn", "giáo dục", "pendidikan",
                "riwayat pendidikan", "pendidikan formal"});
        phrases(SectionKind::Skills,
            {"skills", "technical skills", "key skills", "core skills", "skill set", "skillset",
                "competencies", "core competencies", "expertise", "tech stack", "technologies",
                "technology stack", "tools", "tools and technologies", "preferred environment", "kenntnisse",
                "fachkenntnisse", "it-kenntnisse", "technische kenntnisse", "fähigkeiten", "kompetenzen",
                "fertigkeiten", "compétences", "compétences techniques", "habilidades", "competencias",
                "conocimientos", "habilidades técnicas", "навыки", "ключевые навыки", "технические навыки",
                "технологии", "стек", "vaardigheden", "competenties", "kennis", "competências", "competenze",
                "competenze tecniche", "kompetenser", "färdigheter", "kompetencer", "ferdigheter", "taidot",
                "osaaminen", "umiejętności", "technologie", "dovednosti", "znalosti", "technologie",
                "yetenekler", "beceriler", "teknolojiler", "技能", "专业技能", "技术栈", "スキル", "навички", "skill",
                "keywords", "areas of expertise", "technical expertise", "tecnologías", "tecnologias", "tecnologie",
                "technologieën", "technologien", "programming languages", "lenguajes de programación",
                "langages de programmation", "programmiersprachen", "linguagens de programação",
                "linguaggi di programmazione", "herramientas", "ferramentas", "outils", "werkzeuge", "strumenti",
                "készségek", "ismeretek", "kompetenciák", "szakmai ismeretek", "competențe", "abilități",
                "aptitudini", "competențe tehnice", "δεξιότητες", "ικανότητες", "τεχνικές δεξιότητες", "kỹ năng",
                "keahlian", "keterampilan", "kemampuan", "kemahiran"});
        phrases(SectionKind::Projects,
            {"projects", "portfolio", "side projects", "personal projects", "open source",
                "selected projects", "projekte", "projets", "proyectos", "проекты", "projecten", "projetos",
                "progetti", "projekt", "projekty", "projeler", "项目", "项目经历", "проєкти", "projektek",
                "proiecte", "έργα", "dự án", "proyek", "projek"});
        phrases(SectionKind::Certificates,
            {"certificates", "certifications", "certification", "licenses", "licenses & certifications",
                "courses", "zertifikate", "zertifizierungen", "weiterbildung", "certificats", "certificados",
                "certificaciones", "сертификаты", "курсы", "certificaten", "cursussen", "tanúsítványok",
                "certificări", "πιστοποιήσεις", "chứng chỉ", "sertifikat", "sertifikasi"});
        phrases(SectionKind::Languages,
            {"languages", "language", "spoken languages", "language skills", "sprachen", "sprachkenntnisse", "langues",
                "idiomas", "языки", "знание языков", "владение языками", "talen", "talenkennis", "lingue",
                "språk", "sprog", "kielet", "języki", "jazyky", "diller", "语言", "мови", "nyelvtudás", "nyelvek",
                "limbi străine", "limbi", "γλώσσες", "ξένες γλώσσες", "ngoại ngữ", "ngôn ngữ", "bahasa"});
        phrases(SectionKind::Contacts,
            {"contact", "contacts", "contact information", "contact details", "links", "social", "find me",
                "elsewhere", "kontakt", "kontaktdaten", "coordonnées", "contacto", "contactos", "contato", "contatos", "контакты",
                "контактная информация", "contactgegevens", "contact me", "contact info", "get in touch",
                "personal information", "personal details", "personal data", "personal info",
                "persönliche daten", "persönliche angaben", "informations personnelles", "datos personales",
                "dati personali", "contatti", "dados pessoais", "contato", "личные данные",
                "persoonlijke gegevens", "kontaktinformation", "kontaktuppgifter", "dane osobowe",
                "kişisel bilgiler", "iletişim", "个人信息", "联系方式"});
        phrases(SectionKind::Other,
            {"interests", "hobbies", "awards", "honors", "publications", "volunteering", "references", "talks",
                "presentations", "speaking", "conference talks", "vorträge", "conférences", "charlas", "ponencias",
                "bonus", "availability", "interessen", "hobbys", "ehrenamt", "auszeichnungen",
                "centres d'intérêt", "loisirs", "intereses", "aficiones", "otros", "хобби", "интересы",
                "публикации", "hobby's", "interesses", "overig", "vrijwilligerswerk", "publikationen", "publikacje", "publicaciones",
                "publicações", "pubblicazioni", "publicaties", "zainteresowania", "nagrody", "osiągnięcia"});

        keywords(SectionKind::Work,
            {"experience", "experiences", "employment", "berufserfahrung", "expérience", "expériences", "experiencia",
                "опыт", "werkervaring", "ervaring", "experiência", "esperienza", "esperienze", "erfarenhet",
                "arbetslivserfarenhet", "erfaring", "työkokemus", "doświadczenie", "zkušenosti", "deneyim",
                "deneyimi", "досвід", "positions", "appointments", "posten", "postes", "puestos", "cargos",
                "tapasztalat", "experiență", "εμπειρία", "pengalaman"});
        keywords(SectionKind::Education,
            {"education", "ausbildung", "formation", "formación", "formazione", "educación", "образование", "opleiding", "formação",
                "istruzione", "utbildning", "wykształcenie", "vzdělání", "eğitim", "bildungsabschlüsse", "schulbildung",
                "bildungsweg", "hochschulbildung"});
        keywords(SectionKind::Skills,
            {"skills", "kenntnisse", "compétences", "habilidades", "навыки", "vaardigheden", "proficiencies", "umiejętności",
                "kompetencje", "competenze", "competências", "competencias", "kompetenzen", "fähigkeiten", "dovednosti",
                "beceriler", "yetenekler", "навички", "kompetenser", "færdigheder", "ferdigheter", "taidot",
                // (Not "technologies": "AVG Technologies" is a company.)
                "lenguajes", "herramientas", "ferramentas", "outils", "werkzeuge", "programmiersprachen", "toolbox",
                "toolkit"});
        keywords(
            SectionKind::Projects, {"projects", "projekte", "projets", "proyectos", "проекты", "projecten"});
        keywords(SectionKind::Certificates,
            {"certifications", "certificates", "zertifikate", "certificats", "сертификаты"});
        keywords(SectionKind::Languages, {"languages", "sprachen", "langues", "idiomas", "языки", "talen"});
        // Words that make a heading with "experience" in it something else than work.
        keywords(SectionKind::Other,
            {"publications", "publikationen", "publikacje", "publicaciones", "pubblicazioni", "volunteer", "volunteering", "voluntary", "organisasi", "organizational", "organisational", "ehrenamt", "ehrenamtliche", "ehrenamtlich", "bénévolat",
                "bénévole", "voluntariado", "voluntario", "volontariato", "vrijwilligerswerk", "волонтерство",
                "волонтёрство", "wolontariat", "dobrovolnictví", "gönüllü", "ideellt", "frivilligt"});
        // Views of the list's strings, made once the list is complete and no longer grows.
        for (const auto &[keyword, kind] : std::as_const(t.keywords)) {
            if (!t.keywordKinds.contains(QStringView(keyword)))
                t.keywordKinds.insert(QStringView(keyword), kind);
        }
        for (auto it = t.phrases.cbegin(); it != t.phrases.cend(); ++it) {
            if (it.key().contains(u' ')) {
                t.storage.append(it.key().toString().remove(u' '));
                t.gluedPhrases.insert(QStringView(t.storage.last()), it.value());
            }
        }
        return t;
    }();
    return table;
}

const WordSet &titleWords()
{
    static const WordSet set({
        // English
        "engineer", "engineers", "developer", "developers", "programmer", "lead", "leader", "manager",
        "architect", "director", "head", "cto", "ceo", "cfo", "coo", "cio", "cpo", "vp", "svp", "evp",
        "president", "founder", "co-founder", "cofounder", "consultant", "analyst", "designer", "scientist",
        "researcher", "administrator", "admin", "sysadmin", "specialist", "intern", "trainee", "apprentice",
        "tester", "qa", "sre", "owner", "officer", "coordinator", "assistant", "associate", "editor",
        "writer", "teacher", "lecturer", "professor", "instructor", "tutor", "freelancer", "contractor",
        "technician", "operator", "accountant", "recruiter", "strategist", "evangelist", "advocate",
        "maintainer", "fellow", "postdoc", "webmaster", "mentor", "devops", "swe", "sde", "programmer",
        "dba", "principal", "chief", "partner", "supervisor", "practitioner", "representative", "clerk",
        "cashier", "teller", "receptionist", "nurse", "electrician", "mechanic",
        // German
        "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "berater",
        "beraterin", "architekt", "architektin", "geschäftsführer", "geschäftsführerin", "werkstudent",
        "werkstudentin", "praktikant", "praktikantin", "gründer", "gründerin", "mitgründer", "programmierer",
        "programmiererin", "informatiker", "informatikerin", "fachinformatiker", "managerin", "designerin",
        "referent", "referentin", "mitarbeiter", "mitarbeiterin", "lehrer", "lehrerin", "dozent", "dozentin",
        "administratorin", "analystin", "testerin",
        // French
        "développeur", "développeuse", "developpeur", "ingénieur", "ingénieure", "chef", "responsable",
        "directeur", "directrice", "consultante", "stagiaire", "architecte", "analyste", "administrateur",
        "administratrice", "concepteur", "conceptrice", "technicien", "technicienne", "gérant", "gérante",
        "fondateur", "fondatrice", "cofondateur", "cofondatrice", "chargé", "chargée", "alternant",
        "alternante", "apprenti", "apprentie", "testeur", "testeuse", "formateur", "formatrice",
        "enseignant", "enseignante",
        // Spanish
        "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "jefe", "jefa", "directora",
        "programador", "programadora", "analista", "consultor", "consultora", "gerente", "arquitecto",
        "arquitecta", "becario", "becaria", "técnico", "técnica", "administrador", "administradora",
        "diseñador", "diseñadora", "fundador", "fundadora", "líder", "coordinador", "coordinadora",
        "especialista", "profesor", "profesora",
        // Dutch
        "ontwikkelaar", "beheerder", "teamleider", "adviseur", "projectleider", "medewerker", "programmeur",
        "ontwerper", "stagiair", "directeur", "oprichter", "leidinggevende", "docent",
        // Portuguese
        "desenvolvedor", "desenvolvedora", "programador", "engenheiro", "engenheira", "estagiário",
        "estagiária", "coordenador", "coordenadora", "diretor", "diretora", "arquiteto", "arquiteta",
        "consultor", "gestor", "gestora", "técnico", "fundador", "sócio", "professor", "pesquisador",
        "pesquisadora",
        // Italian
        "sviluppatore", "sviluppatrice", "ingegnere", "programmatore", "programmatrice", "tirocinante",
        "stagista", "responsabile", "consulente", "progettista", "tecnico", "direttore", "direttrice",
        "fondatore", "fondatrice", "ricercatore", "ricercatrice", "docente", "cuoco", "impiegato",
        "impiegata", "capo",
        // Scandinavian and Finnish
        "utvecklare", "systemutvecklare", "ingenjör", "projektledare", "utvikler", "udvikler",
        "rådgiver", "konsulent", "ingeniør", "kehittäjä", "ohjelmistokehittäjä", "insinööri",
        "konsultti", "johtaja", "utbildare", "brandinspektör", "lärare",
        // Polish and Czech
        "programista", "programistka", "inżynier", "kierownik", "specjalista", "specjalistka", "starszy",
        "młodszy", "architekt", "konsultant", "założyciel", "vývojář", "vývojářka", "programátor",
        "inženýr", "vedoucí", "konzultant", "analytik", "tester", "ředitel",
        // Turkish
        "geliştirici", "mühendis", "mühendisi", "uzman", "uzmanı", "araştırmacı", "araştırmacısı",
        "yönetici", "yöneticisi", "müdür", "müdürü", "danışman", "öğretim", "üyesi", "stajyer",
        "asistan", "görevlisi", "kidemli", "kıdemli", "lider",
        // Hungarian, Romanian, Greek, Vietnamese, Indonesian
        "fejlesztő", "szoftverfejlesztő", "mérnök", "vezető", "gyakornok", "tanácsadó", "elemző", "programozó",
        "rendszergazda", "tesztelő", "inginer", "dezvoltator", "programator", "administrator", "tehnician",
        "analist", "manager", "stagiar", "consultant", "προγραμματιστής", "προγραμματίστρια", "μηχανικός",
        "αναλυτής", "σύμβουλος", "διευθυντής", "ασκούμενος", "ασκούμενη", "υπεύθυνος", "lập trình viên",
        "kỹ sư", "trưởng nhóm", "thực tập sinh", "chuyên viên", "quản lý", "pengembang", "programmer",
        "insinyur", "magang", "manajer", "analis", "konsultan", "kepala",
    });
    return set;
}

// Compounds end with a role: "Softwareentwicklerin", "Backend-ontwikkelaar", "Projektleiter".
const QStringList &titleSuffixes()
{
    static const QStringList list = {
        QStringLiteral("entwickler"), QStringLiteral("entwicklerin"), QStringLiteral("ingenieur"),
        QStringLiteral("ingenieurin"), QStringLiteral("leiter"), QStringLiteral("leiterin"),
        QStringLiteral("berater"), QStringLiteral("beraterin"), QStringLiteral("architekt"),
        QStringLiteral("architektin"), QStringLiteral("ontwikkelaar"), QStringLiteral("beheerder"),
        QStringLiteral("leider"), QStringLiteral("adviseur"), QStringLiteral("engineer"),
        QStringLiteral("developer"), QStringLiteral("designer"), QStringLiteral("manager"),
        QStringLiteral("administrator"), QStringLiteral("informatiker"), QStringLiteral("programmierer"),
        QStringLiteral("stagiair"), QStringLiteral("medewerker"), QStringLiteral("werkstudentin"),
        QStringLiteral("werkstudent"), QStringLiteral("utvecklare"), QStringLiteral("ingenjör"),
        QStringLiteral("kehittäjä"), QStringLiteral("utvikler"), QStringLiteral("udvikler"),
    };
    return list;
}

// Russian words change their endings; their stems are enough.
const QStringList &titleStems()
{
    static const QStringList list = {
        QStringLiteral("разработчи"), QStringLiteral("программист"), QStringLiteral("инженер"),
        QStringLiteral("руководител"), QStringLiteral("тимлид"), QStringLiteral("техлид"),
        QStringLiteral("директор"), QStringLiteral("аналитик"), QStringLiteral("архитектор"),
        QStringLiteral("менеджер"), QStringLiteral("специалист"), QStringLiteral("стажер"),
        QStringLiteral("стажёр"), QStringLiteral("консультант"), QStringLiteral("администратор"),
        QStringLiteral("тестировщик"), QStringLiteral("дизайнер"), QStringLiteral("преподавател"),
        QStringLiteral("основател"), QStringLiteral("начальник"), QStringLiteral("заведующ"),
        // Ukrainian
        QStringLiteral("розробни"), QStringLiteral("програміст"), QStringLiteral("інженер"),
        QStringLiteral("керівни"), QStringLiteral("тестувальни"), QStringLiteral("верстальни"),
        QStringLiteral("аналітик"), QStringLiteral("стажист"), QStringLiteral("фахів"),
    };
    return list;
}

const WordSet &legalSuffixes()
{
    static const WordSet set({
        "ltd", "ltd.", "limited", "inc", "inc.", "llc", "l.l.c.", "llp", "plc", "gmbh", "ag", "kg", "ug",
        "se", "sa", "s.a.", "sas", "sarl", "s.l.", "sl", "slu", "bv", "b.v.", "nv", "n.v.", "ab", "as",
        "a/s", "oy", "oyj", "co", "co.", "corp", "corp.", "corporation", "pty", "pty ltd", "pvt ltd",
        "s.r.o.", "a.s.", "z.s.", "o.p.s.", "e.v.", "sp. z o.o.", "o.o.", "s.c.", "sp.j.", "sp.k.", "s.a.s.", "s.n.c.",
        "s.r.l.", "s.l.u.", "lda", "lda.", "ltda", "ltda.", "kft", "kft.", "zrt", "zrt.", "d.o.o.", "a.ş.", "ltd.şti.",
        "spa", "s.p.a.", "srl", "ооо", "ао", "оао", "зао", "пао",
    });
    return set;
}

const WordSet &institutionWords()
{
    static const WordSet set({
        "university", "universität", "universitaet", "université", "universite", "universidad",
        "universidade", "universiteit", "università", "universitat", "college", "school", "institute",
        "institut", "instituto", "academy", "akademie", "académie", "academia", "hochschule",
        "fachhochschule", "école", "ecole", "escuela", "hogeschool", "polytechnic", "polytechnique",
        "politécnica", "politecnico", "politécnico", "gymnasium", "lyceum", "lycée", "bootcamp", "tu", "eth",
        "epfl", "mit", "kth", "ucl", "lse", "inseec", "insa", "iut", "cnam", "uned", "upm", "politechnika",
        "uniwersytet", "akademia", "szkoła", "üniversitesi", "üniversite", "högskola", "högskolan", "yliopisto",
        "faculty", "fakultät", "faculdade", "facoltà", "facultad", "faculté", "大学", "学院", "board",
        // Czech, Slovak, the South Slavic languages, Hungarian
        "univerzita", "univerzity", "univerzitet", "sveučilište", "fakulta", "fakulteta", "škola", "gymnázium",
        "čvut", "egyetem", "főiskola", "tudományegyetem", "universitatea", "facultatea", "πανεπιστήμιο",
        "πολυτεχνείο", "університет", "інститут", "академія", "universitas", "politeknik", "lukio",
        "ammattikorkeakoulu", "đại học", "học viện", "trường",
        // Spain's secondary schools: "IES Almenara" (Instituto de Educación Secundaria)
        "ies",
    });
    return set;
}

const QStringList &institutionStems()
{
    static const QStringList list = {
        QStringLiteral("университет"), QStringLiteral("институт"), QStringLiteral("академи"),
        QStringLiteral("училищ"), QStringLiteral("колледж"), QStringLiteral("школ"),
        QStringLiteral("universit"), QStringLiteral("hochschule"), QStringLiteral("akademie"),
        QStringLiteral("üniversite"), QStringLiteral("uniwersytet"), QStringLiteral("högskol"), QStringLiteral("kolleg"),
        QStringLiteral("schule"),
    };
    return list;
}

const WordSet &degreeWords()
{
    static const WordSet set({
        "bachelor", "bachelor's", "bachelors", "master", "master's", "masters", "phd", "ph.d", "doctor",
        "doctorate", "degree", "diploma", "bsc", "b.sc", "msc", "m.sc", "ba", "ma", "mba", "beng", "meng",
        "b.s", "m.s", "bs", "ms", "b.a", "m.a", "specialist", "engineer's", "associate", "licence",
        "licenciatura", "licenciado", "licenciada", "grado", "máster", "diplom", "diplom-informatiker",
        "abschluss", "abitur", "magister", "promotion", "dr", "diplôme", "maîtrise", "doctorat", "dut",
        "bts", "ingeniería", "b.tech", "m.tech", "btech", "mtech", "b.e", "m.e", "havo", "vwo",
        "bachillerato", "baccalauréat", "matura", "doctoraal", "hbo", "wo", "mbo", "propedeuse",
        "bacheloropleiding", "graduate", "postgraduate", "undergraduate", "course", "kurs", "cours", "curso",
        "курс", "cursus", "a-levels", "gcse", "hnd", "certificate", "бакалавр", "бакалавриат", "магистр",
        "магистратура", "специалист", "специалитет", "аспирантура", "кандидат", "диплом", "ausbildung",
        "laurea", "triennale", "magistrale", "dottorato", "bacharelado", "bacharel", "mestrado", "doutorado",
        "ingeniero", "ingeniera", "doctorado", "inżynier", "inżyniera", "licencjat", "lisans", "önlisans",
        "doktora", "bakalář", "magistr", "inženýr", "kandidatexamen", "masterexamen", "civilingenjör",
        "gymnasieexamen", "学士", "硕士", "博士", "本科", "secondary",
        // school-leaving and vocational levels: Brazil's "Ensino médio" and "Tecnólogo", Spain's
        // ESO, Germany's Fachhochschulreife and Realschulabschluss
        "ensino", "tecnólogo", "tecnóloga", "tecnologo", "eso", "fachhochschulreife", "realschulabschluss",
        "hauptschulabschluss",
        // Finnish, Ukrainian, Greek, Romanian, Hungarian, Vietnamese, Indonesian
        "diplomi-insinööri", "kandidaatti", "maisteri", "tohtori", "ylioppilas", "insinööri", "магістр",
        "магістратура", "спеціаліст", "πτυχίο", "μεταπτυχιακό", "διδακτορικό", "δίπλωμα", "licență", "licenta",
        "masterat", "diplomă", "alapképzés", "mesterképzés", "kỹ sư", "cử nhân", "thạc sĩ", "tiến sĩ",
        "sarjana", "s1", "s2", "d3",
    });
    return set;
}

const WordSet &languageNames()
{
    static const WordSet set({
        "english", "german", "french", "spanish", "russian", "dutch", "italian", "portuguese", "polish",
        "ukrainian", "chinese", "mandarin", "cantonese", "japanese", "korean", "arabic", "hindi", "turkish",
        "swedish", "norwegian", "danish", "finnish", "czech", "greek", "hebrew", "hungarian", "romanian",
        "bulgarian", "serbian", "croatian", "slovak", "slovenian", "estonian", "latvian", "lithuanian",
        "belarusian", "kazakh", "georgian", "armenian", "persian", "farsi", "urdu", "bengali", "tamil",
        "telugu", "malayalam", "marathi", "gujarati", "punjabi", "vietnamese", "thai", "indonesian", "malay",
        "tagalog", "swahili", "catalan", "basque", "galician", "irish", "welsh", "afrikaans", "latin",
        "esperanto", "yoruba", "igbo", "hausa", "amharic", "deutsch", "englisch", "französisch", "spanisch",
        "russisch", "italienisch", "niederländisch", "portugiesisch", "polnisch", "türkisch", "chinesisch",
        "japanisch", "schwedisch", "anglais", "allemand", "français", "espagnol", "russe", "italien",
        "néerlandais", "portugais", "arabe", "chinois", "japonais", "español", "castellano", "inglés",
        "alemán", "francés", "ruso", "italiano", "portugués", "catalán", "neerlandés", "chino", "русский",
        "английский", "немецкий", "французский", "испанский", "итальянский", "украинский", "китайский",
        "nederlands", "engels", "duits", "frans", "spaans", "italiaans", "svenska", "suomi", "polski",
        "português", "türkçe", "العربية",
    });
    return set;
}

const WordSet &proficiencyWords()
{
    static const WordSet set({
        "native", "mother", "tongue", "fluent", "fluency", "proficient", "professional", "working",
        "conversational", "intermediate", "advanced", "basic", "beginner", "elementary", "bilingual", "a1",
        "a2", "b1", "b2", "c1", "c2", "muttersprache", "fließend", "verhandlungssicher", "grundkenntnisse",
        "gut", "sehr", "gute", "langue", "maternelle", "courant", "courante", "bilingue", "notions",
        "intermédiaire", "avancé", "nativo", "nativa", "materna", "fluido", "básico", "avanzado",
        "intermedio", "родной", "свободно", "свободный", "разговорный", "базовый", "средний",
        "upper-intermediate", "moedertaal", "vloeiend", "goed", "basiskennis",
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

// Names, '|'-separated, mapped to the code of their entry; the names are kept alive here
// so that the map can be looked up by view.
template<size_t N>
QHash<QStringView, QString> codesByName(const Country (&entries)[N], QStringList &storage)
{
    QHash<QStringView, QString> codes;
    for (const Country &entry : entries)
        storage += QString::fromUtf8(entry.names).split(QLatin1Char('|'));
    qsizetype i = 0;
    for (const Country &entry : entries) {
        const qsizetype count = QByteArrayView(entry.names).count('|') + 1;
        for (qsizetype k = 0; k < count; ++k)
            codes.insert(QStringView(storage.at(i++)), QString::fromLatin1(entry.code));
    }
    return codes;
}

const QHash<QStringView, QString> &countries()
{
    static QStringList names;
    static const QHash<QStringView, QString> codes = codesByName(kCountries, names);
    return codes;
}

// Cities that CVs name without their country, with the country they are in.
constexpr Country kCities[] = {
    {"AT", "vienna|wien|graz|linz|salzburg|innsbruck"},
    {"BE", "brussels|bruxelles|brussel|antwerp|antwerpen|ghent|gent|leuven|liège"},
    {"CH", "zurich|zürich|geneva|genève|basel|bern|lausanne|zug"},
    {"CZ", "prague|praha|brno"},
    {"DE", "berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|dusseldorf|leipzig|dresden|hannover|nuremberg|nürnberg|karlsruhe|bonn|bremen|essen|dortmund|mannheim|heidelberg|freiburg|münster|aachen|kiel|mainz"},
    {"DK", "copenhagen|københavn|aarhus|odense"},
    {"EE", "tallinn|tartu"},
    {"ES", "madrid|barcelona|valencia|seville|sevilla|bilbao|málaga|malaga|zaragoza"},
    {"FI", "helsinki|espoo|tampere|turku|oulu"},
    {"FR", "paris|lyon|marseille|toulouse|nice|nantes|bordeaux|lille|strasbourg|montpellier|rennes|grenoble"},
    {"GB", "london|manchester|edinburgh|glasgow|bristol|birmingham|leeds|liverpool|cambridge|oxford|cardiff|belfast|bath|reading|brighton|sheffield|newcastle|nottingham|guildford"},
    {"GR", "athens|αθήνα|thessaloniki"},
    {"HU", "budapest"},
    {"IE", "dublin|cork|galway|limerick"},
    {"IT", "rome|roma|milan|milano|turin|torino|naples|napoli|bologna|florence|firenze"},
    {"LT", "vilnius|kaunas"},
    {"LV", "riga"},
    {"NL", "amsterdam|rotterdam|utrecht|the hague|den haag|eindhoven|groningen|leiden|delft|haarlem|nijmegen|tilburg|arnhem"},
    {"NO", "oslo|bergen|trondheim|stavanger"},
    {"PL", "warsaw|warszawa|kraków|krakow|wrocław|wroclaw|gdańsk|gdansk|poznań|poznan|łódź|lodz"},
    {"PT", "lisbon|lisboa|porto|braga|coimbra"},
    {"RO", "bucharest|bucurești|cluj-napoca|iași|iasi|timișoara|timisoara"},
    {"RS", "belgrade|beograd|novi sad"},
    {"RU", "moscow|москва|saint petersburg|st. petersburg|санкт-петербург|novosibirsk|новосибирск|yekaterinburg|екатеринбург|kazan|казань|nizhny novgorod|нижний новгород"},
    {"SE", "stockholm|gothenburg|göteborg|malmö|malmo|uppsala|lund|linköping"},
    {"UA", "kyiv|kiev|київ|киев|lviv|львів|kharkiv|харків|odesa|odessa|dnipro"},
    {"BY", "minsk|минск"},
    {"GE", "tbilisi"},
    {"AM", "yerevan"},
    {"TR", "istanbul|ankara|izmir"},
    {"IL", "tel aviv|jerusalem|haifa"},
    {"AE", "dubai|abu dhabi"},
    {"IN", "bangalore|bengaluru|mumbai|delhi|new delhi|hyderabad|chennai|pune|kolkata|gurgaon|gurugram|noida|kochi|ahmedabad"},
    {"SG", "singapore"},
    {"JP", "tokyo|osaka|kyoto"},
    {"KR", "seoul|busan"},
    {"CN", "beijing|shanghai|shenzhen|hangzhou|guangzhou"},
    {"HK", "hong kong"},
    {"AU", "sydney|melbourne|brisbane|perth|adelaide|canberra"},
    {"NZ", "auckland|wellington|christchurch"},
    {"CA", "toronto|vancouver|montreal|montréal|ottawa|calgary|waterloo|edmonton|quebec city|québec"},
    {"US", "new york|new york city|nyc|san francisco|seattle|boston|austin|chicago|los angeles|san jose|denver|portland|atlanta|miami|washington|washington dc|philadelphia|pittsburgh|san diego|dallas|houston|raleigh|salt lake city|minneapolis|detroit|palo alto|mountain view|menlo park|sunnyvale|cupertino|redmond|brooklyn"},
    {"MX", "mexico city|ciudad de méxico|guadalajara|monterrey"},
    {"BR", "são paulo|sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|florianópolis"},
    {"AR", "buenos aires|córdoba"},
    {"CO", "bogotá|bogota|medellín|medellin"},
    {"CL", "santiago"},
    {"ZA", "cape town|johannesburg|durban|pretoria"},
    {"NG", "lagos|abuja"},
    {"KE", "nairobi"},
    {"EG", "cairo"},
};

const QHash<QStringView, QString> &cities()
{
    static QStringList names;
    static const QHash<QStringView, QString> codes = codesByName(kCities, names);
    return codes;
}

// clang-format on

} // namespace Shortlist::Lexicon::detail
