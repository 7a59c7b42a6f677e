#pragma once

#include <QList>
#include <QStringView>

#include <array>

namespace ShortlistBench {

// The words a CV written in one language uses: section headings, months, job titles,
// sentences. Strings are UTF-16 literals; bullets and summaries may hold "%1" for a number.
struct Vocabulary
{
    QList<QStringView> summaryHeadings;
    QList<QStringView> experienceHeadings;
    QList<QStringView> educationHeadings;
    QList<QStringView> skillsHeadings;
    QList<QStringView> languagesHeadings;

    std::array<QStringView, 12> months; // as written before a year: "March", "März", "mars"
    std::array<QStringView, 12> shortMonths; // "Mar", "März", "mars", "янв."
    QList<QStringView> presentWords; // "Present", "heute", "aujourd'hui"
    QList<QStringView> rangeSeparators; // " – ", " bis ", " à "
    QStringView numericSeparator; // between month and year: "03/2018", "03.2018"
    QStringView at; // "Engineer at Company"
    QStringView remote;
    std::array<QStringView, 4> tableColumns; // period, company, role, highlights

    QList<QStringView> firstNames;
    QList<QStringView> lastNames;
    QList<QStringView> cities;
    QStringView phonePrefix;
    QList<QStringView> companies;
    QList<QStringView> titles;
    QList<QStringView> summaries;
    QList<QStringView> employers; // a line about an employer, under a job's heading
    QList<QStringView> bullets;
    QList<QStringView> degrees;
    QList<QStringView> schools;
    std::array<QStringView, 5> skillGroups; // in the order of technologies()
    QList<QStringView> spokenLanguages; // the CV's own language first
    QList<QStringView> fluencies; // the first one means "native"
};

enum class CvLanguage { English, German, French, Spanish, Russian, Dutch };

const Vocabulary &vocabulary(CvLanguage language);

// Five groups of technology names, matching Vocabulary::skillGroups.
const std::array<QList<QStringView>, 5> &technologies();

} // namespace ShortlistBench
