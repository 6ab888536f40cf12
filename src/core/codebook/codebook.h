#pragma once
// Codebook: codes with their names, definitions, colours, shortcuts and lexicon cue
// terms; dimensions are non-codable parent codes. Read from and written to JSON.

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace caselens::codebook {

// Cue terms of a code. A term "A…B" matches A followed by B in the same sentence
// within a few characters (纳入…规划).
struct Cues {
    QStringList strong; // terms that on their own point at the code
    QStringList weak;   // terms that support it only together with others
    QStringList except; // phrases inside which a cue of this code does not count (升级迭代 for 迭代)
    bool operator==(const Cues &) const = default;
};

// How the lexicon reads context, for the whole codebook. The defaults describe how
// Chinese case reports are written; a codebook file may replace any list
// ("lexicon_rules": {"ignore_lines": [...], ...}).
struct LexiconRules {
    // A passage starting with one of these is page furniture or a reader's guide, not the case.
    QStringList ignoreLines = {QStringLiteral("关键词"), QStringLiteral("关键字"), QStringLiteral("导读"), QStringLiteral("编者按"),
                               QStringLiteral("来源"), QStringLiteral("作者"), QStringLiteral("责任编辑"), QStringLiteral("编辑"),
                               QStringLiteral("审核"), QStringLiteral("点击"), QStringLiteral("本版"), QStringLiteral("▲"),
                               QStringLiteral("文/"), QStringLiteral("原文链接"), QStringLiteral("阅读"), QStringLiteral("扫码")};
    // A quotation opened right after these (写道:“…”) is someone else's words.
    QStringList quoteMarkers = {QStringLiteral("写道"), QStringLiteral("指出"), QStringLiteral("强调"), QStringLiteral("提出"),
                                QStringLiteral("要求")};
    // 《…》 ending so names a cited document (a plan, an opinion); its words are background…
    QStringList citedTitleEndings = {QStringLiteral("纲要"), QStringLiteral("规划"), QStringLiteral("意见"), QStringLiteral("通知"),
                                     QStringLiteral("计划"), QStringLiteral("方案"), QStringLiteral("办法"), QStringLiteral("标准"),
                                     QStringLiteral("规范"), QStringLiteral("白皮书"), QStringLiteral("报告"), QStringLiteral("要点"),
                                     QStringLiteral("决定"), QStringLiteral("条例"), QStringLiteral("指南"), QStringLiteral("2035"),
                                     QStringLiteral("法"), QStringLiteral("年)"), QStringLiteral("年）"), QStringLiteral("行动")};
    // …unless the case itself made it (制定《…》): then it is the case's own practice.
    QStringList ownActionMarkers = {QStringLiteral("制定"), QStringLiteral("出台"), QStringLiteral("颁布"), QStringLiteral("编制"),
                                    QStringLiteral("印发"), QStringLiteral("纳入"), QStringLiteral("研制"), QStringLiteral("发布了"),
                                    QStringLiteral("形成了"), QStringLiteral("修订")};
    int weakToSuggest = 3; // distinct weak cues that make a code without a strong one
    bool operator==(const LexiconRules &) const = default;
};

struct Code {
    QString key;       // stable id: student_centered
    QString parentKey; // dimension or parent code, empty at the top
    QString nameZh, nameEn;
    QString descriptionZh, descriptionEn;
    QString color = QStringLiteral("#808080");
    QString shortcut;
    bool codable = true;
    Cues cues;
    QString name(const QString &lang) const { return lang == QLatin1String("en") ? nameEn : nameZh; }
    bool operator==(const Code &) const = default;
};

struct Codebook {
    QString id, nameZh, nameEn;
    QList<Code> codes; // parents before children, in display order
    LexiconRules lexiconRules;
    QList<Code> codableCodes() const;
    const Code *find(const QString &key) const;
};

Result<Codebook> codebookFromJson(const QByteArray &json);
// The lexicon rules alone, as a project keeps them beside its codes ("lexicon_rules" of a
// codebook file); unknown or missing lists keep their defaults.
QByteArray lexiconRulesToJson(const LexiconRules &rules);
LexiconRules lexiconRulesFromJson(const QByteArray &json);
QByteArray codebookToJson(const Codebook &book);
// The ten characteristics of smart education, compiled into the core.
const Codebook &defaultCodebook();

} // namespace caselens::codebook
