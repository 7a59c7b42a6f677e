#pragma once

#include "export/jsonexport.h"
#include "io/profilefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// A field of a CV's JSON Resume export by its path ("education.0.area",
// "skills.1.keywords.0"), as text: what the shape tests compare.
inline QString profileField(const Shortlist::Profile &profile, const QString &jsonPath)
{
    QJsonValue value = Shortlist::toJsonResume(profile);
    for (const QString &key : jsonPath.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    if (value.isBool())
        return QString::fromLatin1(value.toBool() ? "true" : "false");
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

// The CV text parsed as a markdown file.
inline Shortlist::Profile parsedText(const QString &text)
{
    return Shortlist::parseProfileBytes(QStringLiteral("shape.md"), text.toUtf8()).profile;
}
