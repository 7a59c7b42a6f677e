#pragma once

#include <QTypeInfo>
#include <QtGlobal>

namespace Shortlist {

// A half-open range of bytes [begin, end) in a profile's file as it is on disk.
// Every parsed field carries one, so an edit can replace exactly those bytes.
struct SourceRange
{
    qsizetype begin = -1;
    qsizetype end = -1;

    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype length() const { return isValid() ? end - begin : 0; }
    bool contains(const SourceRange &other) const
    {
        return isValid() && other.isValid() && other.begin >= begin && other.end <= end;
    }
    // The smallest range covering both; an invalid side is ignored.
    SourceRange united(const SourceRange &other) const
    {
        if (!isValid())
            return other;
        if (!other.isValid())
            return *this;
        return {qMin(begin, other.begin), qMax(end, other.end)};
    }

    friend bool operator==(const SourceRange &, const SourceRange &) = default;
};

// A value read from the file, with the bytes it came from.
template<typename T> struct Sourced
{
    T value {};
    SourceRange range;

    friend bool operator==(const Sourced &, const Sourced &) = default;
};

} // namespace Shortlist

// A value is as movable as what it holds: a Sourced<QString> moves in memory with its string,
// so lists of them grow with realloc() instead of moving each element over.
template<typename T>
class QTypeInfo<Shortlist::Sourced<T>> : public QTypeInfoMerger<Shortlist::Sourced<T>, T, Shortlist::SourceRange>
{ };
