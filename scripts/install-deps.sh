#!/usr/bin/env bash
# Installs the system packages Pith builds against (Debian/Ubuntu): libxml2's, zlib's and libdeflate's headers and
# pkg-config (SwiftPM finds libxml2 through `pkg-config libxml-2.0`). Does nothing when present.
set -euo pipefail
missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists libdeflate 2>/dev/null || missing+=(libdeflate-dev)
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
