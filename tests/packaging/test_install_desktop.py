"""packaging/linux/install-desktop.sh installs a bundle, its launcher and icon for one user."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a Linux desktop installer")

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "linux" / "install-desktop.sh"
APP_ID = "io.github.revsearch.RevSearch"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for dist/RevSearch, in a folder whose name needs quoting in Exec."""
    folder = tmp_path / 'dist $HOME\'s "build"' / "RevSearch"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "old-library.so").write_text("1")
    executable = folder / "revsearch"
    executable.write_text("#!/bin/sh\necho RevSearch 0.1.0\n")
    executable.chmod(0o755)
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "my data"


def run(data: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(data.parent / "home"))
    env["PYTHON"] = sys.executable  # renders the icons with PySide6 from this venv
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=120
    )


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unescape_string(value: str) -> str:
    """A desktop file's string escapes (\\s \\n \\t \\r \\\\), undone as a launcher would."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    out, chars = [], iter(value)
    for char in chars:
        out.append(escapes[next(chars)] if char == "\\" else char)
    return "".join(out)


def installed_files(data: Path) -> list[Path]:
    return [
        data / "applications" / f"{APP_ID}.desktop",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(data / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]


def test_install_puts_app_launcher_icons_and_metainfo_in_the_users_data_folder(
    bundle: Path, data: Path
) -> None:
    result = run(data, str(bundle))

    assert result.returncode == 0, result.stderr
    app = data / "RevSearch" / "app"
    assert (app / "_internal" / "old-library.so").read_text() == "1"
    for path in installed_files(data):
        assert path.is_file(), path
    metainfo = (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes()
    source = REPO / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
    assert metainfo == source.read_bytes()
    assert sorted(p.name for p in (data / "RevSearch").iterdir()) == ["app"], "staging left"


def test_the_launcher_runs_the_copied_executable(bundle: Path, data: Path) -> None:
    assert run(data, str(bundle)).returncode == 0

    entry = desktop_entry(data / "applications" / f"{APP_ID}.desktop")
    executable = data / "RevSearch" / "app" / "revsearch"
    argv = shlex.split(unescape_string(entry["Exec"]))  # the spec's quoting is the shell's
    assert argv == [str(executable)]
    assert unescape_string(entry["TryExec"]) == str(executable)
    assert entry["Icon"] == APP_ID
    launched = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    assert launched.stdout == "RevSearch 0.1.0\n"


def test_the_installed_launcher_is_valid(bundle: Path, data: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    assert run(data, str(bundle)).returncode == 0

    launcher = data / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(launcher)], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_installing_again_replaces_the_old_copy(bundle: Path, data: Path) -> None:
    assert run(data, str(bundle)).returncode == 0
    (bundle / "_internal" / "old-library.so").unlink()
    (bundle / "_internal" / "new-library.so").write_text("2")

    result = run(data, str(bundle))

    assert result.returncode == 0, result.stderr
    internal = data / "RevSearch" / "app" / "_internal"
    assert sorted(p.name for p in internal.iterdir()) == ["new-library.so"]
    assert sorted(p.name for p in (data / "RevSearch").iterdir()) == ["app"]


def test_uninstall_removes_the_app_but_keeps_the_database(bundle: Path, data: Path) -> None:
    assert run(data, str(bundle)).returncode == 0
    database = data / "RevSearch" / "revsearch.sqlite3"
    database.write_text("the user's searches")

    result = run(data, "--uninstall")

    assert result.returncode == 0, result.stderr
    assert not (data / "RevSearch" / "app").exists()
    for path in installed_files(data):
        assert not path.exists(), path
    assert database.read_text() == "the user's searches"
    assert "Your searches are still in" in result.stdout


def test_uninstall_without_a_database_leaves_no_app_folder(bundle: Path, data: Path) -> None:
    assert run(data, str(bundle)).returncode == 0

    assert run(data, "--uninstall").returncode == 0

    assert not (data / "RevSearch").exists()


def test_it_works_without_the_cache_tools(bundle: Path, data: Path, tmp_path: Path) -> None:
    """update-desktop-database and gtk-update-icon-cache are optional: a PATH without them."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "cp", "mv", "rm", "rmdir", "mkdir", "mktemp", "awk", "dirname"):
        found = shutil.which(tool)
        assert found is not None, tool
        (tools / tool).symlink_to(found)

    result = run(data, str(bundle), path=str(tools))

    assert result.returncode == 0, result.stderr
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (data / "applications" / "mimeinfo.cache").exists()
    assert run(data, "--uninstall", path=str(tools)).returncode == 0


def test_a_folder_without_the_executable_is_refused(data: Path, tmp_path: Path) -> None:
    result = run(data, str(tmp_path))

    assert result.returncode == 1
    assert "has no executable 'revsearch'" in result.stderr
    assert not (data / "applications").exists()
