#include "today.h"

#include <atomic>

namespace Shortlist {

namespace {

// The fixed day as a Julian day number, 0 for none: the library loader's threads read it.
std::atomic<qint64> fixedDay {0};

} // namespace

QDate today()
{
    const qint64 day = fixedDay.load(std::memory_order_relaxed);
    return day != 0 ? QDate::fromJulianDay(day) : QDate::currentDate();
}

void setToday(QDate day)
{
    fixedDay.store(day.isValid() ? day.toJulianDay() : 0, std::memory_order_relaxed);
}

} // namespace Shortlist
