#!/usr/bin/env bash
# Installs the Debian libraries Qt needs, only if some are missing.
#   install-system-deps.sh test   the offscreen platform the tests use
#   install-system-deps.sh run    also the X11 (xcb) platform, when a display is present
#   install-system-deps.sh venv   Python's venv module (Debian ships it separately)
#   install-system-deps.sh package        building the bundle: the xcb libraries, always (so
#                                         PyInstaller copies them into it), and binutils (strip)
#   install-system-deps.sh check-package  also what scripts/check-package.sh runs: Xvfb, xauth,
#                                         ImageMagick, xwininfo, desktop-file-validate, appstreamcli
# Missing libraries are found with ldd on Qt's own plugins, and missing tools with command -v,
# so nothing is installed that is already there. Without root it prints the command to run.
set -euo pipefail
mode=${1:-test}
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Install them with: sudo apt-get install -y $*" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null; then
    echo "Not a Debian-based system: install the equivalents of $*" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  echo "Installed: $*"
}

if [ "$mode" = venv ]; then
  version=$("${PYTHON:-python3}" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  echo "Python cannot create a virtual environment; installing its venv module."
  apt_install "python${version}-venv"
  exit 0
fi
qt=$(.venv/bin/python -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')

check=("$qt/plugins/platforms/libqoffscreen.so" "$qt/lib/libQt6Widgets.so.6")
packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
if { [ "$mode" = run ] && [ -n "${DISPLAY:-}" ]; } || [[ $mode == package || $mode == check-package ]]; then
  check+=("$qt/plugins/platforms/libqxcb.so")
  packages+=(libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
fi

missing=$(for lib in "${check[@]}"; do ldd "$lib" 2>/dev/null | grep "not found" || true; done)
# A machine with no fonts at all draws no text, which ldd cannot see.
fonts=$(find /usr/share/fonts /usr/local/share/fonts \( -name '*.ttf' -o -name '*.otf' \) \
  2>/dev/null | head -n 1 || true)
if [ -z "$fonts" ]; then
  missing="$missing fonts"
fi
# Tools, as command and the Debian package that has it.
tools=()
if [[ $mode == package || $mode == check-package ]]; then
  tools+=(strip:binutils)
fi
if [ "$mode" = check-package ]; then
  tools+=(Xvfb:xvfb xvfb-run:xvfb xauth:xauth import:imagemagick xwininfo:x11-utils
    desktop-file-validate:desktop-file-utils appstreamcli:appstream)
fi
tool_packages=()
for tool in "${tools[@]}"; do
  command -v "${tool%%:*}" >/dev/null || tool_packages+=("${tool#*:}")
done

if [ -n "${missing// /}" ]; then
  echo "Qt needs system libraries that are missing:" $missing
else
  packages=()
fi
if [ ${#tool_packages[@]} -gt 0 ]; then
  echo "Tools the $mode step runs are missing; installing:" "${tool_packages[@]}"
  packages+=("${tool_packages[@]}")
fi
[ ${#packages[@]} -eq 0 ] && exit 0
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
apt_install "${packages[@]}"
