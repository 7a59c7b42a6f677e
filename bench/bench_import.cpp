// bench_import: reading a CV sent as a PDF or Word file into markdown, timed per file (issue
// 18: a two-page PDF in 30 ms or less), beside Poppler's own `pdftotext` of the same PDF as
// the anchor: "ratio" is Shortlist's import over pdftotext's run, both medians of the rounds.
// pdftotext's time includes starting its process (a few milliseconds), which the ratio says.
//
//   bench_import [--rounds R] [FILE_OR_FOLDER...]
//
// Without files it writes two fictional two-page CVs of its own (one column; a sidebar and a
// main column) with QPdfWriter, and reads those.

#include "benchstats.h"
#include "import/documentimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Shortlist;
using namespace ShortlistBench;

namespace {

// A fictional CV of two A4 pages: a heading, then dated entries with bullets; with a sidebar
// of skills down the left of each page when `sidebar` is set.
void writeCv(const QString &path, bool sidebar)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    const int left = sidebar ? 200 : 50;
    int entry = 0;
    for (int page = 0; page < 2; ++page) {
        if (page > 0)
            writer.newPage();
        int y = 60;
        if (page == 0) {
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 22, QFont::Bold));
            painter.drawText(QPointF(left, y), QStringLiteral("Quinn Harlow"));
            y += 40;
        }
        if (sidebar) {
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
            for (int s = 0; s < 30; ++s)
                painter.drawText(QPointF(40, 100 + s * 20), QStringLiteral("Skill %1").arg(s + 1));
        }
        while (y < 780) {
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold));
            painter.drawText(QPointF(left, y), QStringLiteral("Loom Engineer, Weaving Works %1").arg(++entry));
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
            painter.drawText(QPointF(480, y), QStringLiteral("Jan %1 – Mar %2").arg(2000 + entry).arg(2001 + entry));
            y += 18;
            for (int b = 0; b < 4 && y < 800; ++b, y += 15)
                painter.drawText(QPointF(left + 12, y),
                    QStringLiteral("• Kept %1 looms running through the night shift and trained the team").arg(b + 3));
            y += 12;
        }
    }
}

qint64 timeImport(const QString &path, int rounds, QString *problem)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const DocumentKind kind = documentKindOf(path);
    QList<qint64> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const ImportedDocument document = importDocument(path, kind, bytes);
        times.append(timer.nsecsElapsed());
        *problem = document.problem;
    }
    return median(times);
}

qint64 timePdftotext(const QString &path, int rounds)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty())
        return -1;
    QList<qint64> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(program, {QStringLiteral("-q"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        process.readAllStandardOutput();
        times.append(timer.nsecsElapsed());
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds per file (7)."),
        QStringLiteral("n"), QStringLiteral("7"));
    parser.addOption(roundsOption);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("PDF, .docx or .odt files, or folders of them."));
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir scratch;
    QStringList files;
    for (const QString &argument : parser.positionalArguments()) {
        if (QFileInfo(argument).isDir()) {
            for (const QFileInfo &info : QDir(argument).entryInfoList(QDir::Files, QDir::Name)) {
                if (isImported(documentKindOf(info.fileName())) && documentKindOf(info.fileName()) != DocumentKind::JsonResume)
                    files.append(info.filePath());
            }
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        files = {scratch.filePath(QStringLiteral("one-column.pdf")), scratch.filePath(QStringLiteral("sidebar.pdf"))};
        writeCv(files[0], false);
        writeCv(files[1], true);
    }

    std::printf("bench_import: %lld files, median of %d rounds each (bar: a two-page PDF in 30 ms or less)\n",
        qlonglong(files.size()), rounds);
    std::printf("%-28s %10s %12s %8s\n", "file", "import ms", "pdftotext ms", "ratio");
    QList<qint64> imports;
    for (const QString &path : std::as_const(files)) {
        QString problem;
        const qint64 ours = timeImport(path, rounds, &problem);
        imports.append(ours);
        const qint64 anchor = documentKindOf(path) == DocumentKind::Pdf ? timePdftotext(path, rounds) : -1;
        std::printf("%-28s %10s %12s %8s%s\n", qPrintable(QFileInfo(path).fileName()), qPrintable(fixed(ours / 1e6)),
            anchor > 0 ? qPrintable(fixed(anchor / 1e6)) : "-", anchor > 0 ? qPrintable(fixed(double(ours) / anchor)) : "-",
            problem.isEmpty() ? "" : qPrintable(QStringLiteral("  (%1)").arg(problem)));
    }
    std::printf("median import: %s ms; slowest: %s ms; peak memory %s MiB\n", qPrintable(fixed(median(imports) / 1e6)),
        qPrintable(fixed(*std::max_element(imports.cbegin(), imports.cend()) / 1e6)), qPrintable(fixed(peakMemoryMiB(), 1)));
    return 0;
}
