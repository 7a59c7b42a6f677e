#include "syntheticprofiles.h"

#include "vocabulary.h"

#include <QString>
#include <QStringList>

#include <iterator>
#include <random>

namespace ShortlistBench {

namespace {

// Draws from std::mt19937, whose sequence the standard fixes, with plain modulo arithmetic
// (the standard distributions differ between libraries, so the CVs would too).
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    { }

    int between(int low, int high) { return low + int(m_engine() % quint32(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    template<typename List> const auto &pick(const List &list)
    {
        return list[between(0, int(std::size(list)) - 1)];
    }

    // `k` distinct indexes below `n`, in random order.
    QList<int> sample(int n, int k)
    {
        k = qMin(k, n);
        QList<int> indexes(n);
        for (int i = 0; i < n; ++i)
            indexes[i] = i;
        for (int i = 0; i < k; ++i)
            indexes.swapItemsAt(i, between(i, n - 1));
        indexes.resize(k);
        return indexes;
    }

private:
    std::mt19937 m_engine;
};

struct Month
{
    int year = 0;
    int month = 1; // 1–12

    Month minus(int months) const
    {
        const int index = year * 12 + month - 1 - months;
        return {index / 12, index % 12 + 1};
    }
};

struct Job
{
    QString title;
    QString company;
    QString city;
    Month start;
    Month end;
    bool ongoing = false;
    QStringList bullets;
};

enum class Layout { JobHeadings, CommaParen, DatesFirst, Table, PlainText };
enum class DateStyle { LongMonth, ShortMonth, Numeric, Year };

QString withNumber(QStringView pattern, int number)
{
    const QString text = pattern.toString();
    return text.contains(u"%1") ? text.arg(number) : text;
}

// An e-mail handle from a name, accents dropped: "Jürgen Weiß" -> "jurgen.wei".
QString handleOf(const QString &first, const QString &last)
{
    QString handle;
    const QString decomposed
        = QString(first + u'.' + last).normalized(QString::NormalizationForm_D).toLower();
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || c == u'.')
            handle += c;
    }
    return handle.size() > 3 ? handle : QString();
}

// Writes one CV. Choices that a person makes once per CV (date format, bullet sign,
// separators) are drawn in the constructor; the rest as the text is written.
class CvWriter
{
public:
    CvWriter(Random &random, CvLanguage language, Layout layout);
    SyntheticProfile write();

private:
    bool markdown() const { return m_layout != Layout::PlainText; }
    QList<Job> makeJobs();
    QString date(Month month) const;
    QString range(const Job &job) const;
    QString techTail();
    void heading(QStringView text);
    void bulletList(const QStringList &items);
    void writeHeader(const QString &label);
    void writeSummary();
    void writeJob(const Job &job);
    void writeTable(const QList<Job> &jobs);
    void writeEducation(int lastYear);
    void writeSkills();
    void writeLanguages();

    Random &m_random;
    const Vocabulary &m_words;
    const Layout m_layout;
    DateStyle m_dateStyle = DateStyle::LongMonth;
    QStringView m_separator;
    QStringView m_present;
    QString m_bullet;
    QString m_out;
};

CvWriter::CvWriter(Random &random, CvLanguage language, Layout layout)
    : m_random(random)
    , m_words(vocabulary(language))
    , m_layout(layout)
{
    static const DateStyle anyStyle[] = {DateStyle::LongMonth, DateStyle::LongMonth, DateStyle::ShortMonth,
        DateStyle::ShortMonth, DateStyle::Numeric, DateStyle::Year};
    static const DateStyle monthStyle[] = {DateStyle::LongMonth, DateStyle::ShortMonth};
    if (layout == Layout::DatesFirst)
        m_dateStyle = m_random.pick(monthStyle);
    else if (layout == Layout::CommaParen && m_random.chance(60))
        m_dateStyle = DateStyle::Numeric;
    else
        m_dateStyle = m_random.pick(anyStyle);
    m_separator = m_random.pick(m_words.rangeSeparators);
    m_present = m_random.pick(m_words.presentWords);
    static const QList<QStringView> markdownBullets = {u"- ", u"- ", u"* "};
    static const QList<QStringView> plainBullets = {u"- ", u"• ", u"* "};
    m_bullet = m_random.pick(markdown() ? markdownBullets : plainBullets).toString();
}

SyntheticProfile CvWriter::write()
{
    const QList<Job> jobs = makeJobs();
    writeHeader(jobs.first().title);
    if (m_random.chance(80))
        writeSummary();
    heading(m_random.pick(m_words.experienceHeadings));
    if (m_layout == Layout::Table) {
        writeTable(jobs);
    } else {
        for (const Job &job : jobs)
            writeJob(job);
    }
    const bool skillsFirst = m_random.chance(50);
    if (skillsFirst)
        writeSkills();
    writeEducation(jobs.last().start.year);
    if (!skillsFirst)
        writeSkills();
    if (m_random.chance(70))
        writeLanguages();
    return {m_out.toUtf8(), int(jobs.size()), markdown()};
}

QList<Job> CvWriter::makeJobs()
{
    QList<Job> jobs;
    Month end {2024, m_random.between(1, 12)};
    const bool current = m_random.chance(60);
    const int count = m_random.between(3, 8);
    for (int i = 0; i < count; ++i) {
        Job job;
        job.title = m_random.pick(m_words.titles).toString();
        job.company = m_random.pick(m_words.companies).toString();
        job.city = m_random.pick(m_words.cities).toString();
        job.ongoing = i == 0 && current;
        job.end = end;
        job.start = end.minus(m_random.between(6, 48));
        for (int index : m_random.sample(int(m_words.bullets.size()), m_random.between(2, 6))) {
            const QString bullet = withNumber(m_words.bullets.at(index), m_random.between(2, 90));
            job.bullets.append(m_random.chance(40) ? bullet + techTail() : bullet);
        }
        jobs.append(job);
        end = job.start.minus(m_random.between(0, 4));
    }
    return jobs;
}

QString CvWriter::date(Month month) const
{
    const QString year = QString::number(month.year);
    switch (m_dateStyle) {
    case DateStyle::LongMonth:
        return m_words.months.at(month.month - 1) + u' ' + year;
    case DateStyle::ShortMonth:
        return m_words.shortMonths.at(month.month - 1) + u' ' + year;
    case DateStyle::Numeric:
        return QStringLiteral("%1").arg(month.month, 2, 10, QLatin1Char('0')) + m_words.numericSeparator
            + year;
    case DateStyle::Year:
        break;
    }
    return year;
}

QString CvWriter::range(const Job &job) const
{
    return date(job.start) + m_separator + (job.ongoing ? m_present.toString() : date(job.end));
}

// " (Go, Kafka, PostgreSQL)": the stack a bullet was done with.
QString CvWriter::techTail()
{
    QStringList names;
    for (int group : m_random.sample(5, m_random.between(2, 3)))
        names.append(m_random.pick(technologies().at(group)).toString());
    return u" (" + names.join(u", ") + u')';
}

void CvWriter::heading(QStringView text)
{
    if (markdown())
        m_out += u"## " + text + u"\n\n";
    else
        m_out += text.toString().toUpper() + u"\n\n";
}

void CvWriter::bulletList(const QStringList &items)
{
    for (const QString &item : items)
        m_out += m_bullet + item + u'\n';
    m_out += u'\n';
}

void CvWriter::writeHeader(const QString &label)
{
    const QString first = m_random.pick(m_words.firstNames).toString();
    const QString last = m_random.pick(m_words.lastNames).toString();
    const QString handle = handleOf(first, last);
    const QString email = (handle.isEmpty() ? QStringLiteral("cv%1").arg(m_random.between(100, 999)) : handle)
        + u"@example.com";
    const QString phone = m_words.phonePrefix + u' ' + QString::number(m_random.between(1000, 9999));
    const QString city = m_random.pick(m_words.cities).toString();
    if (!markdown()) {
        m_out
            += first + u' ' + last + u'\n' + label + u'\n' + city + u" | " + email + u" | " + phone + u"\n\n";
        return;
    }
    m_out += u"# " + first + u' ' + last + u"\n\n" + label + u" · " + city + u'\n' + email + u" · " + phone;
    if (m_random.chance(60)) {
        const QString user = handle.isEmpty() ? email.section(u'@', 0, 0) : handle.section(u'.', -1);
        m_out += u" · [GitHub](https://github.com/" + user + u')';
    }
    m_out += u"\n\n";
}

void CvWriter::writeSummary()
{
    heading(m_random.pick(m_words.summaryHeadings));
    QStringList sentences;
    for (int index : m_random.sample(int(m_words.summaries.size()), m_random.between(2, 3)))
        sentences.append(withNumber(m_words.summaries.at(index), m_random.between(3, 20)));
    m_out += sentences.join(u' ') + u"\n\n";
}

void CvWriter::writeJob(const Job &job)
{
    switch (m_layout) {
    case Layout::JobHeadings: {
        const QChar italic = m_random.chance(70) ? u'_' : u'*';
        m_out += u"### " + job.title + u' ' + m_words.at + u' ' + job.company + u"\n\n" + italic + range(job)
            + italic;
        if (m_random.chance(30))
            m_out += u" · " + job.city;
        m_out += u"\n\n";
        break;
    }
    case Layout::CommaParen:
        m_out += u"### " + job.title + u", " + job.company + u" (" + range(job) + u")\n\n";
        break;
    case Layout::DatesFirst:
        m_out += u"### " + range(job) + u", " + job.company + u", " + job.title;
        if (m_random.chance(50))
            m_out += u", " + (m_random.chance(50) ? m_words.remote.toString() : job.city);
        m_out += u"\n\n";
        break;
    case Layout::PlainText:
        m_out += job.title + u'\n' + job.company + u", " + job.city;
        m_out += (m_random.chance(50) ? QStringLiteral(" | ") : QStringLiteral("\n")) + range(job) + u'\n';
        break;
    case Layout::Table:
        Q_UNREACHABLE();
    }
    if (m_random.chance(40)) {
        m_out += withNumber(m_random.pick(m_words.employers), m_random.between(5, 400));
        m_out += markdown() ? u"\n\n" : u"\n";
    }
    bulletList(job.bullets);
}

void CvWriter::writeTable(const QList<Job> &jobs)
{
    const auto &columns = m_words.tableColumns;
    m_out += u"| " + columns[0] + u" | " + columns[1] + u" | " + columns[2] + u" | " + columns[3] + u" |\n";
    m_out += u"|---|---|---|---|\n";
    for (const Job &job : jobs) {
        m_out += u"| " + range(job) + u" | " + job.company + u" | " + job.title + u" | "
            + job.bullets.join(u"<br>") + u" |\n";
    }
    m_out += u'\n';
}

void CvWriter::writeEducation(int lastYear)
{
    heading(m_random.pick(m_words.educationHeadings));
    const int entries = m_random.between(1, 2);
    int end = lastYear;
    for (int i = 0; i < entries; ++i) {
        const int start = end - m_random.between(2, 5);
        const QString degree = m_random.pick(m_words.degrees).toString();
        const QString school = m_random.pick(m_words.schools).toString();
        const QString years = QString::number(start) + m_separator + QString::number(end);
        if (!markdown())
            m_out += degree + u'\n' + school + u", " + years + u"\n\n";
        else if (m_random.chance(50))
            m_out += u"### " + degree + u"\n\n" + school + u", " + years + u"\n\n";
        else
            m_out += m_bullet + u"**" + degree + u"**, " + school + u" (" + years + u")\n\n";
        end = start;
    }
}

void CvWriter::writeSkills()
{
    heading(m_random.pick(m_words.skillsHeadings));
    const bool asList = m_random.chance(50);
    for (int group : m_random.sample(5, m_random.between(3, 5))) {
        const QList<QStringView> &names = technologies().at(group);
        QStringList chosen;
        for (int index : m_random.sample(int(names.size()), m_random.between(3, 7)))
            chosen.append(names.at(index).toString());
        const QStringView name = m_words.skillGroups.at(group);
        if (markdown())
            m_out += (asList ? m_bullet : QString()) + u"**" + name + u":** " + chosen.join(u", ") + u'\n';
        else
            m_out += name + u": " + chosen.join(u", ") + u'\n';
    }
    m_out += u'\n';
}

void CvWriter::writeLanguages()
{
    heading(m_random.pick(m_words.languagesHeadings));
    QStringList entries;
    const QList<int> others
        = m_random.sample(int(m_words.spokenLanguages.size()) - 1, m_random.between(1, 3));
    entries.append(m_words.spokenLanguages.first() + u" (" + m_words.fluencies.first() + u')');
    for (int other : others) {
        const QStringView fluency
            = m_words.fluencies.at(m_random.between(1, int(m_words.fluencies.size()) - 1));
        entries.append(m_words.spokenLanguages.at(other + 1) + u" (" + fluency + u')');
    }
    if (m_random.chance(50))
        m_out += entries.join(u", ") + u"\n";
    else
        bulletList(entries);
}

} // namespace

QList<SyntheticProfile> syntheticProfiles(int count, quint32 seed)
{
    // Roughly a third English, the rest spread over the other languages.
    static const CvLanguage languages[] = {CvLanguage::English, CvLanguage::English, CvLanguage::English,
        CvLanguage::English, CvLanguage::German, CvLanguage::German, CvLanguage::French, CvLanguage::French,
        CvLanguage::Spanish, CvLanguage::Spanish, CvLanguage::Russian, CvLanguage::Russian, CvLanguage::Dutch,
        CvLanguage::Dutch};
    static const Layout layouts[] = {Layout::JobHeadings, Layout::JobHeadings, Layout::CommaParen,
        Layout::DatesFirst, Layout::Table, Layout::PlainText, Layout::PlainText};
    // CVs outside 3–8 KiB are drawn again, in the same language and layout.
    constexpr qsizetype smallest = 3 * 1024;
    constexpr qsizetype largest = 8 * 1024;
    Random random(seed);
    QList<SyntheticProfile> profiles;
    profiles.reserve(count);
    for (int i = 0; i < count; ++i) {
        const CvLanguage language = random.pick(languages);
        const Layout layout = random.pick(layouts);
        SyntheticProfile profile = CvWriter(random, language, layout).write();
        for (int attempt = 0;
             attempt < 50 && (profile.bytes.size() < smallest || profile.bytes.size() > largest); ++attempt) {
            profile = CvWriter(random, language, layout).write();
        }
        profiles.append(profile);
    }
    return profiles;
}

} // namespace ShortlistBench
