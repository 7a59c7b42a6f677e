#include "summarypdf.h"

#include "i18n/translations.h"
#include "compare/comparisonmodel.h"
#include "io/atomicwrite.h"
#include "library/libraryentry.h"
#include "library/searchtext.h"
#include "timeline/timelinepainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <functional>
#include <memory>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::SummaryPdf)
};

// Points: the writer works at 72 dots per inch, so one unit is one point.
constexpr int kResolution = 72;
constexpr qreal kMarginMm = 16;
constexpr qreal kFooterHeight = 22;
constexpr int kMaxSummaryPages = 2;

const QColor kInk(0x20, 0x24, 0x2A);
const QColor kMuted(0x6A, 0x72, 0x7C);
const QColor kAccent(0x2F, 0x6F, 0xB8);
const QColor kRule(0xD5, 0xDA, 0xE0);

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// A piece of a page that is never split: a heading, a paragraph, a position, the timeline.
struct Block
{
    qreal height = 0;
    std::function<void(QPainter *, const QRectF &)> draw;
    bool keepWithNext = false; // a section heading stays with what follows it
    // A table's row of names, drawn again at the top of a page the table continues on.
    std::shared_ptr<const Block> continuedUnder = nullptr;
};

// Lays text out against the PDF device so that measuring and drawing agree.
class Typesetter
{
public:
    explicit Typesetter(QPaintDevice *device)
        : m_device(device)
    {
    }

    qreal heightOf(const QString &text, const QFont &f, qreal width) const
    {
        if (text.isEmpty())
            return 0;
        const QFontMetricsF metrics(f, m_device);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    // A paragraph of one font and colour, word-wrapped to the width.
    Block paragraph(const QString &text, const QFont &f, qreal width, QColor colour = kInk, qreal spaceAfter = 3) const
    {
        const qreal height = heightOf(text, f, width);
        return {height + spaceAfter, [text, f, colour, height](QPainter *p, const QRectF &at) {
                    p->setFont(f);
                    p->setPen(colour);
                    p->drawText(QRectF(at.left(), at.top(), at.width(), height), Qt::TextWordWrap, text);
                }};
    }

    Block sectionHeading(const QString &title, qreal width) const
    {
        const QFont f = font(9.5, true);
        const qreal height = QFontMetricsF(f, m_device).height();
        Block block {height + 8, [title, f, width, height](QPainter *p, const QRectF &at) {
                         p->setFont(f);
                         p->setPen(kAccent);
                         p->drawText(QRectF(at.left(), at.top() + 4, width, height), Qt::AlignLeft, title.toUpper());
                         p->setPen(QPen(kRule, 0.6));
                         p->drawLine(QPointF(at.left(), at.top() + height + 5), QPointF(at.left() + width, at.top() + height + 5));
                     }};
        block.keepWithNext = true;
        return block;
    }

    // The width of the widest word: what a column must give for no word to be cut.
    qreal widestWord(const QStringList &texts, const QFont &f) const
    {
        const QFontMetricsF metrics(f, m_device);
        qreal widest = 0;
        for (const QString &text : texts) {
            for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word.toString()));
        }
        return widest;
    }

    QPaintDevice *device() const { return m_device; }

private:
    QPaintDevice *m_device;
};

QString datesText(const Position &p)
{
    const QString start = p.start.value.toDisplayString(interfaceLocale());
    const QString end = p.ongoing ? Strings::tr("present") : p.end.value.toDisplayString(interfaceLocale());
    if (start.isEmpty() && end.isEmpty())
        return Strings::tr("undated");
    if (start.isEmpty() || end.isEmpty() || start == end)
        return start.isEmpty() ? end : start;
    return start + u" – "_s + end;
}

// Text without what would name the candidate: links, e-mail addresses, and the words of
// their name.
QString scrubbed(QString text, const QStringList &nameWords)
{
    static const QRegularExpression link(
        uR"((https?://|www\.)\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[\w-]+(\.[\w-]+)*\.(com|org|net|io|dev|me|ai|app|tech|info|biz|xyz|eu|de|fr|nl|es|ru|uk|fi|se|ch|at|be|dk|no|pl|pt|it|cz|jp|cn|in|us|ca|au|co)(/\S*)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(link, Strings::tr("[link]"));
    for (const QString &word : nameWords)
        text.replace(QRegularExpression(u"\\b"_s + QRegularExpression::escape(word) + u"\\b"_s, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption), u"…"_s);
    return text;
}

// A profile with what blind review leaves out taken out.
Profile blinded(Profile profile)
{
    QStringList nameWords;
    for (const QString &word : profile.basics.name.value.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 2) // "Li" and "Bo" name a person as much as longer names do
            nameWords.append(word);
    }
    auto scrub = [&nameWords](auto &t) {
        if constexpr (std::is_same_v<std::decay_t<decltype(t)>, QString>)
            t = scrubbed(t, nameWords);
        else
            t.value = scrubbed(t.value, nameWords);
    };
    scrub(profile.basics.label);
    scrub(profile.basics.summary);
    for (Position &p : profile.work) {
        scrub(p.title), scrub(p.company), scrub(p.description);
        for (Text &h : p.highlights)
            scrub(h);
    }
    scrub(profile.basics.location.text);
    for (Position &p : profile.work)
        scrub(p.location);
    for (Education &e : profile.education)
        scrub(e.institution), scrub(e.studyType), scrub(e.area), scrub(e.description);
    for (SkillGroup &g : profile.skills) {
        scrub(g.name);
        for (Skill &k : g.keywords)
            k.name = scrubbed(k.name, nameWords);
    }
    for (Language &l : profile.languages)
        scrub(l.language);
    for (Project &p : profile.projects) {
        scrub(p.name), scrub(p.description);
        for (Text &h : p.highlights)
            scrub(h);
    }
    for (Certificate &c : profile.certificates)
        scrub(c.name), scrub(c.issuer);
    profile.basics.name = {};
    profile.basics.email = {};
    profile.basics.phone = {};
    profile.basics.image = {};
    profile.basics.links.clear();
    for (Position &p : profile.work)
        p.url = {};
    for (Education &e : profile.education)
        e.url = {};
    for (Project &p : profile.projects)
        p.url = {};
    for (Certificate &c : profile.certificates)
        c.url = {};
    return profile;
}

class Composer
{
public:
    Composer(QPdfWriter *writer, const QList<PdfCandidate> &candidates, const PdfOptions &options)
        : m_writer(writer)
        , m_options(options)
        , m_type(writer)
    {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            PdfCandidate c = candidates[i];
            if (options.blind)
                c.profile = blinded(c.profile);
            m_candidates.append(c);
        }
        const QRectF page = writer->pageLayout().paintRectPixels(kResolution);
        m_content = QRectF(0, 0, page.width(), page.height() - kFooterHeight);
    }

    void compose();
    void paint(QPainter *painter);

private:
    struct Page
    {
        QList<std::pair<QRectF, Block>> blocks; // where each block goes
        QString footer; // what the page is of: a file name, "Candidate B", "Comparison"
    };

    QString nameOf(int index) const
    {
        if (m_options.blind)
            return blindLabel(index);
        const QString name = m_candidates[index].profile.basics.name.value;
        return name.isEmpty() ? QFileInfo(m_candidates[index].path).completeBaseName() : name;
    }
    QList<Block> summaryBlocks(int index, int highlightsPerPosition, int positionsShown) const;
    QList<Block> comparisonBlocks() const;
    QList<Block> tableBlocks(const ComparisonModel &model) const;
    QList<Page> paginate(const QList<Block> &blocks, const QString &footer) const;
    Block timelineBlock(const QList<TimelinePainter::Candidate> &candidates, qreal maxHeight) const;
    Block factsBlock(int index) const;

    QPdfWriter *m_writer;
    const PdfOptions &m_options;
    QList<PdfCandidate> m_candidates;
    Typesetter m_type;
    QRectF m_content;
    QList<Page> m_pages;
};

Block Composer::timelineBlock(const QList<TimelinePainter::Candidate> &candidates, qreal maxHeight) const
{
    auto painter = std::make_shared<TimelinePainter>();
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, kInk);
    palette.setColor(QPalette::Highlight, kAccent);
    palette.setColor(QPalette::PlaceholderText, kMuted);
    painter->setPalette(palette);
    QFont f = font(6.5);
    painter->setFont(f);
    painter->setCandidates(candidates, m_options.today);
    const qreal width = m_content.width();
    // Every bar, and as much of a list of undated positions as `maxHeight` allows (the
    // Experience section lists them all anyway); never more than a page.
    constexpr qreal kSpaceAfter = 6;
    const qreal height = std::min({painter->heightFor(width), std::max(painter->heightFor(width, 5), maxHeight - kSpaceAfter),
        m_content.height() - kSpaceAfter});
    return {height + kSpaceAfter, [painter, height](QPainter *p, const QRectF &at) {
                painter->paint(p, QRectF(at.left(), at.top(), at.width(), height));
            }};
}

Block Composer::factsBlock(int index) const
{
    const Profile &profile = m_candidates[index].profile;
    const CareerTimeline timeline = careerTimeline(profile, m_options.today);
    const CareerStats stats = careerStatsOf(profile, timeline, m_options.today);
    QStringList facts {Strings::tr("Experience: %1").arg(formatExperience(stats.experience)),
        Strings::tr("%n employers", nullptr, stats.employers)};
    if (stats.averageTenureMonths >= 0)
        facts.append(Strings::tr("average tenure %1").arg(formatMonths(stats.averageTenureMonths)));
    if (stats.longestGapMonths < 0)
        facts.append(Strings::tr("gaps unknown (no dates)"));
    else
        facts.append(stats.longestGapMonths > 0
                ? Strings::tr("longest gap %1").arg(formatMonths(stats.longestGapMonths))
                : Strings::tr("no gaps"));
    QString text = facts.join(u" · "_s);
    if (!m_options.requirements.isEmpty()) {
        const MatchResult match = matchRequirements(m_options.requirements,
            evidenceOf(profile, m_options.skills, searchKeyOf(profile, m_candidates[index].path)), m_options.skills);
        text += u"\n"_s + Strings::tr("Match %1%: %2").arg(match.score).arg(match.summary(m_options.requirements, m_options.skills));
    }
    return m_type.paragraph(text, font(8.5), m_content.width(), kInk, 6);
}

// One candidate's summary. `highlightsPerPosition` and `positionsShown` shorten it when it
// would not fit on two pages.
QList<Block> Composer::summaryBlocks(int index, int highlightsPerPosition, int positionsShown) const
{
    const Profile &profile = m_candidates[index].profile;
    const Basics &b = profile.basics;
    const qreal width = m_content.width();
    QList<Block> blocks;

    blocks.append(m_type.paragraph(nameOf(index), font(20, true), width, kInk, 2));
    if (!b.label.value.isEmpty())
        blocks.append(m_type.paragraph(b.label.value, font(11), width, kInk, 2));
    QStringList contacts;
    if (!b.location.text.isEmpty())
        contacts.append(b.location.text);
    if (!m_options.blind) {
        for (const QString &c : {b.email.value, b.phone.value})
            if (!c.isEmpty())
                contacts.append(c);
        for (const Link &link : b.links)
            contacts.append(link.url.isEmpty() ? link.username : link.url);
    }
    if (!contacts.isEmpty())
        blocks.append(m_type.paragraph(contacts.join(u" · "_s), font(8.5), width, kMuted, 6));
    blocks.append(factsBlock(index));

    if (!profile.work.isEmpty() || !profile.education.isEmpty()) {
        blocks.append(m_type.sectionHeading(Strings::tr("Timeline"), width));
        blocks.append(timelineBlock({{nameOf(index), profile}}, m_content.height() / 3));
    }

    if (!profile.skills.isEmpty()) {
        blocks.append(m_type.sectionHeading(Strings::tr("Skills"), width));
        for (const SkillGroup &group : profile.skills) {
            QStringList names;
            for (const Skill &s : group.keywords)
                names.append(s.years >= 0 ? Strings::tr("%1 (%n yrs)", "a skill and its years", s.years).arg(s.name) : s.name);
            const QString label = group.name.value.isEmpty() ? QString() : group.name.value + u": "_s;
            blocks.append(m_type.paragraph(label + names.join(u", "_s), font(8.5), width, kInk, 2));
        }
    }

    if (!profile.work.isEmpty()) {
        blocks.append(m_type.sectionHeading(Strings::tr("Experience"), width));
        const int shown = std::min<int>(positionsShown, int(profile.work.size()));
        for (int i = 0; i < shown; ++i) {
            const Position &p = profile.work[i];
            const QString title = positionLabel(p);
            const QString dates = datesText(p) + (p.location.value.isEmpty() ? QString() : u" · "_s + p.location.value);
            QStringList bullets;
            for (int h = 0; h < std::min<int>(highlightsPerPosition, int(p.highlights.size())); ++h)
                bullets.append(u"•  "_s + p.highlights[h].value.simplified());
            const int moreHighlights = int(p.highlights.size()) - int(bullets.size());
            const QFont titleFont = font(9.5, true), datesFont = font(8.5), bulletFont = font(8.5);
            const qreal datesWidth = QFontMetricsF(datesFont, m_type.device()).horizontalAdvance(dates) + 8;
            const qreal titleHeight = std::max(m_type.heightOf(title, titleFont, width - datesWidth), QFontMetricsF(datesFont, m_type.device()).height());
            QList<qreal> bulletHeights;
            qreal height = titleHeight + 2;
            for (const QString &bullet : bullets) {
                bulletHeights.append(m_type.heightOf(bullet, bulletFont, width - 10));
                height += bulletHeights.last() + 1.5;
            }
            const QString more = moreHighlights > 0 ? Strings::tr("+ %n more highlights", nullptr, moreHighlights) : QString();
            if (!more.isEmpty())
                height += QFontMetricsF(font(8, false, true), m_type.device()).height();
            blocks.append({height + 6, [=](QPainter *painter, const QRectF &at) {
                               painter->setFont(titleFont);
                               painter->setPen(kInk);
                               painter->drawText(QRectF(at.left(), at.top(), width - datesWidth, titleHeight), Qt::TextWordWrap, title);
                               painter->setFont(datesFont);
                               painter->setPen(kMuted);
                               painter->drawText(QRectF(at.left(), at.top(), width, titleHeight), Qt::AlignRight | Qt::AlignTop, dates);
                               qreal y = at.top() + titleHeight + 2;
                               painter->setFont(bulletFont);
                               painter->setPen(kInk);
                               for (int k = 0; k < bullets.size(); ++k) {
                                   painter->drawText(QRectF(at.left() + 10, y, width - 10, bulletHeights[k]), Qt::TextWordWrap, bullets[k]);
                                   y += bulletHeights[k] + 1.5;
                               }
                               if (!more.isEmpty()) {
                                   painter->setFont(font(8, false, true));
                                   painter->setPen(kMuted);
                                   painter->drawText(QRectF(at.left() + 10, y, width - 10, 20), Qt::AlignLeft | Qt::AlignTop, more);
                               }
                           }});
        }
        if (shown < profile.work.size()) {
            QStringList companies;
            for (qsizetype i = shown; i < profile.work.size(); ++i) {
                const Position &p = profile.work[i];
                const QString what = p.company.value.isEmpty() ? p.title.value : p.company.value;
                if (!companies.contains(what))
                    companies.append(what);
            }
            blocks.append(m_type.paragraph(Strings::tr("…and %n more positions: %1", nullptr, int(profile.work.size() - shown))
                                               .arg(companies.join(u", "_s)),
                font(8.5, false, true), width, kMuted, 4));
        }
    }

    if (!profile.education.isEmpty()) {
        blocks.append(m_type.sectionHeading(Strings::tr("Education"), width));
        for (const Education &e : profile.education) {
            QStringList degree {e.studyType.value, e.area.value};
            degree.removeAll(QString());
            QString line = degree.join(u' ');
            if (!e.institution.value.isEmpty())
                line += (line.isEmpty() ? QString() : u", "_s) + e.institution.value;
            Position dates;
            dates.start = e.start, dates.end = e.end, dates.ongoing = e.ongoing;
            if (e.start.value.isValid() || e.end.value.isValid())
                line += u" ("_s + datesText(dates) + u")"_s;
            blocks.append(m_type.paragraph(line, font(8.5), width, kInk, 2));
        }
    }
    if (!profile.certificates.isEmpty()) {
        blocks.append(m_type.sectionHeading(Strings::tr("Certificates"), width));
        for (const Certificate &c : profile.certificates) {
            QStringList parts {c.name.value, c.issuer.value, c.date.value.isValid() ? QString::number(c.date.value.year) : QString()};
            parts.removeAll(QString());
            blocks.append(m_type.paragraph(parts.join(u" · "_s), font(8.5), width, kInk, 2));
        }
    }
    return blocks;
}

QList<Block> Composer::comparisonBlocks() const
{
    ComparisonModel model;
    model.setToday(m_options.today);
    QList<ComparisonModel::Candidate> candidates;
    for (const PdfCandidate &c : m_candidates)
        candidates.append({c.path, c.profile});
    model.addCandidates(candidates);
    if (!m_options.requirements.isEmpty())
        model.setRequirements(m_options.requirements, m_options.skills);

    const qreal width = m_content.width();
    QList<Block> intro;
    intro.append(m_type.paragraph(
        Strings::tr("Comparison of %1 candidates").arg(m_candidates.size()), font(18, true), width, kInk, 2));
    if (!m_options.requirements.isEmpty())
        intro.append(m_type.paragraph(
            Strings::tr("Role needs: %1").arg(m_options.requirementsText), font(9), width, kMuted, 6));
    QList<TimelinePainter::Candidate> lanes;
    for (int c = 0; c < model.columnCount(); ++c)
        lanes.append({nameOf(c), m_candidates[c].profile});
    const Block timelineHeading = m_type.sectionHeading(Strings::tr("Careers on one time axis"), width);
    const QList<Block> table = tableBlocks(model);

    // The table first, as on screen, when their careers fit under it on the page it ends on
    // (on one page with the heading, which would otherwise stand alone on the page before).
    QList<Block> tableFirst = intro + table;
    tableFirst.append(timelineHeading);
    tableFirst.append(timelineBlock(lanes, m_content.height() - timelineHeading.height));
    if (paginate(tableFirst, {}).constLast().blocks.size() > 2)
        return tableFirst;
    // Otherwise the careers first, as tall as the rest of the page allows, and the table
    // after them, row by row, its names again at the top of each page it continues on: no
    // page is left half empty before a timeline too tall for its rest.
    QList<Block> timelineFirst = intro;
    timelineFirst.append(timelineHeading);
    qreal above = 0;
    for (const Block &block : std::as_const(timelineFirst))
        above += block.height;
    timelineFirst.append(timelineBlock(lanes, m_content.height() - above));
    timelineFirst.append(m_type.sectionHeading(Strings::tr("Side by side"), width));
    return timelineFirst + table;
}

// The figures side by side, a row per block.
QList<Block> Composer::tableBlocks(const ComparisonModel &model) const
{
    const qreal width = m_content.width();
    QList<Block> blocks;
    // The table: a label column, then one column per candidate, five at most side by side;
    // more candidates continue in another table under it, so that no column is too narrow
    // for its words.
    constexpr int kColumnsPerTable = 5;
    const int columns = model.columnCount();
    const QFont labelFont = font(7.5, true);
    QList<int> rows;
    QStringList labels;
    for (int row = 0; row < ComparisonModel::RowCount; ++row) {
        if (row == ComparisonModel::Match && m_options.requirements.isEmpty())
            continue;
        if (row == ComparisonModel::Positions)
            continue; // each summary lists them; the table keeps to figures
        rows.append(row);
        labels.append(model.headerData(row, Qt::Vertical).toString());
    }
    // Wide enough for the longest word of a label ("Berufsbezeichnung"), within reason.
    const qreal labelWidth = std::clamp(m_type.widestWord(labels, labelFont) + 8, 78.0, width / 4);
    for (int first = 0; first < columns; first += kColumnsPerTable) {
        const int shown = std::min(kColumnsPerTable, columns - first);
        const qreal columnWidth = (width - labelWidth) / (columns > kColumnsPerTable ? kColumnsPerTable : shown);
        const QFont cellFont = font(shown > 3 ? 6.8 : 7.5);
        if (first > 0)
            blocks.append(m_type.paragraph(QString(), font(4), width, kInk, 8)); // a gap between tables
        std::shared_ptr<const Block> names;
        for (int row : rows) {
            QStringList texts;
            qreal height = m_type.heightOf(model.headerData(row, Qt::Vertical).toString(), labelFont, labelWidth - 6);
            for (int c = first; c < first + shown; ++c) {
                QString text = row == ComparisonModel::Name ? nameOf(c) : model.index(row, c).data().toString();
                if (row == ComparisonModel::Skills) {
                    // On paper: what they share, what only they have, and how many more.
                    const QStringList shared = model.skillNames(c, model.sharedSkills());
                    const QStringList unique = model.skillNames(c, model.uniqueSkills(c));
                    const int rest = model.skillCount(c) - int(shared.size()) - int(unique.size());
                    QStringList lines;
                    if (!shared.isEmpty())
                        lines.append(Strings::tr("Shared: %1").arg(shared.join(u", "_s)));
                    if (!unique.isEmpty())
                        lines.append(Strings::tr("Only this candidate: %1").arg(unique.mid(0, 10).join(u", "_s))
                            + (unique.size() > 10 ? Strings::tr(" (+%1)").arg(unique.size() - 10) : QString()));
                    if (rest > 0)
                        lines.append(Strings::tr("%n more in common with some", nullptr, int(rest)));
                    text = lines.isEmpty() ? Strings::tr("none listed") : lines.join(u'\n');
                }
                texts.append(text);
                height = std::max(height, m_type.heightOf(text, row == ComparisonModel::Name ? font(8, true) : cellFont, columnWidth - 6));
            }
            const QString label = model.headerData(row, Qt::Vertical).toString();
            const bool name = row == ComparisonModel::Name;
            Block block {height + 5, [=](QPainter *p, const QRectF &at) {
                               p->setPen(QPen(kRule, 0.5));
                               p->drawLine(QPointF(at.left(), at.top()), QPointF(at.left() + width, at.top()));
                               p->setFont(labelFont);
                               p->setPen(kMuted);
                               p->drawText(QRectF(at.left(), at.top() + 2.5, labelWidth - 6, height), Qt::TextWordWrap, label);
                               p->setFont(name ? font(8, true) : cellFont);
                               p->setPen(kInk);
                               for (int c = 0; c < texts.size(); ++c)
                                   p->drawText(QRectF(at.left() + labelWidth + c * columnWidth, at.top() + 2.5, columnWidth - 6, height),
                                       Qt::TextWordWrap, texts[c]);
                           }};
            block.keepWithNext = name; // the names head their table's first rows
            if (!name)
                block.continuedUnder = names;
            blocks.append(block);
            if (name)
                names = std::make_shared<const Block>(block);
        }
    }
    return blocks;
}

QList<Composer::Page> Composer::paginate(const QList<Block> &blocks, const QString &footer) const
{
    QList<Page> pages {Page {{}, footer}};
    qreal y = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        // A heading goes to the next page with what follows it if they do not fit together.
        qreal needed = block.height;
        if (block.keepWithNext && i + 1 < blocks.size())
            needed += blocks[i + 1].height;
        if (y > 0 && y + needed > m_content.height()) {
            pages.append(Page {{}, footer});
            y = 0;
            if (const auto &names = block.continuedUnder) {
                pages.last().blocks.append(
                    {QRectF(m_content.left(), y, m_content.width(), names->height), *names});
                y += names->height;
            }
        }
        const qreal height = std::min(block.height, m_content.height()); // never past the page
        pages.last().blocks.append({QRectF(m_content.left(), y, m_content.width(), height), block});
        y += height;
    }
    return pages;
}

void Composer::compose()
{
    m_pages.clear();
    if (m_candidates.size() > 1) {
        const QList<Page> comparison = paginate(comparisonBlocks(), Strings::tr("Comparison of %1 candidates").arg(m_candidates.size()));
        m_pages.append(comparison);
    }
    for (int i = 0; i < m_candidates.size(); ++i) {
        const QString footer = m_options.blind ? blindLabel(i) : QFileInfo(m_candidates[i].path).fileName();
        const int positions = int(m_candidates[i].profile.work.size());
        // Shorten on purpose until it fits: fewer highlights per position, then the
        // oldest positions summed up in one line.
        // One page when two highlights a position allow it; two for a long career.
        QList<Page> pages;
        for (int highlights : {3, 2}) {
            pages = paginate(summaryBlocks(i, highlights, positions), footer);
            if (pages.size() == 1)
                break;
        }
        for (int highlights : {3, 2, 1}) {
            if (pages.size() <= 1)
                break;
            pages = paginate(summaryBlocks(i, highlights, positions), footer);
            if (pages.size() <= kMaxSummaryPages)
                break;
        }
        for (int shown = positions - 1; pages.size() > kMaxSummaryPages && shown >= 1; --shown)
            pages = paginate(summaryBlocks(i, 1, shown), footer);
        m_pages.append(pages);
    }
}

void Composer::paint(QPainter *painter)
{
    const QString exported = Strings::tr("Exported %1").arg(QLocale().toString(m_options.today, QLocale::ShortFormat));
    for (qsizetype n = 0; n < m_pages.size(); ++n) {
        if (n > 0)
            m_writer->newPage();
        for (const auto &[rect, block] : m_pages[n].blocks) {
            painter->save();
            painter->setClipRect(rect.adjusted(-1, -1, 1, 1));
            block.draw(painter, rect);
            painter->restore();
        }
        // Footer: what the page is of, the date, the page number.
        const QRectF footer(m_content.left(), m_content.bottom() + 6, m_content.width(), kFooterHeight - 6);
        painter->setPen(QPen(kRule, 0.5));
        painter->drawLine(footer.topLeft(), footer.topRight());
        painter->setFont(font(7));
        painter->setPen(kMuted);
        painter->drawText(footer.adjusted(0, 3, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_pages[n].footer);
        painter->drawText(footer.adjusted(0, 3, 0, 0), Qt::AlignHCenter | Qt::AlignVCenter, exported);
        painter->drawText(footer.adjusted(0, 3, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
            Strings::tr("Page %1 of %2").arg(n + 1).arg(m_pages.size()));
    }
}

} // namespace

QPageSize defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4);
}

QPageSize pageSizeNamed(const QString &name)
{
    if (name.compare(u"a4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}

QString blindLabel(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return Strings::tr("Candidate %1").arg(letters);
}

bool writeSummaryPdf(QIODevice *device, const QList<PdfCandidate> &candidates, const PdfOptions &options, QString *error)
{
    if (candidates.isEmpty()) {
        if (error)
            *error = Strings::tr("no candidates to export");
        return false;
    }
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageSize(options.pageSize.isValid() ? options.pageSize : QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setCreator(options.creator.isEmpty() ? u"Shortlist"_s : options.creator);
    QStringList names;
    for (int i = 0; i < candidates.size(); ++i)
        names.append(options.blind ? blindLabel(i) : candidates[i].profile.basics.name.value);
    writer.setTitle(names.join(u", "_s));

    Composer composer(&writer, candidates, options);
    composer.compose();
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = Strings::tr("cannot start a PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    composer.paint(&painter);
    painter.end();
    return true;
}

bool exportSummaryPdf(const QString &path, const QList<PdfCandidate> &candidates, const PdfOptions &options, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeSummaryPdf(&buffer, candidates, options, error))
        return false;
    buffer.close();
    QString reason;
    if (!writeFileAtomically(path, buffer.data(), &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

} // namespace Shortlist
