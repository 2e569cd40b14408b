#!/usr/bin/env bash
# install-deps.sh - install what SkillGap needs to build on Debian or Ubuntu: pkg-config and
# poppler-glib's headers. Does nothing when they are already there; uses sudo when not root.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "install-deps: no Swift toolchain on PATH; install Swift 6 from swift.org first" >&2
    exit 1
fi
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists poppler-glib; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: no apt-get here; install pkg-config and poppler-glib's development files" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo for apt-get" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing pkg-config and libpoppler-glib-dev" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    pkg-config libpoppler-glib-dev >/dev/null
pkg-config --exists poppler-glib
