// The three real CVs in ../shared/seeds against what a careful human reads in them
// (../shared/seeds/expected). Skipped when ../shared is not beside the checkout.

#include "export/jsonexport.h"
#include "io/profilefile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Shortlist;

namespace {

QString seedsDir()
{
    const QByteArray overridden = qgetenv("SHORTLIST_SEEDS");
    return overridden.isEmpty() ? QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds")
                                : QString::fromLocal8Bit(overridden);
}

// Case, markup and punctuation do not count, as in ../shared/tools/score-profiles.
QString norm(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression markup(QStringLiteral("[*_`~\\[\\]()]"));
    static const QRegularExpression separators(QStringLiteral("[\\s,.;:|/\\\\-]+"));
    s.replace(markup, QStringLiteral(" "));
    s.replace(separators, QStringLiteral(" "));
    return s.trimmed();
}

bool same(const QString &expected, const QString &actual)
{
    const QString e = norm(expected), a = norm(actual);
    return e == a || (e.size() > 3 && a.contains(e)) || (a.size() > 3 && e.contains(a));
}

QString locationText(const QJsonValue &location)
{
    if (!location.isObject())
        return location.toString();
    QStringList parts;
    for (const QJsonValue &v : location.toObject())
        parts.append(v.toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seed_data();
    void seed();
};

void TestSeeds::initTestCase()
{
    if (!QDir(seedsDir() + QStringLiteral("/expected")).exists())
        QSKIP("../shared/seeds is not beside this checkout");
}

void TestSeeds::seed_data()
{
    QTest::addColumn<QString>("cv");
    QTest::addColumn<QString>("expected");
    const QDir dir(seedsDir());
    for (const QString &file :
        dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const QString expected = dir.filePath(
            QStringLiteral("expected/") + QFileInfo(file).completeBaseName() + QStringLiteral(".json"));
        if (QFile::exists(expected))
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << expected;
    }
}

void TestSeeds::seed()
{
    QFETCH(QString, cv);
    QFETCH(QString, expected);
    QFile expectedFile(expected);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const ProfileFile parsed = loadProfileFile(cv);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const QJsonObject have = toJsonResume(parsed.profile);

    const QJsonObject wantBasics = want.value(QStringLiteral("basics")).toObject();
    const QJsonObject haveBasics = have.value(QStringLiteral("basics")).toObject();
    QCOMPARE(norm(haveBasics.value(QStringLiteral("name")).toString()),
        norm(wantBasics.value(QStringLiteral("name")).toString()));
    if (!wantBasics.value(QStringLiteral("email")).toString().isEmpty())
        QCOMPARE(haveBasics.value(QStringLiteral("email")).toString(),
            wantBasics.value(QStringLiteral("email")).toString());
    if (!locationText(wantBasics.value(QStringLiteral("location"))).isEmpty()) {
        const QString city
            = locationText(wantBasics.value(QStringLiteral("location"))).split(QLatin1Char(' ')).first();
        QVERIFY2(norm(locationText(haveBasics.value(QStringLiteral("location")))).contains(norm(city)),
            qPrintable(city));
    }

    // Positions: the same ones, in file order, with the dates at the precision written.
    const QJsonArray wantWork = want.value(QStringLiteral("work")).toArray();
    const QJsonArray haveWork = have.value(QStringLiteral("work")).toArray();
    QCOMPARE(haveWork.size(), wantWork.size());
    for (int i = 0; i < wantWork.size(); ++i) {
        const QJsonObject w = wantWork[i].toObject(), h = haveWork[i].toObject();
        const QString what = QStringLiteral("work[%1]: %2 @ %3")
                                 .arg(i)
                                 .arg(w.value(QStringLiteral("position")).toString(),
                                     w.value(QStringLiteral("name")).toString());
        QVERIFY2(same(w.value(QStringLiteral("name")).toString(), h.value(QStringLiteral("name")).toString()),
            qPrintable(what));
        QVERIFY2(same(w.value(QStringLiteral("position")).toString(),
                     h.value(QStringLiteral("position")).toString()),
            qPrintable(what));
        QCOMPARE(
            h.value(QStringLiteral("startDate")).toString(), w.value(QStringLiteral("startDate")).toString());
        const QString wantEnd = w.value(QStringLiteral("endDate")).toString();
        QCOMPARE(h.value(QStringLiteral("endDate")).toString(),
            wantEnd == QLatin1String("present") ? QString() : wantEnd);
        const bool undated
            = w.value(QStringLiteral("startDate")).isNull() && w.value(QStringLiteral("endDate")).isNull();
        QCOMPARE(h.value(QStringLiteral("x-shortlist")).toObject().value(QStringLiteral("undated")).toBool(),
            undated);
        if (w.value(QStringLiteral("location")).isString())
            QCOMPARE(h.value(QStringLiteral("location")).toString(),
                w.value(QStringLiteral("location")).toString());
    }

    const QJsonArray wantEducation = want.value(QStringLiteral("education")).toArray();
    const QJsonArray haveEducation = have.value(QStringLiteral("education")).toArray();
    QCOMPARE(haveEducation.size(), wantEducation.size());
    for (int i = 0; i < wantEducation.size(); ++i)
        QVERIFY(same(wantEducation[i].toObject().value(QStringLiteral("institution")).toString(),
            haveEducation[i].toObject().value(QStringLiteral("institution")).toString()));

    // Every skill a human reads is among the keywords or group names.
    QSet<QString> skills;
    for (const QJsonValue &group : have.value(QStringLiteral("skills")).toArray()) {
        skills.insert(norm(group.toObject().value(QStringLiteral("name")).toString()));
        for (const QJsonValue &k : group.toObject().value(QStringLiteral("keywords")).toArray())
            skills.insert(norm(k.toString()));
    }
    QStringList wanted;
    for (const QJsonValue &group : want.value(QStringLiteral("skills")).toArray()) {
        wanted.append(group.toObject().value(QStringLiteral("name")).toString());
        for (const QJsonValue &k : group.toObject().value(QStringLiteral("keywords")).toArray())
            wanted.append(k.toString());
    }
    for (const QJsonValue &k : want.value(QStringLiteral("skillKeywordsInclude")).toArray())
        wanted.append(k.toString());
    for (const QString &skill : std::as_const(wanted))
        QVERIFY2(skills.contains(norm(skill)), qPrintable(skill));

    // Projects and certificates by name, where the expectation lists them.
    for (const char *key : {"projects", "certificates"}) {
        const QJsonArray wantItems = want.value(QLatin1String(key)).toArray();
        const QJsonArray haveItems = have.value(QLatin1String(key)).toArray();
        if (wantItems.isEmpty())
            continue;
        QCOMPARE(haveItems.size(), wantItems.size());
        for (int i = 0; i < wantItems.size(); ++i)
            QVERIFY2(same(wantItems[i].toObject().value(QStringLiteral("name")).toString(),
                         haveItems[i].toObject().value(QStringLiteral("name")).toString()),
                qPrintable(wantItems[i].toObject().value(QStringLiteral("name")).toString()));
    }

    // The remote photo is kept as a URL and never fetched; boilerplate is not profile content.
    for (const QJsonValue &section :
        have.value(QStringLiteral("x-shortlist")).toObject().value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = section.toObject();
        if (s.value(QStringLiteral("heading")).toString().contains(QLatin1String("How to Work with")))
            QVERIFY(s.value(QStringLiteral("boilerplate")).toBool());
    }

    // Gaps and overlaps among the positions, month to month, newest first: the timeline's
    // own computation as the export reports it.
    auto spans = [](const QJsonValue &list) {
        QList<QStringList> pairs;
        for (const QJsonValue &span : list.toArray()) {
            if (span.isArray())
                pairs.append({span[0].toString(), span[1].toString()});
            else
                pairs.append({span[QStringLiteral("start")].toString(), span[QStringLiteral("end")].toString()});
        }
        return pairs;
    };
    const QJsonObject x = have.value(QStringLiteral("x-shortlist")).toObject();
    QCOMPARE(spans(x.value(QStringLiteral("gaps"))), spans(want.value(QStringLiteral("gaps"))));
    QCOMPARE(spans(x.value(QStringLiteral("overlaps"))), spans(want.value(QStringLiteral("overlaps"))));
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
