"""The PyInstaller bundle's build inputs, checked without building (scripts/check-package.sh,
run by .ci/run, checks the built bundle itself): the spec's data folders, what the trim rules
keep and drop, the Windows version resource and the tar.gz name."""

from __future__ import annotations

import ast
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import desktop_app

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import trim  # noqa: E402
import windows_version  # noqa: E402

SPEC = REPO / "packaging" / "revsearch.spec"


def spec_datas() -> list[tuple[str, str]]:
    """The (source folder, bundle folder) pairs of the spec's Analysis(datas=...)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis":
            datas = next(k.value for k in node.keywords if k.arg == "datas")
            assert isinstance(datas, ast.List)
            pairs = []
            for item in datas.elts:
                assert isinstance(item, ast.Tuple)
                source, target = item.elts
                # str(ROOT / "resources") -> "resources"
                parts = [n.value for n in ast.walk(source) if isinstance(n, ast.Constant)]
                pairs.append(("/".join(parts), ast.literal_eval(target)))
            return pairs
    raise AssertionError("the spec has no Analysis(...)")


def test_spec_bundles_the_folders_the_wheel_bundles_where_assets_looks_for_them():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert (
        dict(spec_datas())
        == wheel
        == {
            "resources": "desktop_app/resources",
            "db_schema": "desktop_app/db_schema",
        }
    )
    for source, _ in spec_datas():
        assert (REPO / source).is_dir()


def entry(destination: str, typecode: str = "BINARY", source: str | None = None):
    return destination, source or f"/src/{destination}", typecode


def destinations(entries) -> set[str]:
    return {e[0] for e in entries}


PLUGINS = "PySide6/Qt/plugins"
KEPT = {
    f"{PLUGINS}/platforms/libqxcb.so",
    f"{PLUGINS}/platforms/libqoffscreen.so",
    f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so",
    f"{PLUGINS}/imageformats/libqsvg.so",
    f"{PLUGINS}/imageformats/libqjpeg.so",
    f"{PLUGINS}/iconengines/libqsvgicon.so",
    f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
    f"{PLUGINS}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/QtSvg.abi3.so",
    # Windows and macOS names of the platforms they need.
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
}
DROPPED = {
    f"{PLUGINS}/platforms/libqwayland.so",
    f"{PLUGINS}/platforms/libqeglfs.so",
    f"{PLUGINS}/platforms/libqvnc.so",
    f"{PLUGINS}/platforms/libqlinuxfb.so",
    f"{PLUGINS}/platforms/libqminimalegl.so",
    f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so",
    f"{PLUGINS}/tls/libqopensslbackend.so",
    f"{PLUGINS}/networkinformation/libqnetworkmanager.so",
    f"{PLUGINS}/generic/libqtuiotouchplugin.so",
    f"{PLUGINS}/platformthemes/libqgtk3.so",
    f"{PLUGINS}/imageformats/libqtiff.so",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/Qt6Network.dll",
}


def test_trim_keeps_what_the_app_uses_and_drops_the_rest():
    binaries = [entry(d) for d in KEPT | DROPPED]
    kept, _, report = trim.trim(binaries, [])
    assert destinations(kept) == KEPT
    assert {e[0] for entries in report.dropped.values() for e in entries} == DROPPED


def test_trim_drops_qt_translations_except_for_languages_the_app_ships(tmp_path):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "revsearch_pt_BR.qm").write_bytes(b"")
    datas = [
        entry("PySide6/Qt/translations/qtbase_de.qm", "DATA"),
        entry("PySide6/Qt/translations/qtbase_pt_BR.qm", "DATA"),
        entry("desktop_app/resources/translations/revsearch_pt_BR.qm", "DATA"),
    ]
    languages = trim.kept_translations(tmp_path)
    assert languages == {"pt_BR"}
    _, kept, _ = trim.trim([], datas, keep_languages=languages)
    assert destinations(kept) == {
        "PySide6/Qt/translations/qtbase_pt_BR.qm",
        "desktop_app/resources/translations/revsearch_pt_BR.qm",
    }


def test_a_symbolic_link_goes_with_the_library_it_points_at():
    binaries = [entry("PySide6/Qt/lib/libQt6Network.so.6"), entry("PySide6/Qt/lib/libQt6Gui.so.6")]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libnetwork-alias.so", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    _, kept, _ = trim.trim(binaries, datas)
    assert destinations(kept) == {"libQt6Gui.so.6"}


def test_libraries_only_dropped_plugins_link_are_dropped_too():
    links = {
        "/src/PySide6/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/src/PySide6/Qt/lib/libQt6Gui.so.6": {"libglib-2.0.so.0", "libc.so.6"},
        f"/src/{PLUGINS}/platforms/libqxcb.so": {"libxcb-icccm.so.4", "libQt6Gui.so.6"},
        f"/src/{PLUGINS}/platformthemes/libqgtk3.so": {"libgtk-3.so.0", "libglib-2.0.so.0"},
        "/src/libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
    }
    binaries = [
        entry("PySide6/QtGui.abi3.so", "EXTENSION"),
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry(f"{PLUGINS}/platforms/libqxcb.so"),
        entry(f"{PLUGINS}/platformthemes/libqgtk3.so"),
        entry("libgtk-3.so.0"),
        entry("libcairo.so.2"),
        entry("libglib-2.0.so.0"),
        entry("libxcb-icccm.so.4"),
        entry("libpython3.11.so.1.0"),  # loaded by the bootloader, linked by nothing
    ]
    kept, _, _ = trim.trim(binaries, [], needed=lambda path: links.get(path, set()))
    assert destinations(kept) == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        f"{PLUGINS}/platforms/libqxcb.so",
        "libglib-2.0.so.0",
        "libxcb-icccm.so.4",
        "libpython3.11.so.1.0",
    }


def test_a_rule_that_drops_a_library_a_kept_binary_links_stops_the_build():
    # The TUIO plugin links QtNetwork: dropping QtNetwork but keeping it would not load.
    binaries = [
        entry("PySide6/Qt/lib/libQt6Network.so.6"),
        entry(f"{PLUGINS}/platforms/libqxcb.so"),
    ]
    with pytest.raises(ValueError, match=r"libqxcb\.so needs libQt6Network\.so\.6"):
        trim.trim(
            binaries,
            [],
            needed=lambda path: {"libQt6Network.so.6"} if path.endswith("libqxcb.so") else set(),
        )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads a Linux ELF file")
def test_elf_needed_reads_what_a_qt_module_links():
    import PySide6.QtCore

    assert "libQt6Core.so.6" in trim.elf_needed(PySide6.QtCore.__file__)
    assert trim.elf_needed(str(SPEC)) == set()


def test_windows_version_resource_carries_the_app_version():
    assert windows_version.app_version() == desktop_app.__version__
    assert windows_version.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert windows_version.version_tuple("2.3") == (2, 3, 0, 0)
    assert windows_version.version_tuple("1.0.0rc2") == (1, 0, 0, 0)
    assert windows_version.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    # PyInstaller eval()s the text with its own classes; these stand-ins record the arguments.
    names = {
        "VSVersionInfo": lambda ffi, kids: {"ffi": ffi, "kids": kids},
        "FixedFileInfo": lambda **fields: fields,
        "StringFileInfo": lambda tables: tables,
        "StringTable": lambda language, strings: dict(strings),
        "StringStruct": lambda key, value: (key, value),
        "VarFileInfo": lambda kids: kids,
        "VarStruct": lambda name, values: (name, values),
    }
    info = eval(windows_version.version_info_text("1.2.3"), names)
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (1, 2, 3, 0)
    strings = info["kids"][0][0]
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "revsearch.exe"


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_package_names_the_tarball_with_version_and_machine():
    plan = subprocess.run(
        ["make", "-n", "package"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    name = f"dist/RevSearch-{desktop_app.__version__}-linux-{platform.machine()}.tar.gz"
    assert name in plan
    check = (REPO / "scripts" / "check-package.sh").read_text(encoding="utf-8")
    assert "tarball=dist/RevSearch-$version-linux-$(uname -m).tar.gz" in check


def test_launcher_runs_the_revsearch_command():
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "launcher.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"revsearch {desktop_app.__version__}"


def test_every_translation_is_built_and_bundled_where_the_app_looks_for_it():
    # English's file gives the texts with a count their singular; Portuguese's, every text.
    sources = sorted(p.name for p in (REPO / "resources" / "i18n").glob("revsearch_*.ts"))
    assert sources == ["revsearch_en.ts", "revsearch_pt_BR.ts"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for name in sources:
        assert f"resources/i18n/{name}" in makefile  # compiled by `make translations`
    assert "-pluralonly" in makefile
    # The spec bundles the whole resources folder, so each compiled .qm goes with it.
    assert ("resources", "desktop_app/resources") in spec_datas()
