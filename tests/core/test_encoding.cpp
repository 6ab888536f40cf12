#include "testsupport.h"

#include "import/encoding.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>
#include <unicode/ucnv.h>

using namespace caselens::import;

static QByteArray encodeIcu(const QString &s, const char *codec)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(codec, &err);
    QByteArray out(s.size() * 4 + 8, '\0');
    const int32_t n = ucnv_fromUChars(c, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(s.utf16()),
                                      int32_t(s.size()), &err);
    ucnv_close(c);
    out.truncate(n);
    return out;
}

TEST_CASE("text encodings are detected and named", "[import][encoding]")
{
    const QString text = testsupport::sampleCaseText();
    SECTION("UTF-8")
    {
        auto d = decodeText(text.toUtf8());
        REQUIRE(d.ok());
        CHECK(d->encoding == QStringLiteral("UTF-8"));
        CHECK(d->text == text);
    }
    SECTION("UTF-8 with BOM")
    {
        auto d = decodeText("\xEF\xBB\xBF" + text.toUtf8());
        REQUIRE(d.ok());
        CHECK(d->text == text);
    }
    SECTION("UTF-16LE and BE with BOM")
    {
        QByteArray le("\xFF\xFE", 2);
        le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto d = decodeText(le);
        REQUIRE(d.ok());
        CHECK(d->encoding == QStringLiteral("UTF-16LE"));
        CHECK(d->text == text);
        QByteArray be("\xFE\xFF", 2);
        be += encodeIcu(text, "UTF-16BE");
        auto d2 = decodeText(be);
        REQUIRE(d2.ok());
        CHECK(d2->encoding == QStringLiteral("UTF-16BE"));
        CHECK(d2->text == text);
    }
    SECTION("GB18030")
    {
        auto d = decodeText(encodeIcu(text, "GB18030"));
        REQUIRE(d.ok());
        CHECK(d->encoding == QStringLiteral("GB18030"));
        CHECK(d->text == text);
    }
    SECTION("Big5")
    {
        const QString traditional = QStringLiteral("臺灣智慧教育案例：學校推動數位學習，教師專業發展與學生自主學習並重。"
                                                   "透過雲端平臺，學生可以隨時隨地學習，教師運用數據調整教學策略。");
        auto d = decodeText(encodeIcu(traditional, "Big5"));
        REQUIRE(d.ok());
        CHECK(d->encoding == QStringLiteral("Big5"));
        CHECK(d->text == traditional);
    }
}

TEST_CASE("unreadable text is refused with a reason", "[import][encoding]")
{
    CHECK(decodeText(QByteArray()).error().message.contains(QStringLiteral("empty")));
    CHECK(decodeText(QByteArray("\x00\x01\x02\x03 binary", 12)).error().message.contains(QStringLiteral("binary")));
    QByteArray broken = testsupport::sampleCaseText().toUtf8();
    const qsizetype at = QStringLiteral("数据赋能").toUtf8().size();
    broken.insert(at, char(0xFF));
    auto d = decodeText(broken);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().message.contains(QStringLiteral("UTF-8")));
    CHECK(d.error().message.contains(QString::number(at)));
}
