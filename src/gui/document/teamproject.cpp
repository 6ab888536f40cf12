#include "document/teamproject.h"

#include "document/readinbackground.h"
#include "team/workingcopy.h"

#include <optional>

namespace caselens::gui {

Result<QString> prepareWorkingCopy(const QString &address)
{
    // Reaching a server can take seconds (or a timeout): never on the window's thread.
    std::optional<Result<QString>> prepared;
    waitOffThread([&] { prepared.emplace(team::prepareWorkingCopy(address)); });
    return *prepared;
}

} // namespace caselens::gui
