#include "commandline.h"

#include "edit/checkededit.h"
#include "edit/editabletext.h"
#include "edit/unifieddiff.h"
#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "io/atomicwrite.h"
#include "compare/requirements.h"
#include "io/profilefile.h"
#include "parser/profileparser.h"
#include "pdf/summarypdf.h"
#include "timeline/today.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Shortlist::CommandLine {

namespace {

using namespace Qt::StringLiterals;

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::CommandLine)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "shortlist: %s\n", qUtf8Printable(message));
}

struct Options
{
    QCommandLineOption exportFormat {QStringLiteral("export"),
        Strings::tr("Print the profiles in FILE... as <format>: json (JSON Resume), markdown (Shortlist's "
           "house style, one FILE) or pdf (summaries, with a comparison page first for several "
           "files; needs -o), without opening a window."),
        Strings::tr("format")};
    QCommandLineOption blind {QStringLiteral("blind"),
        Strings::tr("With --export pdf: leave out names, contacts, links and photos and label the candidates A, B, "
           "C… for bias-free review.")};
    QCommandLineOption require {QStringLiteral("require"),
        Strings::tr("With --export pdf: score the candidates against what the role needs, e.g. \"Go, !Kubernetes\" "
           "(! marks a must-have)."),
        Strings::tr("skills")};
    QCommandLineOption pageSize {QStringLiteral("page-size"),
        Strings::tr("With --export pdf: A4 or Letter (default: the locale's)."), Strings::tr("size")};
    QCommandLineOption output {{QStringLiteral("o"), QStringLiteral("output")},
        Strings::tr("Write the export to <path> instead of standard output. The file is replaced "
           "atomically, and not at all if any input fails."),
        Strings::tr("path")};
    QCommandLineOption today {QStringLiteral("today"),
        Strings::tr("Count experience up to <date> (YYYY-MM-DD) instead of today, for exports that do not "
           "change with the calendar."),
        Strings::tr("date")};
    QCommandLineOption set {QStringLiteral("set"),
        Strings::tr("Change a field of FILE and write the file in place, touching only that field's text. "
           "<path> names the field as the JSON export does: basics.label, basics.location.city, "
           "work[2].endDate (a date as YYYY-MM or YYYY, or present), work[0].highlights[+] to "
           "append, skills[1].keywords[3], work[+] with a JSON object for a new position. Repeat to "
           "make several changes; they are made in order."),
        Strings::tr("path=value")};
    QCommandLineOption remove {QStringLiteral("remove"),
        Strings::tr("Remove a field or an entry (work[3], work[0].highlights[1], skills[2].keywords[0]) from "
           "FILE, in order with --set."),
        Strings::tr("path")};
    QCommandLineOption explain {QStringLiteral("explain"),
        Strings::tr("Print FILE line by line with what Shortlist read in each line: its section, the position "
           "it belongs to and the part it plays there (dates, header, text), and why.")};
    QCommandLineOption importFile {QStringLiteral("import"),
        Strings::tr("Read FILE (a PDF, Word .docx, OpenDocument .odt or JSON Resume .json) and write it as a "
           "markdown profile beside it (cv.pdf gives cv.md), or to -o <path>. FILE itself is not changed; "
           "the markdown is the profile from then on.")};
    QCommandLineOption dryRun {QStringLiteral("dry-run"),
        Strings::tr("With --set or --remove: print the change as a unified diff and leave the file as it is.")};
};

void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        Strings::tr("Shortlist reads candidate profiles (CVs in markdown or plain text) into structured profiles.\n"
           "Without options it opens the given folders and files in a window."));
    parser.addOption(options.exportFormat);
    parser.addOption(options.output);
    parser.addOption(options.today);
    parser.addOption(options.blind);
    parser.addOption(options.require);
    parser.addOption(options.pageSize);
    parser.addOption(options.set);
    parser.addOption(options.remove);
    parser.addOption(options.dryRun);
    parser.addOption(options.explain);
    parser.addOption(options.importFile);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("paths"), Strings::tr("Profile files (.md, .markdown, .txt; .pdf, .docx, .odt, .json are imported) or folders."), Strings::tr("[PATH...]"));
}

bool writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty()) {
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        if (written != size_t(data.size()) || std::fflush(stdout) != 0 || std::ferror(stdout)) {
            printError(Strings::tr("standard output: cannot be written: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        return true;
    }
    QString error;
    if (!writeFileAtomically(path, data, &error)) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return false;
    }
    return true;
}

// The --set and --remove options in the order they were given: QCommandLineParser keeps
// each option's values apart, and the order decides what an index means.
QList<FieldEdit> editsInOrder(const QStringList &arguments, QString *error)
{
    QList<FieldEdit> edits;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        QString option, value;
        for (const char *name : {"--set", "--remove"}) {
            const QLatin1String prefix(name);
            if (a == prefix && i + 1 < arguments.size())
                option = prefix, value = arguments[++i];
            else if (a.startsWith(prefix + QLatin1Char('=')))
                option = prefix, value = a.sliced(prefix.size() + 1);
        }
        if (option == QLatin1String("--remove")) {
            edits.append(FieldEdit::remove(value));
        } else if (option == QLatin1String("--set")) {
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = Strings::tr("--set takes PATH=VALUE, not '%1'").arg(value);
                return {};
            }
            edits.append(FieldEdit::set(value.left(equals), value.sliced(equals + 1)));
        }
    }
    return edits;
}

// --set/--remove [--dry-run] FILE: the edits made on the file's text, written back in
// its own encoding and line endings, or shown as a diff.
int runEdits(const QStringList &arguments, const QString &path, bool dryRun)
{
    QString error;
    const QList<FieldEdit> edits = editsInOrder(arguments, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    if (const DocumentKind kind = documentKindOf(path); isImported(kind)) {
        printError(Strings::tr("%1: is %2, which Shortlist does not change; run 'shortlist --import %1' and edit %3")
                       .arg(path, describedKind(kind), markdownPathFor(path)));
        return 1;
    }
    const ProfileFile file = loadProfileFile(path);
    if (!file.isValid()) {
        printError(QStringLiteral("%1: %2").arg(path, file.error));
        return 1;
    }
    const EditableText editable = EditableText::fromBytes(file.source.fileBytes());
    const auto edited = applyFieldEdits(path, editable.text(), edits, &error);
    if (!edited) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    const auto bytes = editable.bytesFor(*edited, &error);
    if (!bytes) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    if (dryRun) {
        const QString diff = unifiedDiff(editable.text(), *edited, u"a/"_s + path, u"b/"_s + path);
        return writeOutput(QString(), diff.toUtf8()) ? 0 : 1;
    }
    if (*bytes == file.source.fileBytes())
        return 0;
    if (!writeFileAtomically(path, *bytes, &error)) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    return 0;
}

} // namespace

namespace {

// The options QGuiApplication, QApplication and the X11 platform take for themselves
// (-style fusion, --platform offscreen, -reverse, -title…), which reach the window, not
// Shortlist's parser. Only -style and -stylesheet also take their value after '='.
bool isQtGuiOption(QStringView argument)
{
    static const QStringList names {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
        u"qmljsdebugger"_s, u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"reverse"_s, u"session"_s,
        u"testability"_s, u"qdevel"_s, u"display"_s, u"geometry"_s, u"title"_s, u"icon"_s, u"name"_s, u"visual"_s,
        u"ncols"_s, u"cmap"_s, u"nograb"_s, u"dograb"_s, u"style"_s, u"stylesheet"_s, u"widgetcount"_s};
    QStringView name = argument.startsWith(u"--") ? argument.sliced(2) : argument.sliced(1);
    if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
        name.truncate(equals);
        return name == u"style" || name == u"stylesheet";
    }
    return names.contains(name);
}

} // namespace

bool isConsoleRequest(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--export") || a.startsWith(QLatin1String("--export="))
            || a.startsWith(QLatin1String("-o")) || a == QLatin1String("--output")
            || a.startsWith(QLatin1String("--output=")) || a == QLatin1String("--today")
            || a.startsWith(QLatin1String("--today=")) || a == QLatin1String("--set")
            || a.startsWith(QLatin1String("--set=")) || a == QLatin1String("--remove")
            || a.startsWith(QLatin1String("--remove=")) || a == QLatin1String("--dry-run")
            || a == QLatin1String("--explain") || a == QLatin1String("--import")
            || a == QLatin1String("--blind") || a == QLatin1String("--require")
            || a.startsWith(QLatin1String("--require=")) || a == QLatin1String("--page-size")
            || a.startsWith(QLatin1String("--page-size=")) || a == QLatin1String("-h")
            || a == QLatin1String("--help") || a == QLatin1String("--help-all") || a == QLatin1String("-v")
            || a == QLatin1String("--version") || a == QLatin1String("-?"))
            return true;
        // Any other option is a mistake, which the console path reports (exit 2) without
        // first needing a display; the window takes only paths and Qt's own options.
        if (a.size() > 1 && a.startsWith(u'-') && !isQtGuiOption(a))
            return true;
    }
    return false;
}

bool needsFonts(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--export=pdf") || (a == QLatin1String("--export") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

QStringList guiPaths(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    Options options;
    setUp(parser, options);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return {};
    }
    return parser.positionalArguments();
}

namespace {

// --import FILE [-o OUT]: the markdown Shortlist reads in a PDF, Word or JSON Resume file,
// written beside it (or to OUT) with a first line naming the original. An existing file is
// replaced only when named with -o.
int runImport(const QString &path, const QString &output, bool outputNamed)
{
    const DocumentKind kind = documentKindOf(path);
    if (!isImported(kind)) {
        printError(Strings::tr("%1: is already a markdown or text profile; there is nothing to import").arg(path));
        return 1;
    }
    const ProfileFile file = loadProfileFile(path);
    if (!file.isValid()) {
        printError(QStringLiteral("%1: %2").arg(path, file.error));
        return 1;
    }
    const QString target = outputNamed ? output : markdownPathFor(path);
    if (!outputNamed && QFileInfo::exists(target)) {
        printError(Strings::tr("%1: already exists; name another file with -o, or remove it first").arg(target));
        return 1;
    }
    const QString markdown = markdownFileText(path, QString::fromUtf8(file.source.fileBytes()));
    if (target == QLatin1String("-"))
        return writeOutput(QString(), markdown.toUtf8()) ? 0 : 1;
    return writeOutput(target, markdown.toUtf8()) ? 0 : 1;
}

// --explain: the file's lines, each with the section it fell in and what was read in it.
int runExplain(const QString &path)
{
    const ProfileFile file = loadProfileFile(path);
    if (!file.isValid()) {
        printError(QStringLiteral("%1: %2").arg(path, file.error));
        return 1;
    }
    QList<LineReading> readings;
    parseProfile(file.source, &readings);
    QByteArray out;
    for (const LineReading &r : std::as_const(readings)) {
        QString text = r.text;
        if (text.size() > 72)
            text = text.first(71) + QChar(0x2026);
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(r.sourceLine, 4)
                   .arg(r.kind, -10)
                   .arg(r.section.isEmpty() ? QStringLiteral("-") : r.section, -12)
                   .arg(text)
                   .toUtf8();
        for (const QString &note : r.notes)
            out += QStringLiteral("%1%2\n").arg(QString(32, QLatin1Char(' ')), note).toUtf8();
    }
    return writeOutput({}, out) ? 0 : 1;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options options;
    setUp(parser, options);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(Strings::tr("try 'shortlist --help'"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("shortlist %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }

    const QString format = parser.value(options.exportFormat);
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(options.explain)) {
        if (paths.size() != 1 || parser.isSet(options.exportFormat) || parser.isSet(options.set)
            || parser.isSet(options.remove)) {
            printError(Strings::tr("--explain takes exactly one FILE and no other option"));
            return 2;
        }
        return runExplain(paths.first());
    }
    if (parser.isSet(options.importFile)) {
        if (paths.size() != 1 || parser.isSet(options.exportFormat) || parser.isSet(options.set)
            || parser.isSet(options.remove)) {
            printError(Strings::tr("--import takes exactly one FILE, and -o at most"));
            return 2;
        }
        return runImport(paths.first(), parser.value(options.output), parser.isSet(options.output));
    }
    if (parser.isSet(options.set) || parser.isSet(options.remove)) {
        if (parser.isSet(options.exportFormat) || parser.isSet(options.output)) {
            printError(Strings::tr("--set and --remove cannot be combined with --export or --output"));
            return 2;
        }
        if (paths.size() != 1) {
            printError(Strings::tr("--set and --remove take exactly one FILE"));
            return 2;
        }
        return runEdits(arguments, paths.first(), parser.isSet(options.dryRun));
    }
    if (parser.isSet(options.dryRun)) {
        printError(Strings::tr("--dry-run needs --set or --remove"));
        return 2;
    }
    if (!parser.isSet(options.exportFormat)) {
        printError(parser.isSet(options.today) ? Strings::tr("--today needs --export") : Strings::tr("--output needs --export"));
        return 2;
    }
    if (parser.isSet(options.today)) {
        const QDate day = QDate::fromString(parser.value(options.today), Qt::ISODate);
        if (!day.isValid()) {
            printError(Strings::tr("--today takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(options.today)));
            return 2;
        }
        setToday(day);
    }
    const QDate today = Shortlist::today();
    if (format != QLatin1String("json") && format != QLatin1String("markdown") && format != QLatin1String("pdf")) {
        printError(Strings::tr("unknown export format '%1' (use json, markdown or pdf)").arg(format));
        return 2;
    }
    const bool pdf = format == QLatin1String("pdf");
    if (!pdf && (parser.isSet(options.blind) || parser.isSet(options.require) || parser.isSet(options.pageSize))) {
        printError(Strings::tr("--blind, --require and --page-size need --export pdf"));
        return 2;
    }
    if (pdf && parser.value(options.output).isEmpty()) {
        printError(Strings::tr("--export pdf needs -o OUT.pdf"));
        return 2;
    }
    QPageSize pageSize = defaultPageSize();
    if (parser.isSet(options.pageSize)) {
        pageSize = pageSizeNamed(parser.value(options.pageSize));
        if (!pageSize.isValid()) {
            printError(Strings::tr("--page-size takes A4 or Letter, not '%1'").arg(parser.value(options.pageSize)));
            return 2;
        }
    }
    if (paths.isEmpty()) {
        printError(Strings::tr("--export needs at least one FILE"));
        return 2;
    }
    if (format == QLatin1String("markdown") && paths.size() > 1) {
        printError(Strings::tr("--export markdown takes one FILE"));
        return 2;
    }

    if (parser.isSet(options.output) && parser.value(options.output).isEmpty()) {
        printError(Strings::tr("--output needs a file name"));
        return 2;
    }

    int status = 0;
    QList<ProfileFile> files;
    for (const QString &path : paths) {
        ProfileFile file = loadProfileFile(path);
        if (!file.isValid()) {
            printError(QStringLiteral("%1: %2").arg(path, file.error));
            status = 1;
            continue;
        }
        for (const QString &warning : std::as_const(file.warnings))
            printError(Strings::tr("%1: warning: %2").arg(path, warning));
        files.append(std::move(file));
    }

    const QString outputPath = parser.value(options.output);
    if (files.isEmpty() || (status != 0 && !outputPath.isEmpty()))
        return status;

    if (pdf) {
        PdfOptions pdfOptions;
        pdfOptions.pageSize = pageSize;
        pdfOptions.blind = parser.isSet(options.blind);
        pdfOptions.today = today;
        pdfOptions.requirementsText = parser.value(options.require);
        pdfOptions.requirements = parseRequirements(pdfOptions.requirementsText, pdfOptions.skills);
        pdfOptions.requirementsText = requirementsText(pdfOptions.requirements);
        pdfOptions.creator = Strings::tr("Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION));
        QList<PdfCandidate> candidates;
        for (const ProfileFile &file : std::as_const(files))
            candidates.append({file.path, file.profile});
        QString error;
        if (!exportSummaryPdf(outputPath, candidates, pdfOptions, &error)) {
            printError(QStringLiteral("%1: %2").arg(outputPath, error));
            return 1;
        }
        return status;
    }

    QByteArray data;
    if (format == QLatin1String("json")) {
        if (paths.size() == 1) {
            data = QJsonDocument(toJsonResume(files.first().profile, today)).toJson(QJsonDocument::Indented);
        } else {
            QJsonArray array;
            for (const ProfileFile &file : std::as_const(files))
                array.append(toJsonResume(file.profile, today));
            data = QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
    } else {
        data = toHouseStyleMarkdown(files.first().profile).toUtf8();
    }
    if (!writeOutput(outputPath, data))
        return 1;
    return status;
}

} // namespace Shortlist::CommandLine
