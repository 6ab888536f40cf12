#include "demo/demogenerator.h"

#include "demo/phrasebank.h"
#include "metadata/gazetteer.h"
#include "store/codestore.h"
#include "store/codingstore.h"
#include "store/documentstore.h"
#include "store/newproject.h"
#include "text/unicode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include "support/csv.h"
#include "metadata/casemeta.h"

namespace caselens::demo {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::demo::DemoGenerator)
};

const QStringList kOpeners = {QStringLiteral("同时，"),     QStringLiteral("此外，"),     QStringLiteral("另外，"),
                              QStringLiteral("与此同时，"), QStringLiteral("在此基础上，"), QStringLiteral("具体而言，"),
                              QStringLiteral("值得一提的是，"), QStringLiteral("为此，"),   QStringLiteral("在具体实施中，"),
                              QStringLiteral("其中，"),     QStringLiteral("更重要的是，"), QStringLiteral("实践中，"),
                              QStringLiteral("从操作层面看，"), QStringLiteral("在这一过程中，"), QStringLiteral("进一步地，")};

const QStringList kSectionNumbers = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
                                     QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
                                     QStringLiteral("九"), QStringLiteral("十"), QStringLiteral("十一"), QStringLiteral("十二"),
                                     QStringLiteral("十三"), QStringLiteral("十四")};

QString subjectSlot(const QString &caseType)
{
    if (caseType == QLatin1String("regional_development"))
        return QStringLiteral("subj_region");
    if (caseType == QLatin1String("research_outcome"))
        return QStringLiteral("subj_research");
    if (caseType == QLatin1String("solution"))
        return QStringLiteral("subj_solution");
    return QStringLiteral("subj_school");
}

bool isMunicipality(const QString &province)
{
    return province == QLatin1String("beijing") || province == QLatin1String("shanghai") || province == QLatin1String("tianjin")
        || province == QLatin1String("chongqing");
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed) : m_seed(seed) {}

const QHash<QString, QStringList> *DemoGenerator::extrasFor(const QString &caseType, const QString &code)
{
    const QString key = caseType + QLatin1Char('/') + code;
    auto it = m_extras.find(key);
    if (it == m_extras.end()) {
        const PhraseBank &bank = PhraseBank::builtin();
        QHash<QString, QStringList> extra = bank.codeExtras.value(code);
        extra.insert(QStringLiteral("subj"), bank.slots.value(subjectSlot(caseType)));
        it = m_extras.insert(key, extra);
    }
    return &*it;
}

QHash<QString, QString> DemoGenerator::freshNumbers(QHash<QString, QString> vars, Rng &rng) const
{
    const int year = vars.value(QStringLiteral("year")).toInt();
    vars.insert(QStringLiteral("n1"), QString::number(rng.between(2, 9)));
    vars.insert(QStringLiteral("n2"), QString::number(rng.between(10, 99)));
    vars.insert(QStringLiteral("n3"), QString::number(rng.between(100, 999)));
    vars.insert(QStringLiteral("n4"), QString::number(rng.between(1000, 60000)));
    vars.insert(QStringLiteral("pct"), QString::number(rng.between(60, 99)));
    vars.insert(QStringLiteral("year0"), QString::number(rng.between(1952, 2012)));
    vars.insert(QStringLiteral("year1"), QString::number(year - rng.between(2, 4)));
    vars.insert(QStringLiteral("year2"), QString::number(year - 1));
    return vars;
}

QString DemoGenerator::paragraph(const QStringList &frames, int sentences, const QHash<QString, QString> &vars, QSet<QString> &used,
                                 const QHash<QString, QStringList> *extra, Rng &rng) const
{
    const PhraseBank &bank = PhraseBank::builtin();
    QList<int> order;
    for (int i = 0; i < frames.size(); ++i)
        order.append(i);
    rng.shuffle(order);
    QString out;
    int said = 0;
    for (int k = 0; said < sentences && k < order.size(); ++k) {
        const QString &frame = frames.at(order.at(k));
        // A frame may come back with other phrases; a phrase may not: a report gives its
        // population or its parents' satisfaction once, not three times with three numbers.
        QString s = bank.expand(frame, freshNumbers(vars, rng), rng, extra, &used);
        if (s.isEmpty())
            continue;
        if (said > 0 && !frame.startsWith(QLatin1String("{time}")) && rng.chance(0.4))
            s.prepend(rng.pick(kOpeners));
        out.append(s);
        ++said;
    }
    return out;
}

GeneratedCase DemoGenerator::generate(const CasePlan &plan, int index)
{
    const PhraseBank &bank = PhraseBank::builtin();
    Rng rng(m_seed * 1000003ull + quint64(index) * 7919ull + 17);
    const auto *prov = metadata::Gazetteer::builtin().province(plan.province);
    QString place;
    if (isMunicipality(plan.province))
        place = prov->full + rng.pick(prov->places);
    else
        place = rng.pick(prov->places);
    const QString theme = rng.pick(bank.themes);

    QHash<QString, QString> vars{{QStringLiteral("place"), place},
                                 {QStringLiteral("prov"), prov->zh},
                                 {QStringLiteral("theme"), theme},
                                 {QStringLiteral("year"), QString::number(plan.year)},
                                 {QStringLiteral("cn"), rng.pick(bank.numerals)},
                                 {QStringLiteral("sname"), rng.pick(bank.schoolNames)},
                                 {QStringLiteral("school"), rng.pick(bank.schoolNames) + (rng.chance(0.5) ? QStringLiteral("中学") : QStringLiteral("小学"))}};
    const auto *plainExtra = extrasFor(plan.caseType, QString());

    GeneratedCase c;
    c.meta.title = bank.expand(rng.pick(bank.titles.value(plan.caseType)), vars, rng, plainExtra);
    c.meta.unit = bank.expand(rng.pick(bank.units.value(plan.caseType)), vars, rng, plainExtra);
    c.meta.year = plan.year;
    c.meta.province = plan.province;
    c.meta.region = plan.region;
    c.meta.caseType = plan.caseType;

    auto section = [&](const char *part) {
        return rng.pick(bank.sections.value(QString::fromLatin1(part)).value(plan.caseType));
    };
    QSet<QString> used; // what the case has said (PhraseBank::expand)
    auto uncoded = [&](const char *kind, int sentences) {
        return paragraph(bank.texts.value(QString::fromLatin1(kind)), sentences, vars, used, plainExtra, rng);
    };

    // Longer reports for regional cases, shorter for solutions, as in real selections.
    int target = rng.between(1700, 4600);
    if (plan.caseType == QLatin1String("regional_development"))
        target += 600;
    else if (plan.caseType == QLatin1String("solution"))
        target -= 200;

    const QString abstract = bank.expand(rng.pick(bank.texts.value(QStringLiteral("abstract"))), freshNumbers(vars, rng), rng, plainExtra, &used);
    QStringList background, results, reflection;
    for (int i = rng.between(1, 2); i > 0; --i)
        background.append(uncoded("background", rng.between(2, 3)));
    QList<std::pair<QString, QString>> practice; // heading, paragraph
    for (const QString &code : plan.codes) {
        const CodePhrases phrases = bank.codes.value(code);
        practice.append({rng.pick(phrases.headings), paragraph(phrases.frames, rng.between(4, 7), vars, used, extrasFor(plan.caseType, code), rng)});
    }
    results.append(uncoded("results", rng.between(2, 3)));
    reflection.append(uncoded("reflection", rng.between(1, 2)));

    auto length = [&] {
        qsizetype n = c.meta.title.size() + c.meta.unit.size() + abstract.size() + 40;
        for (const auto *list : {&background, &results, &reflection})
            for (const QString &p : *list)
                n += p.size() + 1;
        for (const auto &[h, p] : practice)
            n += h.size() + p.size() + 6;
        return n;
    };
    // Pad with background and results prose up to the target length, while the bank has
    // something the case has not said yet.
    static const char *const kinds[] = {"background", "results", "reflection"};
    QStringList *const lists[] = {&background, &results, &reflection};
    for (int k = 0, dry = 0; length() < target && dry < 3; k = (k + 1) % 3) {
        const QString more = uncoded(kinds[k], rng.between(2, 3));
        dry = more.isEmpty() ? dry + 1 : 0;
        if (!more.isEmpty())
            lists[k]->append(more);
    }

    auto &paras = c.paragraphs;
    auto heading = [&](const QString &t) { paras.append({t, true}); };
    auto prose = [&](const QString &t) { paras.append({t, false}); };
    heading(c.meta.title);
    heading(Tr::tr("申报单位：%1").arg(c.meta.unit));
    heading(Tr::tr("入选年份：%1年").arg(plan.year));
    prose(abstract);
    int sectionNo = 0;
    heading(kSectionNumbers.at(sectionNo++) + QStringLiteral("、") + section("background"));
    for (const QString &p : background)
        prose(p);
    heading(kSectionNumbers.at(sectionNo++) + QStringLiteral("、") + section("practice"));
    for (int i = 0; i < practice.size(); ++i) {
        heading(QStringLiteral("（") + kSectionNumbers.at(i % kSectionNumbers.size()) + QStringLiteral("）") + practice.at(i).first);
        c.coded.append({int(paras.size()), plan.codes.at(i)});
        prose(practice.at(i).second);
    }
    heading(kSectionNumbers.at(sectionNo++) + QStringLiteral("、") + section("results"));
    for (const QString &p : results)
        prose(p);
    heading(kSectionNumbers.at(sectionNo++) + QStringLiteral("、") + section("reflection"));
    for (const QString &p : reflection)
        prose(p);
    return c;
}

Result<DemoSummary> writeDemoTexts(const QString &folder, const DemoOptions &options)
{
    if (!QDir().mkpath(folder))
        return makeError(Tr::tr("Cannot create the folder %1.").arg(folder), ErrorKind::Io);
    const QList<CasePlan> plans = planCases(targetsFor(options.cases), options.seed);
    DemoGenerator gen(options.seed);
    QFile meta(QDir(folder).filePath(QStringLiteral("metadata.csv")));
    if (!meta.open(QIODevice::WriteOnly))
        return makeError(Tr::tr("Cannot write %1.").arg(meta.fileName()), ErrorKind::Io);
    meta.write(csvLine({QStringLiteral("file"), QStringLiteral("year"), QStringLiteral("province"), QStringLiteral("type")}).toUtf8());
    DemoSummary summary;
    for (int i = 0; i < plans.size(); ++i) {
        const GeneratedCase gc = gen.generate(plans.at(i), i);
        QStringList lines;
        for (const auto &p : gc.paragraphs)
            lines.append(p.text);
        const QString name = QStringLiteral("case-%1.txt").arg(i + 1, 6, 10, QLatin1Char('0'));
        QFile f(QDir(folder).filePath(name));
        const QByteArray bytes = lines.join(QLatin1Char('\n')).toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return makeError(Tr::tr("Cannot write %1.").arg(f.fileName()), ErrorKind::Io);
        meta.write(csvLine({name, QString::number(plans.at(i).year), plans.at(i).province, plans.at(i).caseType}).toUtf8());
        summary.characters += bytes.size();
        summary.codedItems += int(gc.coded.size());
        ++summary.cases;
    }
    return summary;
}

Result<DemoSummary> buildDemoProject(const QString &path, const DemoOptions &options, ProgressSink &progress)
{
    if (options.cases < 1 || options.cases > 1000000)
        return makeError(Tr::tr("The demo can have 1 to 1,000,000 cases."), ErrorKind::InvalidInput);
    auto created = store::createProject(path, Tr::tr("智慧教育案例演示项目（合成数据） Smart-education demo (synthetic)"));
    if (!created)
        return created.error();
    auto project = created.take();
    const QString note = Tr::tr("Synthetic demo corpus made by CaseLens (seed %1, %2 cases): invented texts whose metadata and "
                            "gold codings reproduce the published figures of the 987-case smart-education sample. "
                            "Not real case reports.")
                             .arg(options.seed)
                             .arg(options.cases);
    (void)project->setInfo(QStringLiteral("synthetic"), note);
    (void)project->setInfo(QStringLiteral("demo_seed"), QString::number(options.seed));

    store::CodeStore codes(*project);
    auto coder = codes.ensureCoder(kGoldCoder, QStringLiteral("human"));
    if (!coder)
        return coder.error();
    const auto codeIds = codes.idsByKey();

    const QList<CasePlan> plans = planCases(targetsFor(options.cases), options.seed);
    DemoGenerator gen(options.seed);
    text::Segmenter segmenter;
    store::DocumentStore docs(*project);
    store::CodingStore codings(*project);
    DemoSummary summary;
    progress.start(Tr::tr("Writing the demo corpus"), plans.size());
    constexpr int kBatch = 200;
    for (int start = 0; start < plans.size(); start += kBatch) {
        auto tx = project->transaction();
        if (!tx.started())
            return *tx.beginError();
        for (int i = start; i < qMin(int(plans.size()), start + kBatch); ++i) {
            GeneratedCase gc = gen.generate(plans.at(i), i);
            store::NewDocument doc;
            doc.meta = gc.meta;
            doc.sourceName = QStringLiteral("demo/case-%1.txt").arg(i + 1, 5, 10, QLatin1Char('0'));
            doc.sourceFormat = QStringLiteral("demo");
            doc.encoding = QStringLiteral("UTF-8");
            doc.segmentation = segmenter.segment(gc.paragraphs);
            doc.originalText = doc.segmentation.text;
            doc.importNotes = Tr::tr("synthetic");
            // Where each source paragraph starts, to find the passage that carries its code.
            QHash<qsizetype, int> paraStart;
            qsizetype cp = 0;
            for (int k = 0; k < gc.paragraphs.size(); ++k) {
                paraStart.insert(cp, k);
                cp += text::codePointLength(gc.paragraphs.at(k).text) + 1;
            }
            QHash<int, int> passageOfParagraph;
            for (int k = 0; k < doc.segmentation.passages.size(); ++k) {
                const auto &ps = doc.segmentation.passages.at(k);
                if (ps.kind == text::PassageKind::Paragraph && paraStart.contains(ps.start))
                    passageOfParagraph.insert(paraStart.value(ps.start), k);
            }
            const auto spans = doc.segmentation.passages;
            summary.characters += doc.segmentation.text.size();
            QList<qint64> passageIds;
            auto id = docs.insert(std::move(doc), &passageIds);
            if (!id)
                return id.error();
            for (const auto &[paraIdx, code] : gc.coded) {
                const int k = passageOfParagraph.value(paraIdx, -1);
                if (k < 0)
                    return makeError(Tr::tr("Internal error: a coded demo paragraph has no passage."));
                store::NewCoding nc;
                nc.documentId = *id;
                nc.passageId = passageIds.at(k);
                nc.start = spans.at(k).start;
                nc.end = spans.at(k).end;
                nc.codeId = codeIds.value(code);
                nc.coderId = *coder;
                if (auto r = codings.insert(nc); !r)
                    return r.error();
                ++summary.codedItems;
            }
            ++summary.cases;
            if (!progress.step(i, gc.meta.title))
                return makeError(Tr::tr("Stopped on request."), ErrorKind::Cancelled);
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    progress.finish();
    return summary;
}

} // namespace caselens::demo
