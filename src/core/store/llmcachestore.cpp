#include "store/llmcachestore.h"

namespace caselens::store {

QByteArray LlmCacheStore::answer(const QString &key)
{
    auto &st = m_project.db().cached("llm.cache.get", "SELECT answer FROM llm_cache WHERE key = ?1");
    st.bind(1, key);
    const QByteArray found = st.next() ? st.text(0).toUtf8() : QByteArray();
    st.reset();
    return found;
}

Status LlmCacheStore::put(const QString &key, const QString &prompt, const QByteArray &answer)
{
    auto &st = m_project.db().cached("llm.cache.put", "INSERT OR REPLACE INTO llm_cache(key, prompt, answer, created_at) VALUES (?1, ?2, ?3, ?4)");
    return st.bind(1, key).bind(2, prompt).bind(3, QString::fromUtf8(answer)).bind(4, nowIso()).exec();
}

} // namespace caselens::store
