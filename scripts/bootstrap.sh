#!/usr/bin/env bash
# Installs the Debian 12 packages CaseLens needs to build, test and run — only those
# that are missing, as root or through sudo. Nothing else is installed or changed.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 (Core, Network, Widgets, Charts, Svg, Test, LinguistTools); Charts needs OpenGL headers
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
  # Qt's own buttons and dialogs (OK, Cancel, file dialogs) in Chinese too
  qt6-translations-l10n
  # core libraries
  libsqlite3-dev libicu-dev nlohmann-json3-dev libfasttext-dev libxlsxwriter-dev libzip-dev
  libpoppler-cpp-dev
  # team projects on a PostgreSQL server: the client library, and the server the tests
  # start in a throwaway cluster (pg_virtualenv, from postgresql-common)
  libpq-dev postgresql postgresql-common
  # tests: Catch2 v2, a virtual display, fuzzing with clang's libFuzzer
  catch2 xvfb xauth clang libclang-rt-14-dev
  # REFI-QDA exports validated against the official schemas
  libxml2-utils unzip
  # benchmarks: peak memory through GNU time
  time
  # Chinese text on screen and in screenshots
  fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "bootstrap: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "bootstrap: these packages are missing and I am not root and have no sudo: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: done"
