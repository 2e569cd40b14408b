#!/usr/bin/env bash
# install-deps.sh - install what SkillGap needs to build on Debian or Ubuntu: pkg-config and the
# headers of poppler-glib (PDFs), libyaml (lexicons) and libxml2 (DOCX). Does nothing when they are already there;
# uses sudo when not root.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "install-deps: no Swift toolchain on PATH; install Swift 6 from swift.org first" >&2
    exit 1
fi
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists poppler-glib yaml-0.1 libxml-2.0; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: no apt-get here; install pkg-config and the development files of" \
        "poppler-glib, libyaml and libxml2" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo for apt-get" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing pkg-config, libpoppler-glib-dev, libyaml-dev and libxml2-dev" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    pkg-config libpoppler-glib-dev libyaml-dev libxml2-dev >/dev/null
pkg-config --exists poppler-glib yaml-0.1 libxml-2.0
