#include "about/components.h"

#include "store/project.h"

#include <poppler-version.h>
#include <unicode/uversion.h>
#include <xlsxwriter.h>
#include <zip.h>

namespace caselens::about {

QList<std::pair<QString, QString>> componentVersions()
{
    UVersionInfo icu;
    u_getVersion(icu);
    char icuText[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icuText);
    return {{QStringLiteral("CaseLens"), QStringLiteral(CASELENS_VERSION)},
            {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("SQLite"), store::sqliteVersion()},
            {QStringLiteral("ICU"), QString::fromLatin1(icuText)},
            // fastText has no version call; this is the version it was built against.
            {QStringLiteral("fastText"), QStringLiteral(CASELENS_FASTTEXT_VERSION)},
            {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
            {QStringLiteral("Poppler"), QString::fromStdString(poppler::version_string())},
            {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version())}};
}

} // namespace caselens::about
