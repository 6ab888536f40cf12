#pragma once
// JSON from files we did not write, parsed with a bound on nesting. nlohmann's parser is
// iterative, but building, printing and freeing a value recurse: a line nested 100,000
// deep would overflow the stack. Values deeper than the bound are never built.

#include <nlohmann/json.hpp>
#include <string_view>

namespace caselens {

struct BoundedJson {
    nlohmann::json value; // discarded when the text is not JSON or too deep
    bool tooDeep = false;
    bool ok() const { return !tooDeep && !value.is_discarded(); }
};

// Our files need a handful of levels; 64 leaves room for anything reasonable.
inline constexpr int kMaxJsonDepth = 64;

BoundedJson parseJsonBounded(std::string_view text, int maxDepth = kMaxJsonDepth);

} // namespace caselens
