#include "store/ftstokenizer.h"

#include "text/unicode.h"

#include <QSet>

#include <sqlite3.h>
#include <string>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace caselens::store {

namespace {

struct Tokenizer {
    int unused = 0;
};

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *t) { delete reinterpret_cast<Tokenizer *>(t); }

void appendUtf8(std::string &s, UChar32 c)
{
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, c, err);
    if (!err)
        s.append(buf, size_t(n));
}

struct Cp {
    UChar32 c;
    int begin; // byte offsets in the input
    int end;
};

// Cuts UTF-8 text into tokens, calling emit(token, begin, end) with byte offsets; stops
// at the first result other than SQLITE_OK. In query mode a run of Han characters gives
// its pairs only, or the character alone when it is one.
template <typename Emit>
int cutIntoTokens(const char *text, int nText, bool query, Emit &&emit)
{
    int i = 0;
    std::string word;
    std::vector<Cp> han;
    int wordBegin = 0;

    auto flushWord = [&](int end) -> int {
        if (word.empty())
            return SQLITE_OK;
        const int rc = emit(word, wordBegin, end);
        word.clear();
        return rc;
    };
    auto flushHan = [&]() -> int {
        if (han.empty())
            return SQLITE_OK;
        std::string tok;
        int rc = SQLITE_OK;
        if (query && han.size() >= 2) {
            for (size_t k = 0; k + 1 < han.size() && rc == SQLITE_OK; ++k) {
                tok.clear();
                appendUtf8(tok, han[k].c);
                appendUtf8(tok, han[k + 1].c);
                rc = emit(tok, han[k].begin, han[k + 1].end);
            }
        } else if (query) {
            tok.clear();
            appendUtf8(tok, han[0].c);
            rc = emit(tok, han[0].begin, han[0].end);
        } else {
            // Every overlapping pair, and the last character of the run on its own: each
            // character starts exactly one token, so a prefix finds every occurrence.
            for (size_t k = 0; k < han.size() && rc == SQLITE_OK; ++k) {
                tok.clear();
                appendUtf8(tok, han[k].c);
                if (k + 1 < han.size()) {
                    appendUtf8(tok, han[k + 1].c);
                    rc = emit(tok, han[k].begin, han[k + 1].end);
                } else {
                    rc = emit(tok, han[k].begin, han[k].end);
                }
            }
        }
        han.clear();
        return rc;
    };

    while (i < nText) {
        const int begin = i;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t *>(text), i, nText, c);
        if (c < 0)
            continue; // invalid byte: skip it
        int rc = SQLITE_OK;
        if (text::isCjk(char32_t(c))) {
            rc = flushWord(begin);
            han.push_back({c, begin, i});
        } else if (u_isalnum(c)) {
            rc = flushHan();
            if (word.empty())
                wordBegin = begin;
            appendUtf8(word, u_foldCase(c, U_FOLD_CASE_DEFAULT));
        } else {
            rc = flushWord(begin);
            if (rc == SQLITE_OK)
                rc = flushHan();
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    int rc = flushWord(nText);
    if (rc == SQLITE_OK)
        rc = flushHan();
    return rc;
}

int xTokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int nText,
              int (*token)(void *, int, const char *, int, int, int))
{
    return cutIntoTokens(text, nText, (flags & FTS5_TOKENIZE_QUERY) != 0,
                         [&](const std::string &tok, int begin, int end) { return token(ctx, 0, tok.data(), int(tok.size()), begin, end); });
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerCaseLensTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    return api->xCreateTokenizer(api, "caselens", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

QStringList queryTokens(const QString &term)
{
    const QByteArray utf8 = term.toUtf8();
    QStringList out;
    cutIntoTokens(utf8.constData(), int(utf8.size()), true, [&](const std::string &tok, int, int) {
        out.append(QString::fromUtf8(tok.data(), qsizetype(tok.size())));
        return SQLITE_OK;
    });
    return out;
}

QStringList serverTokens(const QString &passage)
{
    const QByteArray utf8 = passage.toUtf8();
    QSet<QString> tokens;
    cutIntoTokens(utf8.constData(), int(utf8.size()), false, [&](const std::string &tok, int, int) {
        tokens.insert(QString::fromUtf8(tok.data(), qsizetype(tok.size())));
        return SQLITE_OK;
    });
    for (const char32_t c : passage.toUcs4())
        if (text::isCjk(c))
            tokens.insert(QString::fromUcs4(&c, 1));
    QStringList out(tokens.begin(), tokens.end());
    out.sort();
    return out;
}

} // namespace caselens::store
