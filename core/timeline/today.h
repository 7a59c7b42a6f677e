#pragma once

#include <QDate>

namespace Shortlist {

// The day that experience, gaps and open-ended positions are counted to. It is the system
// clock's date unless it has been fixed: by the command line's --today, and by every test
// that counts to it, so that no result depends on the day the program happens to run.
QDate today();

// Fixes the day today() answers; an invalid date hands it back to the system clock.
void setToday(QDate day);

} // namespace Shortlist
