#include "text/pageclutter.h"

#include <QRegularExpression>

namespace caselens::text {

bool isPageClutter(const QString &raw)
{
    const QString line = raw.trimmed();
    if (line.isEmpty())
        return true;
    if (line.size() > 40)
        return false;
    static const QRegularExpression imageName(QStringLiteral("^[A-Za-z0-9_\\-.()\\s]+\\.(?:jpe?g|png|gif|bmp|webp|svg)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    // Digits, dates, times and punctuation only, or a lone Chinese numeral.
    static const QRegularExpression bare(QStringLiteral("^[\\d\\s.,:：/\\-—–_|·•年月日时分秒]+$|^[一二三四五六七八九十]$|^[\\p{P}\\p{S}\\s]+$"));
    // Prompts that make a short line clutter whatever follows them…
    static const QRegularExpression prompt(QStringLiteral(
        "^(?:APP\\s*下载|下载\\s*APP|查看原文|阅读原文|点击查看|点击阅读|分享到|分享至|扫一扫|扫码|长按|返回顶部|返回首页|上一篇|下一篇|"
        "打印本页|关闭窗口|字号|电子报阅读机|当前报纸名称|当前位置|首页\\s*>|责任编辑|读完共需|本文大概)"));
    // …and words that are clutter only on their own (with a number at most).
    static const QRegularExpression alone(QStringLiteral(
        "^(?:分钟|字|其他|收藏|内容导图|阅读量|浏览量|浏览次数|星期[一二三四五六日天])(?:\\s*[:：]?\\s*[\\d\\s.\\-:]*)$"));
    static const QRegularExpression counter(QStringLiteral("^\\d+\\s*(?:浏览|阅读|人阅读|次浏览|次阅读|赞|评论)$"));
    return imageName.match(line).hasMatch() || bare.match(line).hasMatch() || counter.match(line).hasMatch()
        || alone.match(line).hasMatch() || (prompt.match(line).hasMatch() && line.size() <= 30);
}

} // namespace caselens::text
