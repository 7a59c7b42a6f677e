#pragma once

#include "compare/requirements.h"
#include "compare/skillnormalizer.h"
#include "profile/profile.h"
#include "timeline/today.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QIODevice;

namespace Shortlist {

// One candidate to summarise: the file it was read from and its profile.
struct PdfCandidate
{
    QString path;
    Profile profile;
};

struct PdfOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    // Bias-free review: names, contacts, links and photos left out, candidates labelled
    // "Candidate A", "Candidate B"… (in the text, the footers and the metadata).
    bool blind = false;
    QDate today = Shortlist::today();
    QList<Requirement> requirements; // scored on the comparison page and each summary
    QString requirementsText;
    SkillNormalizer skills = SkillNormalizer::standard();
    QString creator; // "Shortlist 0.1.0"
};

// Letter where the locale measures in inches, A4 elsewhere.
QPageSize defaultPageSize(const QLocale &locale = QLocale());
// "A4" or "Letter" (any case) as a page size; invalid otherwise.
QPageSize pageSizeNamed(const QString &name);

// "Candidate A", …, "Candidate Z", "Candidate AA"…
QString blindLabel(int index);

// The summaries as a PDF: with several candidates a comparison page first (their figures
// side by side, the shared timeline, the requirement match), then a summary of one page,
// two at most, per candidate: header, figures, timeline, skills, recent positions with
// their main highlights, education, certificates, and a footer with the file name, the
// export date and page numbers. What does not fit is shortened on purpose ("…and 3 more
// positions: …"), never cut. Real text with embedded fonts; the metadata gives the title
// (the candidates) and the creator.
bool writeSummaryPdf(QIODevice *device, const QList<PdfCandidate> &candidates, const PdfOptions &options,
    QString *error = nullptr);

// The same into a file, atomically: on failure nothing is left at `path` and `error`
// says why.
bool exportSummaryPdf(const QString &path, const QList<PdfCandidate> &candidates, const PdfOptions &options,
    QString *error = nullptr);

} // namespace Shortlist
