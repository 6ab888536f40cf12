// libFuzzer targets for every parser of untrusted input. Which one is built is chosen
// with CASELENS_FUZZ_TARGET; each must return without crashing, whatever the bytes.
//
// Long runs by hand (clang, libFuzzer):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCASELENS_LIBFUZZER=ON -DCASELENS_BUILD_GUI=OFF
//   cmake --build build-fuzz --target fuzz-docx && build-fuzz/fuzz/fuzz-docx fuzz/corpus/docx -max_total_time=600

#include "codebook/codebook.h"
#include "coding/llmcoder.h"
#include "exchange/qdccodebook.h"
#include "import/corpusimporter.h"
#include "import/docximporter.h"
#include "import/encoding.h"
#include "import/pdfimporter.h"
#include "import/textimporter.h"
#include "support/csv.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace caselens;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if CASELENS_FUZZ_TARGET_docx
    (void)import::DocxImporter().extract(bytes, QStringLiteral("fuzz.docx"));
#elif CASELENS_FUZZ_TARGET_csv
    (void)parseCsv(QString::fromUtf8(bytes));
    (void)import::CorpusImporter().extract(bytes, QStringLiteral("fuzz.csv"));
#elif CASELENS_FUZZ_TARGET_jsonl
    (void)import::CorpusImporter().extract(bytes, QStringLiteral("fuzz.jsonl"));
#elif CASELENS_FUZZ_TARGET_codebook
    (void)codebook::codebookFromJson(bytes);
#elif CASELENS_FUZZ_TARGET_qdc
    (void)exchange::codebookFromQdc(bytes);
#elif CASELENS_FUZZ_TARGET_llm
    (void)coding::parseLlmAnswer(bytes, codebook::defaultCodebook(), QStringLiteral("fuzz"));
#elif CASELENS_FUZZ_TARGET_text
    (void)import::TextImporter().extract(bytes, QStringLiteral("fuzz.txt"));
#elif CASELENS_FUZZ_TARGET_pdf
    (void)import::PdfImporter().extract(bytes, QStringLiteral("fuzz.pdf"));
#endif
    return 0;
}
