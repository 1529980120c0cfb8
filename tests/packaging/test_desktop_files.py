"""The launcher and AppStream files in packaging/linux/ are valid and agree with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.ui.app import DESKTOP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO_FILE = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; the CI installs it)")
    return found


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP_FILE)], capture_output=True, text=True)
    # No errors, and no warnings or hints either: the tool prints nothing for a clean file.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    issues = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    # Only the pedantic note about capitals in the id is left: the reverse-DNS id keeps the
    # app's name as written, as Flathub ids do.
    assert issues == [], result.stdout


def test_the_launcher_names_the_app_id_the_icon_and_the_command() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"] == "revsearch"
    assert entry["Name"] == "RevSearch"
    # X11 docks match the window to this launcher by the WM_CLASS class, the application name.
    assert entry["StartupWMClass"] == "RevSearch"


def test_the_metainfo_describes_this_version_and_launcher() -> None:
    root = ElementTree.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "revsearch"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version"
