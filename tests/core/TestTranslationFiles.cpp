// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the committed catalogues themselves: nothing unfinished, vanished or obsolete, and every
// translation keeps its source's placeholders, in every plural form.

#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void sameMessagesInBoth();

private:
    static QStringList placeholders(const QString& text);
    static QDomDocument load(const QString& name);
    static QStringList keys(const QDomDocument& doc);
};

QDomDocument TestTranslationFiles::load(const QString& name)
{
    QDomDocument doc;
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/translations/") + name);
    if (file.open(QIODevice::ReadOnly))
        doc.setContent(&file);
    return doc;
}

QStringList TestTranslationFiles::placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    return found;
}

QStringList TestTranslationFiles::keys(const QDomDocument& doc)
{
    QStringList result;
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message")))
            result.append(name + u'|' + m.firstChildElement(QStringLiteral("source")).text());
    }
    result.sort();
    return result;
}

void TestTranslationFiles::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fr") << QStringLiteral("vigie_fr.ts");
    QTest::newRow("en") << QStringLiteral("vigie_en.ts");
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, file);
    const QDomDocument doc = load(file);
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY2(messages.size() > 100, qPrintable(file));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        const QString type = translation.attribute(QStringLiteral("type"));
        QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: “%2” is %3").arg(file, source, type)));

        QStringList forms;
        if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            for (QDomElement f = translation.firstChildElement(QStringLiteral("numerusform")); !f.isNull();
                 f = f.nextSiblingElement(QStringLiteral("numerusform")))
                forms.append(f.text());
            QVERIFY2(forms.size() == 2, qPrintable(source));
        } else {
            forms.append(translation.text());
        }
        for (const QString& form : std::as_const(forms)) {
            QVERIFY2(!form.isEmpty(), qPrintable(QStringLiteral("%1: “%2” has an empty translation").arg(file, source)));
            if (source.startsWith(QLatin1String("policy:")))
                continue; // keys, not texts
            QVERIFY2(placeholders(form) == placeholders(source),
                     qPrintable(QStringLiteral("%1: “%2” → “%3”: placeholders differ").arg(file, source, form)));
        }
    }
}

void TestTranslationFiles::sameMessagesInBoth()
{
    QCOMPARE(keys(load(QStringLiteral("vigie_fr.ts"))), keys(load(QStringLiteral("vigie_en.ts"))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
