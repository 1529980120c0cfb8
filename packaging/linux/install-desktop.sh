#!/usr/bin/env bash
# Installs the built RevSearch bundle for the current user, with its launcher and icon.
#
#   packaging/linux/install-desktop.sh BUNDLE_DIR   e.g. dist/RevSearch; replaces an older copy
#   packaging/linux/install-desktop.sh --uninstall  removes the app, never the user's database
#
# Files go under $XDG_DATA_HOME (default ~/.local/share), as the XDG base-directory spec says:
#   RevSearch/app/                  the bundle (the database lives beside it, in RevSearch/)
#   applications/<id>.desktop       the launcher, Exec and TryExec pointing at RevSearch/app
#   icons/hicolor/*/apps/<id>.*     the icon, rendered from the SVG by packaging/icons.py
#   metainfo/<id>.metainfo.xml      what software centres show
# The icons need PySide6: $PYTHON, else the checkout's .venv/bin/python, else python3.
set -euo pipefail

APP_ID=io.github.revsearch.RevSearch
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
# The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
[[ $data == /* ]] || data=$HOME/.local/share
app_home=$data/RevSearch
app_dir=$app_home/app
desktop_file=$data/applications/$APP_ID.desktop
metainfo_file=$data/metainfo/$APP_ID.metainfo.xml
icon_sizes=(16 24 32 48 64 128 256 512)

usage() {
  echo "usage: $0 BUNDLE_DIR | --uninstall" >&2
  exit 1
}

# Refreshes the launcher and icon caches where the tools exist; a desktop without them reads
# the folders directly.
refresh_caches() {
  if command -v update-desktop-database >/dev/null && [ -d "$data/applications" ]; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -d "$data/icons/hicolor" ]; then
    # -t: a user's hicolor folder has no index.theme of its own.
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
  fi
}

# A path as one argument of a desktop file's Exec key: quoted when it holds anything but plain
# characters, with ", `, $ and \ escaped inside the quotes and % doubled, then every \ doubled
# again because Exec is also a string value (Desktop Entry spec, "The Exec key").
exec_argument() {
  local path=${1//%/%%}
  if [[ $path =~ ^[A-Za-z0-9/._+,@~-]+$ ]]; then
    printf '%s' "$path"
    return
  fi
  path=${path//\\/\\\\}
  path=${path//\"/\\\"}
  path=${path//\`/\\\`}
  path=${path//\$/\\\$}
  path="\"$path\""
  printf '%s' "${path//\\/\\\\}"
}

# A plain string value (TryExec): only the backslash is escaped.
string_value() {
  printf '%s' "${1//\\/\\\\}"
}

uninstall() {
  rm -f "$desktop_file" "$metainfo_file" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in "${icon_sizes[@]}"; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  rm -rf "$app_dir"
  # RevSearch/ also holds the database and its backups: remove it only if nothing is left.
  rmdir "$app_home" 2>/dev/null || true
  refresh_caches
  echo "RevSearch removed from $data."
  if [ -d "$app_home" ]; then
    echo "Your searches are still in $app_home."
  fi
}

python_for_icons() {
  if [ -n "${PYTHON:-}" ]; then
    echo "$PYTHON"
  elif [ -x "$repo/.venv/bin/python" ]; then
    echo "$repo/.venv/bin/python"
  else
    echo python3
  fi
}

install_bundle() {
  local bundle
  bundle=$(cd "$1" && pwd)
  if [ ! -f "$bundle/revsearch" ] || [ ! -x "$bundle/revsearch" ]; then
    echo "$1 is not a RevSearch bundle: it has no executable 'revsearch'." >&2
    exit 1
  fi
  if [ "$bundle" = "$app_dir" ]; then
    echo "$1 is the installed copy itself; install from the built bundle (dist/RevSearch)." >&2
    exit 1
  fi

  mkdir -p "$app_home" "$data/applications" "$data/metainfo" "$data/icons/hicolor"
  # Staged beside the target (same file system), so each rename below is atomic and a failed
  # copy leaves the installed app as it was.
  staging=$(mktemp -d "$app_home/.app-new.XXXXXX")
  retired=$(mktemp -d "$app_home/.app-old.XXXXXX")
  icons=$(mktemp -d)
  trap 'rm -rf "$staging" "$retired" "$icons"' EXIT

  cp -a "$bundle/." "$staging/"
  "$(python_for_icons)" "$repo/packaging/icons.py" "$icons" >/dev/null

  if [ -e "$app_dir" ]; then
    mv "$app_dir" "$retired/app"
  fi
  mv "$staging" "$app_dir"

  local executable=$app_dir/revsearch
  EXEC_LINE="Exec=$(exec_argument "$executable")" \
    TRY_LINE="TryExec=$(string_value "$executable")" \
    awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; print ENVIRON["TRY_LINE"]; next }
         /^TryExec=/ { next }
         { print }' "$here/$APP_ID.desktop" >"$desktop_file.tmp"
  mv "$desktop_file.tmp" "$desktop_file"
  cp "$here/$APP_ID.metainfo.xml" "$metainfo_file"
  cp -R "$icons/hicolor/." "$data/icons/hicolor/"

  refresh_caches
  echo "RevSearch installed in $app_dir; its launcher is $desktop_file."
}

[ $# -eq 1 ] || usage
case $1 in
  --uninstall) uninstall ;;
  -*) usage ;;
  *)
    if [ ! -d "$1" ]; then
      echo "$1 is not a folder: build the bundle first (make package)." >&2
      exit 1
    fi
    install_bundle "$1"
    ;;
esac
