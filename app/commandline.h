#pragma once

#include <QStringList>

namespace Shortlist::CommandLine {

// True when the arguments ask for work without a window (--export, --help, --version…).
bool isConsoleRequest(const QStringList &arguments);

// True for console requests that lay out text (a PDF export), which need fonts.
bool needsFonts(const QStringList &arguments);

// Runs a console request and returns the process exit status:
// 0 success, 1 a file could not be read or written, 2 a usage error.
int run(const QStringList &arguments);

// The paths given to the GUI, or an error message for a usage error.
QStringList guiPaths(const QStringList &arguments, QString *error);

} // namespace Shortlist::CommandLine
