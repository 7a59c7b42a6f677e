#include "lexicon.h"

#include "characters.h"
#include "places.h"
#include "vocabulary.h"

#include <QUrl>

#include <algorithm>

namespace Shortlist::Lexicon {

using namespace detail;

namespace {

// The set of title words is passed in: its accessor, called once per text rather than once
// per word, tests its static's guard on every call. The same in the has…Word() below.
bool wordMatchesTitle(QStringView word, const WordSet &titles)
{
    if (titles.contains(word))
        return true;
    // Compounds ("Softwareentwicklerin") are long; compare endings only there.
    if (word.size() >= 9) {
        for (const QString &suffix : titleSuffixes()) {
            if (word.size() > suffix.size() && word.back() == suffix.back() && word.endsWith(suffix))
                return true;
        }
    }
    // Chinese and Japanese write a role inside the run of characters: "软件工程师".
    if (!word.isEmpty() && word.front().unicode() >= 0x3040 && word.front().unicode() < 0xa000) {
        static constexpr QStringView roles[] = {u"工程师", u"开发", u"经理", u"总监", u"主管", u"实习",
            u"设计师", u"架构师", u"程序员", u"顾问", u"研究员", u"负责人", u"エンジニア", u"開発",
            u"マネージャー", u"部長", u"課長"};
        for (QStringView role : roles) {
            if (word.contains(role))
                return true;
        }
    }
    if (!word.isEmpty() && Characters::isCyrillic(word.front())) {
        for (const QString &stem : titleStems()) {
            if (word.front() == stem.front() && word.startsWith(stem))
                return true;
        }
    }
    return false;
}

// "Опыт работы", "Berufliche Erfahrung"… whose key word is inflected or compounded. Its
// first or last letter is looked at before the word is compared.
bool isInflectedWorkWord(QStringView word)
{
    return (word.size() >= 4 && word.front() == QChar(u'о') && word.startsWith(u"опыт"))
        || (word.size() >= 9 && word.back() == QLatin1Char('g') && word.endsWith(u"erfahrung"));
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
        return vocabulary.contains(w) || isInflectedWorkWord(w);
    });
}

static int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = !Characters::isSpace(c);
        count += w && !inWord;
        inWord = w;
    }
    return count;
}

QString normalized(QStringView text)
{
    return NormalizedKey(text).view().toString();
}

QStringView withoutTrailingRule(QStringView text)
{
    QStringView kept = Characters::trimmed(text);
    qsizetype end = kept.size();
    while (end > 0 && (kept[end - 1] == QLatin1Char('-') || kept[end - 1] == QLatin1Char('=')))
        --end;
    // A single dash is part of the text ("C-"); a run of them is a rule drawn after it.
    return kept.size() - end >= 2 ? Characters::trimmed(kept.first(end)) : kept;
}

// Chinese and Japanese write a heading as one run of characters ("项目经历", "工作经验"): its
// section is found by the words inside it, projects before work ("项目经历" is projects).
SectionKind cjkSectionKind(QStringView heading)
{
    static const std::pair<QStringView, SectionKind> words[] = {{u"项目", SectionKind::Projects},
        {u"プロジェクト", SectionKind::Projects}, {u"工作", SectionKind::Work}, {u"职业经历", SectionKind::Work},
        {u"職歴", SectionKind::Work}, {u"職務経歴", SectionKind::Work}, {u"教育", SectionKind::Education},
        {u"学历", SectionKind::Education}, {u"学歴", SectionKind::Education}, {u"技能", SectionKind::Skills},
        {u"技术栈", SectionKind::Skills}, {u"スキル", SectionKind::Skills}, {u"语言", SectionKind::Languages},
        {u"証明", SectionKind::Certificates}, {u"证书", SectionKind::Certificates}, {u"要約", SectionKind::Summary},
        {u"自己PR", SectionKind::Summary}, {u"自我评价", SectionKind::Summary}, {u"个人简介", SectionKind::Summary},
        // Korean
        {u"경력", SectionKind::Work}, {u"학력", SectionKind::Education}, {u"기술", SectionKind::Skills},
        {u"자격", SectionKind::Certificates}, {u"프로젝트", SectionKind::Projects}, {u"어학", SectionKind::Languages},
        {u"자기소개", SectionKind::Summary}, {u"인적사항", SectionKind::Contacts}};
    // ("職務経歴書", "履歴書", "이력서": the document's own name, a title over the whole CV.)
    if (heading.size() > 16 || heading.endsWith(u"歴書") || heading == u"이력서")
        return SectionKind::None;
    for (const auto &[word, kind] : words) {
        if (heading.contains(word))
            return kind;
    }
    return SectionKind::None;
}

// "WORKEXPERIENCE", "Expérienceprofessionnelle 1": a heading of one word that is a
// section's phrase without its spaces (typed so, or extracted from a PDF without them),
// with perhaps a number after it.
static SectionKind gluedSectionKind(QStringView heading)
{
    heading = heading.trimmed();
    while (!heading.isEmpty() && (heading.back().isDigit() || heading.back().isSpace() || heading.back() == u'.'))
        heading.chop(1);
    if (heading.size() < 8 || heading.size() > 40)
        return SectionKind::None;
    for (QChar c : heading) {
        if (!c.isLetter())
            return SectionKind::None;
    }
    const NormalizedKey key(heading);
    return sectionTable().gluedPhrases.value(key.view(), SectionKind::None);
}

SectionKind sectionKind(QStringView heading)
{
    for (QChar c : heading) {
        // (Kana and CJK ideographs, and Hangul syllables.)
        if ((c.unicode() >= 0x3040 && c.unicode() < 0xa000) || (c.unicode() >= 0xac00 && c.unicode() < 0xd7a4)) {
            if (const SectionKind kind = cjkSectionKind(heading.trimmed()); kind != SectionKind::None)
                return kind;
            break;
        }
    }
    heading = withoutTrailingRule(heading);
    // ("🧰 Tech Stack", "» Experience": a picture or a sign before the heading's words.)
    while (!heading.isEmpty() && !heading.front().isLetterOrNumber() && heading.front() != u'(')
        heading = heading.sliced(1);
    // Section headings are short and use a section's words; most lines are neither.
    if (heading.size() > 80)
        return SectionKind::None;
    if (!mentionsSectionWord(heading))
        return gluedSectionKind(heading);
    const NormalizedKey key(heading);
    const QStringView text = key.view();
    if (text.isEmpty())
        return SectionKind::None;
    const SectionTable &table = sectionTable();
    if (auto it = table.phrases.constFind(text); it != table.phrases.cend())
        return it.value();
    if (containsBoilerplatePhrase(text))
        return SectionKind::Boilerplate;
    // One pass over the words: a heading of more than seven names no section, else the
    // first key word among them does.
    int count = 0;
    SectionKind found = SectionKind::None;
    auto keywordKind = [&table](QStringView w) {
        if (const auto it = table.keywordKinds.constFind(w); it != table.keywordKinds.cend())
            return it.value();
        return isInflectedWorkWord(w) ? SectionKind::Work : SectionKind::None;
    };
    const bool tooLong = anyWord(text, [&](QStringView w) {
        if (++count > 7)
            return true;
        // "Volunteer experience" is not work, wherever its words stand.
        const SectionKind kind = keywordKind(w);
        if (found == SectionKind::None || kind == SectionKind::Other)
            found = kind == SectionKind::None ? found : kind;
        return false;
    });
    if (tooLong)
        return SectionKind::None;
    return found;
}

const QStringList &nameIntroductions()
{
    static const QStringList phrases = [] {
        QStringList list;
        for (const char *phrase : {"my name is", "i'm", "i’m", "i am", "mein name ist", "ich heiße", "ich bin",
                 "je m'appelle", "je m’appelle", "je suis", "mon nom est", "me llamo", "mi nombre es",
                 "mi chiamo", "il mio nome è", "meu nome é", "chamo-me", "eu sou", "mijn naam is", "ik ben",
                 "ik heet", "jag heter", "jag är", "mitt namn är", "jeg heter", "jeg er", "nazywam się",
                 "jmenuji se", "benim adım", "меня зовут", "мене звати"})
            list.append(QString::fromUtf8(phrase));
        return list;
    }();
    return phrases;
}

const QStringList &placeIntroductions()
{
    static const QStringList phrases = [] {
        QStringList list;
        for (const char *phrase : {"based in", "located in", "living in", "lives in", "i live in", "residing in",
                 "wohnhaft in", "ich lebe in", "woonachtig in", "woonachtig te", "wonend in", "basé à", "basée à",
                 "j'habite à", "basado en", "basada en", "vivo en", "residente en", "residente a", "vivo a",
                 "moro em", "bor i", "mieszkam w", "живу в", "проживаю в"})
            list.append(QString::fromUtf8(phrase));
        return list;
    }();
    return phrases;
}

bool isSubheadingLabel(QStringView text)
{
    static const QStringList labels = {
        QStringLiteral("achievements"),
        QStringLiteral("key achievements"),
        QStringLiteral("accomplishments"),
        QStringLiteral("key accomplishments"),
        QStringLiteral("responsibilities"),
        QStringLiteral("duties"),
        QStringLiteral("tasks"),
        QStringLiteral("results"),
        QStringLiteral("highlights"),
        QStringLiteral("main tasks"),
        QStringLiteral("aufgaben"),
        QStringLiteral("erfolge"),
        QStringLiteral("tätigkeiten"),
        QStringLiteral("réalisations"),
        QStringLiteral("missions"),
        QStringLiteral("responsabilités"),
        QStringLiteral("logros"),
        QStringLiteral("responsabilidades"),
        QStringLiteral("обязанности"),
        QStringLiteral("достижения"),
        QStringLiteral("taken"),
        QStringLiteral("resultaten"),
        QStringLiteral("verantwoordelijkheden"),
    };
    return text.endsWith(QLatin1Char(':')) && labels.contains(normalized(text));
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
    const NormalizedKey key(text);
    const QStringView t = key.view();
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
    // Every phrase has one of these words; most lines have none of them.
    static const WordSet cues({"how", "hire", "hiring", "cookie", "cookies", "privacy", "terms", "sign",
        "log", "skip", "powered", "profiles", "back", "rights"});
    if (!anyWord(t, [](QStringView w) { return cues.contains(w); }))
        return false;
    for (const QString &phrase : boilerplatePhrases()) {
        if (t.contains(phrase))
            return true;
    }
    return false;
}

bool hasTitleWord(QStringView text)
{
    const WordSet &titles = titleWords();
    return anyWord(text, [&titles](QStringView w) { return wordMatchesTitle(w, titles); });
}

TitleEvidence titleEvidence(QStringView text)
{
    // Words that rank a role but need a noun after them to name one: "Lead Developer" is a
    // role, "Lead Galaxy" a company whose name starts with a title's word.
    static const WordSet ranks({"lead", "senior", "junior", "principal", "chief", "head", "staff", "sr", "jr"});
    const WordSet &titles = titleWords();
    bool any = false, role = false;
    anyWord(text, [&](QStringView w) {
        if (wordMatchesTitle(w, titles)) {
            any = true;
            role = !ranks.contains(w);
        }
        return role;
    });
    if (role)
        return TitleEvidence::Role;
    if (!any)
        return TitleEvidence::None;
    // "Lead" or "Senior" alone is a role still; followed by words that name none, not.
    return wordCount(text) == 1 ? TitleEvidence::Role : TitleEvidence::RankOnly;
}

bool isExperienceCategory(QStringView text)
{
    static const WordSet words({"industry", "industrial", "research", "academia", "academic", "teaching", "consulting",
        "freelance", "freelancing", "internships", "internship", "startups", "corporate", "government", "public sector",
        "non-profit", "nonprofit", "military", "open source", "other", "previous", "earlier", "selected", "relevant",
        "additional", "professional", "engineering", "management", "leadership", "industry experience",
        "earlier career", "early career", "previous experience", "other experience", "earlier experience",
        "research experience", "teaching experience", "industrie", "forschung", "lehre", "praktika", "wissenschaft",
        "recherche", "enseignement", "stages", "investigación", "docencia", "prácticas", "ricerca", "didattica",
        "pesquisa", "docência", "estágios", "onderzoek", "onderwijs"});
    const NormalizedKey key(text);
    return !key.view().isEmpty() && key.view().size() <= 24 && words.contains(key.view());
}

bool mentionsBreakFromWork(QStringView text)
{
    // Most lines hold none of these words: one look at each word first, the phrases only
    // where one stands.
    static const WordSet triggers({"break", "sabbatical", "leave", "gap", "elternzeit", "mutterschutz", "auszeit",
        "sabbatjahr", "congé", "sabbatique", "baja", "excedencia", "licença", "licença-maternidade", "congedo",
        "ouderschapsverlof", "zwangerschapsverlof", "föräldraledig", "urlop", "dovolená", "декрет", "отпуск"});
    if (text.size() > 200 || !anyWord(text, [](QStringView w) { return triggers.contains(NormalizedKey(w).view()); }))
        return false;
    static const QStringList phrases = [] {
        QStringList list;
        for (const char *phrase : {"career break", "sabbatical", "parental leave", "maternity leave", "paternity leave",
                 "family leave", "gap year", "elternzeit", "mutterschutz", "auszeit", "sabbatjahr", "congé parental",
                 "congé maternité", "année sabbatique", "baja maternal", "excedencia", "licença maternidade",
                 "licença-maternidade", "congedo parentale", "ouderschapsverlof", "zwangerschapsverlof", "föräldraledig",
                 "urlop macierzyński", "urlop rodzicielski", "rodičovská dovolená", "mateřská dovolená",
                 "декрет", "отпуск по уходу"})
            list.append(QString::fromUtf8(phrase));
        return list;
    }();
    return std::any_of(phrases.cbegin(), phrases.cend(),
        [text](const QString &phrase) { return text.contains(phrase, Qt::CaseInsensitive); });
}

bool isLegalSuffix(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 12)
        return false;
    // Most are ASCII, and lower-cased on the stack; QString::toLower() for the others.
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; }))
        return legalSuffixes().contains(QStringView(text.toString().toLower()));
    QVarLengthArray<QChar, 12> lower;
    for (QChar c : text)
        lower.append(Characters::toLower(c));
    return legalSuffixes().contains(QStringView(lower.data(), lower.size()));
}

bool hasInstitutionWord(QStringView text)
{
    const WordSet &institutions = institutionWords();
    // The stems apart by script, sorted once: a word is compared with its own script's only.
    struct Stems
    {
        QList<QStringView> latin, cyrillic;
    };
    static const Stems byScript = [] {
        Stems stems;
        for (const QString &stem : institutionStems())
            (Characters::isCyrillic(stem.front()) ? stems.cyrillic : stems.latin).append(stem);
        return stems;
    }();
    return anyWord(text, [&institutions](QStringView w) {
        if (institutions.contains(w))
            return true;
        // Stems catch inflections and compounds: "университета", "Fachhochschule".
        if (w.size() < 4)
            return false;
        for (QStringView stem : Characters::isCyrillic(w.front()) ? byScript.cyrillic : byScript.latin) {
            // First and last letters before whole comparisons: most words share neither.
            if ((w.front() == stem.front() && w.startsWith(stem))
                || (w.size() > stem.size() + 2 && w.back() == stem.back() && w.endsWith(stem)))
                return true;
        }
        return false;
    });
}

bool hasDegreeWord(QStringView text)
{
    const WordSet &degrees = degreeWords();
    const auto isDegree = [&degrees](QStringView w) { return degrees.contains(w); };
    if (anyWord(text, isDegree))
        return true;
    // "B. Sc.", "M. A.": an abbreviation written with a space after an initial. The space at
    // `i` follows one ("B. ") and a letter follows it.
    auto spaceAfterInitial = [text](qsizetype i) {
        return text[i] == QLatin1Char(' ') && i >= 2 && i + 1 < text.size() && text[i - 1] == QLatin1Char('.')
            && text[i - 2].isLetter() && (i < 3 || !text[i - 3].isLetter()) && text[i + 1].isLetter();
    };
    bool any = false;
    for (qsizetype i = text.indexOf(QLatin1String(". ")); i >= 0 && !any; i = text.indexOf(QLatin1String(". "), i + 1))
        any = spaceAfterInitial(i + 1);
    if (!any)
        return false;
    QString joined;
    joined.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!spaceAfterInitial(i))
            joined += text[i];
    }
    return anyWord(joined, isDegree);
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

namespace {

const WordSet &workModes()
{
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
    return modes;
}

// The longest work mode is 24 characters; the longest country four words ("United States
// of America") in at most 40.
bool mayBeWorkMode(QStringView text)
{
    return text.size() <= 24;
}

bool mayBeCountry(QStringView name)
{
    return name.size() <= 40 && wordCount(name) <= 4;
}

} // namespace

bool isWorkMode(QStringView text)
{
    return mayBeWorkMode(text) && workModes().contains(NormalizedKey(text).view());
}

bool isWorkModeOrCountry(QStringView text)
{
    const bool mode = mayBeWorkMode(text), country = mayBeCountry(text);
    if (!mode && !country)
        return false;
    const NormalizedKey key(text);
    return (mode && workModes().contains(key.view()))
        || (country && (countries().contains(key.view()) || territoryNames().contains(key.view())));
}

QString cityCountryCode(QStringView name)
{
    if (name.size() > 30 || wordCount(name) > 3)
        return {};
    return cities().value(NormalizedKey(name).view());
}

QString countryCode(QStringView name)
{
    if (!mayBeCountry(name))
        return {};
    const NormalizedKey key(name);
    if (const auto it = countries().constFind(key.view()); it != countries().cend())
        return it.value();
    return territoryNames().value(key.view());
}

QString regionCountryCode(QStringView code)
{
    if (code.size() < 2 || code.size() > 3)
        return {};
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return {};
    }
    return regionCodes().value(code);
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
                                  "correo", "correo electrónico", "почта", "электронная почта", "e-mailadres",
                                  "e-post", "epost", "e-posta", "eposta", "sähköposti", "e-mail-adresse",
                                  "adresse e-mail", "correio eletrônico", "correio electrónico", "poczta",
                                  "пошта", "електронна пошта", "邮箱", "电子邮件", "メール", "이메일",
                                  "✉", "📧", "📨", "📩", "💌"});
        add(ContactField::Phone, {"phone", "tel", "telephone", "mobile", "cell", "mob", "telefon", "handy",
                                  "mobil", "téléphone", "portable", "teléfono", "móvil", "телефон", "тел",
                                  "telefoon", "mobiel", "phone number", "telephone number", "mobile phone",
                                  "cell phone", "telefonnummer", "mobilnummer", "telefono", "cellulare",
                                  "telefone", "celular", "puhelin", "telefonu", "тел.", "моб", "мобильный",
                                  "电话", "手机", "電話", "연락처", "전화", "전화번호", "휴대폰",
                                  "☎", "📞", "📱", "℡", "☏", "✆"});
        add(ContactField::Location, {"location", "address", "city", "based in", "residence", "lives in",
                                     "wohnort", "ort", "standort", "adresse", "anschrift", "ville",
                                     "localisation", "ubicación", "ciudad", "dirección", "город",
                                     "местоположение", "адрес", "woonplaats", "locatie", "adres", "plaats",
                                     "home address", "indirizzo", "città", "località", "residenza",
                                     "endereço", "cidade", "localização", "lokalizacja", "miejscowość",
                                     "adress", "bostadsort", "sijainti", "osoite", "adresa",
                                     "місто", "адреса", "地址", "所在地", "住所", "現住所", "居住地", "주소",
                                     "📍", "🏠", "🏡", "🌍", "🌎", "🌏", "🗺"});
        add(ContactField::Website, {"website", "web", "site", "homepage", "url", "webseite", "site web",
                                    "sitio web", "сайт", "webb", "webbplats", "sito", "sito web", "strona",
                                    "strona www", "strona domowa", "🔗", "🌐"});
        add(ContactField::Name, {"name", "full name", "nom", "nombre", "имя", "naam", "nome", "namn", "navn",
                                 "imię i nazwisko", "ad soyad", "фио", "ім'я", "姓名", "名前", "氏名", "이름", "성명"});
        add(ContactField::Title, {"title", "position", "role", "headline", "titel", "poste", "puesto",
                                  "должность", "functie", "희망 직무", "求职意向"});
        return f;
    }();
    const QString key = normalized(label);
    if (const auto it = fields.constFind(key); it != fields.cend())
        return it.value();
    // "Private phone", "Email (work)": a label of two or three words that ends or starts with
    // one of a field's words.
    if (key.size() > 40 || wordCount(key) > 3)
        return ContactField::None;
    const qsizetype firstSpace = key.indexOf(QLatin1Char(' '));
    if (firstSpace < 0)
        return ContactField::None;
    const ContactField last = fields.value(key.sliced(key.lastIndexOf(QLatin1Char(' ')) + 1), ContactField::None);
    if (last == ContactField::Email || last == ContactField::Phone || last == ContactField::Location)
        return last;
    const ContactField first = fields.value(key.first(firstSpace), ContactField::None);
    return first == ContactField::Email || first == ContactField::Phone ? first : ContactField::None;
}

// clang-format on

} // namespace Shortlist::Lexicon
