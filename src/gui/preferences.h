#pragma once
// The window's preferences, each with its key and default in one place, read and
// written through QSettings (the user's own settings, never the project).

#include <QSettings>
#include <QString>
#include <QStringList>

namespace caselens::gui {

template <typename T>
struct Preference {
    const char *key;
    T (*fallback)();

    T value() const
    {
        const QVariant v = QSettings().value(QLatin1String(key));
        return v.isValid() ? v.value<T>() : fallback();
    }
    void set(const T &v) const { QSettings().setValue(QLatin1String(key), v); }
    void reset() const { QSettings().remove(QLatin1String(key)); }
    bool isSet() const { return QSettings().contains(QLatin1String(key)); }
};

namespace prefs {

// The name your codings, decisions and memos are recorded under.
inline const Preference<QString> coderName{"coder/name", [] {
                                               const QString user = qEnvironmentVariable("USER");
                                               return user.isEmpty() ? QStringLiteral("coder") : user;
                                           }};
// "zh_CN", "en", or empty to follow the system.
inline const Preference<QString> language{"language", [] { return QString(); }};
// Most recent first, at most eight.
inline const Preference<QStringList> recentProjects{"recentProjects", [] { return QStringList(); }};
inline const Preference<QString> lastProject{"lastProject", [] { return QString(); }};
// The last chart export: width and height in millimetres, dots per inch (a journal's
// two-column figure at print resolution until then).
inline const Preference<double> chartWidthMm{"chartExport/widthMm", [] { return 170.0; }};
inline const Preference<double> chartHeightMm{"chartExport/heightMm", [] { return 100.0; }};
inline const Preference<int> chartDpi{"chartExport/dpi", [] { return 300; }};

} // namespace prefs

} // namespace caselens::gui
