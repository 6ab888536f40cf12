#include "support/boundedjson.h"

namespace caselens {

BoundedJson parseJsonBounded(std::string_view text, int maxDepth)
{
    BoundedJson r;
    r.value = nlohmann::json::parse(
        text.begin(), text.end(),
        [&](int depth, nlohmann::json::parse_event_t, nlohmann::json &) {
            r.tooDeep = r.tooDeep || depth > maxDepth;
            return !r.tooDeep;
        },
        false);
    if (r.tooDeep)
        r.value = nlohmann::json(nlohmann::json::value_t::discarded);
    return r;
}

} // namespace caselens
