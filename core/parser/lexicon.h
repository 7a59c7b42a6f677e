#pragma once

#include <QString>
#include <QStringView>

namespace Shortlist::Lexicon {

// What a section heading says it holds, in English, German, French, Spanish, Russian or Dutch.
enum class SectionKind {
    None,
    Summary,
    Work,
    Education,
    Skills,
    Projects,
    Certificates,
    Languages,
    Contacts,
    Other, // known but not structured: interests, awards, publications…
    Boilerplate,
};

// Lower case, markup punctuation and trailing colons removed, white space folded.
QString normalized(QStringView text);

SectionKind sectionKind(QStringView heading);
// The text without a rule drawn after it: "SKILLS ----------" is "SKILLS".
QStringView withoutTrailingRule(QStringView text);
bool isBoilerplate(QStringView text);
// A hiring platform's badge: "Top Rated Freelancer", "Verified Expert in Engineering".
bool isBadge(QStringView text);
// "Achievements:", "Responsibilities:", "Aufgaben:": a sub-heading over an entry's highlights,
// which says nothing itself. "The team maintains:" is text.
bool isSubheadingLabel(QStringView text);

// A job title names a role: "Engineer", "Entwicklerin", "Chef de projet", "Разработчик"…
bool hasTitleWord(QStringView text);
// Whether a text names a role: by a title's word (one pass over its words), or only by a rank
// before a noun that names none ("Lead Galaxy").
enum class TitleEvidence { None, RankOnly, Role };
TitleEvidence titleEvidence(QStringView text);
// The words that introduce one's own name in a sentence, in lower case: "my name is",
// "i'm", "ik ben", "меня зовут"…
const QStringList &nameIntroductions();

// The words before where one lives, in lower case: "based in", "located in", "woonachtig
// in", "живу в"…
const QStringList &placeIntroductions();

// "Ltd.", "GmbH", "Inc"… that belong to the company name before them.
bool isLegalSuffix(QStringView text);
// "Industry", "Research", "Academia", "Internships": a heading that sorts positions by their
// kind, over them as a company's name would be, but naming none.
bool isExperienceCategory(QStringView text);
// "Career break", "Elternzeit", "Föräldraledig": a time away from work, written with its dates
// where a position would stand.
bool mentionsBreakFromWork(QStringView text);
bool hasInstitutionWord(QStringView text);
bool hasDegreeWord(QStringView text);
// English, Deutsch, français, русский… or a proficiency word ("fluent", "C1", "Muttersprache").
bool isNaturalLanguage(QStringView text);
bool isProficiency(QStringView text);
// "remote", "hybrid", "on-site" and the same in the other languages.
bool isWorkMode(QStringView text);
// isWorkMode(text) || !countryCode(text).isEmpty(), normalizing the text once.
bool isWorkModeOrCountry(QStringView text);

// ISO 3166-1 alpha-2 code of a country named in any supported language, or empty.
QString countryCode(QStringView name);
// The country code of a large city CVs name on its own ("Berlin", "Utrecht"), or empty.
QString cityCountryCode(QStringView name);
// The country code of a state or province written by its postal code after a city ("TX" in
// "Austin, TX"), in upper case as written, or empty.
QString regionCountryCode(QStringView code);

// The network a URL belongs to ("GitHub", "LinkedIn"…), "Website" for any other site.
QString networkForUrl(QStringView url);
// The network a label names ("GitHub", "Telegram"…), or empty.
QString networkForLabel(QStringView label);

enum class ContactField { None, Email, Phone, Location, Website, Name, Title };
// What a "Label:" in front of a contact value means ("E-mail", "Tel.", "Wohnort"…).
ContactField contactField(QStringView label);

} // namespace Shortlist::Lexicon
