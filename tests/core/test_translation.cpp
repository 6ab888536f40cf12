#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

// The Chinese interface is complete: every message of the window and every sentence the
// core can show is translated, with the same placeholders, except the demo's own text.
TEST_CASE("the zh_CN translation covers every message with matching placeholders", "[translation]")
{
    QFile f(QStringLiteral(CASELENS_SOURCE_DIR "/resources/translations/caselens_zh_CN.ts"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    // Text the demo generator writes into projects stays the same whatever the UI language.
    const QSet<QString> fixed{QStringLiteral("申报单位：%1"), QStringLiteral("入选年份：%1年"), QStringLiteral("synthetic")};
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    int messages = 0, translated = 0;
    QString source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            if (unfinished || translation.isEmpty()) {
                INFO("untranslated: " << source.toStdString());
                CHECK((fixed.contains(source) || source.startsWith(QStringLiteral("智慧教育案例演示项目"))
                       || source.startsWith(QStringLiteral("Synthetic demo corpus"))));
                continue;
            }
            ++translated;
            QSet<QString> in, out;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                in.insert(it.next().captured());
            for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                out.insert(it.next().captured());
            INFO(source.toStdString() << " -> " << translation.toStdString());
            CHECK(in == out);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 350);
    CHECK(translated >= messages - 5);
}
