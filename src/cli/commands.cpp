#include "command.h"

namespace caselens::cli {

int runNew(const QStringList &);
int runImport(const QStringList &);
int runInfo(const QStringList &);
int runDocs(const QStringList &);
int runShow(const QStringList &);
int runSearch(const QStringList &);
int runSet(const QStringList &);
int runRegions(const QStringList &);
int runDemo(const QStringList &);
int runStats(const QStringList &);
int runCases(const QStringList &);
int runCheck(const QStringList &);
int runCode(const QStringList &);
int runTrain(const QStringList &);
int runSuggest(const QStringList &);
int runEvaluate(const QStringList &);
int runReview(const QStringList &);
int runAudit(const QStringList &);
int runSample(const QStringList &);
int runAgreement(const QStringList &);
int runCodebook(const QStringList &);
int runAdjudicate(const QStringList &);
int runExport(const QStringList &);
int runImportQdpx(const QStringList &);
int runBackup(const QStringList &);
int runMemo(const QStringList &);
int runMerge(const QStringList &);
int runPublish(const QStringList &);
int runExportLocal(const QStringList &);
int runTeam(const QStringList &);

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"new", "create an empty project", runNew},
        {"import", "import files, folders and corpora (.txt .md .docx .pdf .csv .jsonl)", runImport},
        {"info", "what a project holds", runInfo},
        {"docs", "list the documents with their metadata", runDocs},
        {"show", "print one document passage by passage", runShow},
        {"search", "full-text search with keyword-in-context lines", runSearch},
        {"set", "set or confirm a document's metadata", runSet},
        {"regions", "show or switch the region scheme", runRegions},
        {"demo", "build the synthetic demo project (987 cases by default)", runDemo},
        {"stats", "coded items by characteristic and group: the tables of a paper", runStats},
        {"cases", "cases by year, region, type, province or attribute", runCases},
        {"codebook", "show and edit the codebook; JSON and REFI-QDA .qdc exchange", runCodebook},
        {"code", "let an engine suggest codes for every paragraph", runCode},
        {"train", "train the learned coder on accepted codings", runTrain},
        {"suggest", "suggest codes for passages in a JSONL file, writing nothing", runSuggest},
        {"evaluate", "precision, recall, F1 and kappa of a coder against a gold coder", runEvaluate},
        {"review", "list suggestions; accept or reject them", runReview},
        {"memo", "list memos; write or remove yours on a document, code, coding or the project", runMemo},
        {"audit", "the audit log of codings and decisions", runAudit},
        {"sample", "draw a named, reproducible random sample", runSample},
        {"agreement", "intercoder agreement: percent, kappa, alpha", runAgreement},
        {"adjudicate", "decide disagreements into a consensus coder", runAdjudicate},
        {"export", "export to other QDA tools: REFI-QDA .qdpx project or .qdc codebook", runExport},
        {"import-qdpx", "create a project from a REFI-QDA .qdpx file", runImportQdpx},
        {"merge", "bring colleagues' copies of a project into one", runMerge},
        {"publish", "copy a project to a PostgreSQL team server", runPublish},
        {"export-local", "copy a team project from its server into a project file", runExportLocal},
        {"team", "a team project on a server: members, blind session, coding, deciding, watching", runTeam},
        {"check", "check a project's integrity; --repair what can be repaired", runCheck},
        {"backup", "copy a project safely, even while it is in use", runBackup},
    };
    return list;
}

} // namespace caselens::cli
