"""What the bundle leaves out of what PyInstaller collects for PySide6, and why.

revsearch.spec passes its Analysis' binaries and datas through `trim()`. The rules are plain
data over destination paths inside the bundle, so tests/packaging checks them without a build.
PyInstaller collects every Qt plugin of the Qt modules it sees (QtGui brings all platform,
image-format, input and theme plugins, and the libraries they link), and an `excludes` list
cannot remove plugins; filtering the TOC after the analysis can.

Patterns are fnmatch globs on the destination path ('*' also crosses '/'), written to match
the Linux and macOS layout (PySide6/Qt/plugins/..., libQt6Foo.so.6) as well as the Windows one
(PySide6/plugins/..., Qt6Foo.dll), so the same spec trims on every system.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
import re
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, typecode)

# Python modules left out of the analysis (Analysis(excludes=...)).
EXCLUDED_MODULES = (
    # PySide6/__init__.py reaches QtNetwork and the QtGui hook adds QtDBus: RevSearch never uses
    # either from Python (libQt6DBus itself stays: QtGui links it for the desktop portal and
    # input methods).
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    # RevSearch never connects to a network; only the standard library's network modules import
    # ssl, and all of them carry on without it. Without _ssl, libssl goes too.
    "ssl",
    "_ssl",
    # hashlib falls back to its built-in implementations (_sha256, _md5, ...) without OpenSSL's
    # _hashlib, which is what links libcrypto.
    "_hashlib",
    # Never imported at run time by RevSearch; collected only through optional imports.
    "tkinter",
    "unittest",
    "pydoc",
)


def _plugins(kind: str, *names: str) -> tuple[str, ...]:
    """Plugins of one kind by base name: 'qwayland' matches libqwayland.so (Linux),
    qwayland.dll (Windows) and libqwayland.dylib (macOS). No name: every plugin of the kind."""
    if not names:
        return (f"PySide6/*plugins/{kind}/*",)
    return tuple(f"PySide6/*plugins/{kind}/*{name}.*" for name in names)


def _qt_libraries(*names: str) -> tuple[str, ...]:
    """Qt libraries by module name: 'Quick*' matches libQt6Quick*.so.6, Qt6Quick*.dll and
    the QtQuick*.framework folders."""
    return tuple(
        pattern
        for name in names
        for pattern in (f"*libQt6{name}.so*", f"*Qt6{name}.dll", f"*Qt{name}.framework/*")
    )


@dataclass(frozen=True)
class Rule:
    reason: str
    patterns: tuple[str, ...]

    def matches(self, destination: str) -> bool:
        return any(fnmatch.fnmatchcase(destination, pattern) for pattern in self.patterns)


RULES: tuple[Rule, ...] = (
    Rule(
        "Qt's own translations, but for the languages RevSearch has a .qm file for in resources/",
        ("PySide6/*translations/*.qm",),
    ),
    Rule(
        "platform plugins other than xcb, offscreen (and windows, cocoa) with their libraries",
        (
            *_plugins("platforms", "qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc"),
            *_plugins("platforms", "qwayland*", "qvkkhrdisplay"),
            *_plugins("egldeviceintegrations"),
            "PySide6/*plugins/wayland-*",
            *_qt_libraries("EglFS*", "EglFs*", "Wayland*", "Wl*"),
        ),
    ),
    Rule(
        "generic input plugins (TUIO touch over the network, evdev for eglfs and linuxfb)",
        _plugins("generic"),
    ),
    Rule(
        "network plugins (TLS backends, network information), QtNetwork",
        (*_plugins("tls"), *_plugins("networkinformation"), *_qt_libraries("Network")),
    ),
    Rule(
        "the GTK3 platform theme (and GTK, cairo, pango, ... which only it links)",
        _plugins("platformthemes", "qgtk3"),
    ),
    Rule(
        "image formats RevSearch never reads or writes (it keeps PNG, SVG, JPEG and ICO)",
        _plugins("imageformats", "qgif", "qicns", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp"),
    ),
    Rule(
        "Qt Quick, QML, WebEngine, PDF, virtual keyboard and OpenGL: RevSearch uses widgets only",
        (
            *_qt_libraries("Qml*", "Quick*", "WebEngine*", "Pdf*", "VirtualKeyboard*", "OpenGL*"),
            *_plugins("platforminputcontexts", "qtvirtualkeyboardplugin"),
            *_plugins("qmltooling"),
            "PySide6/*qml/*",
            "PySide6/*resources/qtwebengine*",
        ),
    ),
)


def kept_translations(resources: Path) -> set[str]:
    """Languages RevSearch ships a translation for (resources/**/*_<lang>.qm): Qt's own
    qtbase_<lang>.qm stays for those, so standard buttons and dialogs match."""
    languages = set()
    for qm in resources.rglob("*.qm"):
        match = re.search(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$", qm.name)
        if match:
            languages.add(match.group(1))
    return languages


def _is_kept_translation(destination: str, languages: set[str]) -> bool:
    match = re.search(r"/qt(?:base)?_([a-zA-Z_]+)\.qm$", destination)
    return bool(match) and match.group(1) in languages


@dataclass
class TrimReport:
    """What was left out, by reason, for the build log and the size report."""

    dropped: dict[str, list[Entry]] = field(default_factory=dict)

    def add(self, reason: str, entry: Entry) -> None:
        self.dropped.setdefault(reason, []).append(entry)

    def lines(self, *, files: bool = False) -> list[str]:
        """One line per reason with the size left out (before strip); with files=True, each
        file under its reason."""
        out = []
        for reason, entries in self.dropped.items():
            size = sum(_size(src) for _, src, typecode in entries if typecode != "SYMLINK")
            out.append(f"{size / 2**20:7.1f} MiB  {len(entries):3d} files  {reason}")
            if files:
                out.extend(f"{'':12}{dest}" for dest, _, _ in sorted(entries))
        return out


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _symlink_target(entry: Entry) -> str | None:
    destination, source, typecode = entry
    if typecode != "SYMLINK":
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(destination), source))


def trim(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    *,
    keep_languages: set[str] | None = None,
    needed: Callable[[str], set[str]] | None = None,
) -> tuple[list[Entry], list[Entry], TrimReport]:
    """The binaries and datas without what RULES name, then (when `needed` is given, on Linux)
    without the shared libraries nothing kept links any more. A symbolic link to a dropped file
    goes with it, so no link dangles. Raises ValueError if a kept binary links a library that a
    rule dropped: the bundle would not start."""
    keep_languages = keep_languages or set()
    report = TrimReport()
    binaries, datas = [_posix(e) for e in binaries], [_posix(e) for e in datas]
    dropped: set[str] = set()
    for entry in binaries + datas:
        destination = entry[0]
        for rule in RULES:
            if rule.matches(destination) and not _is_kept_translation(destination, keep_languages):
                report.add(rule.reason, entry)
                dropped.add(destination)
                break
    if needed is not None:
        orphans = _orphaned_libraries(binaries, dropped, needed)
        reason = "libraries that only dropped plugins linked (found by reading DT_NEEDED)"
        for entry in binaries:
            if entry[0] in orphans:
                report.add(reason, entry)
        dropped |= orphans
        _check_nothing_missing(binaries, dropped, needed)

    def kept(entry: Entry) -> bool:
        if entry[0] in dropped:
            return False
        target = _symlink_target(entry)
        if target is not None and target in dropped:
            report.add("symbolic links to dropped libraries", entry)
            return False
        return True

    return [e for e in binaries if kept(e)], [e for e in datas if kept(e)], report


def _posix(entry: Entry) -> Entry:
    destination, source, typecode = entry
    return destination.replace(os.sep, "/"), source, typecode


def _is_shared_library(destination: str) -> bool:
    """A library something links to, as opposed to a root: an extension module, a plugin."""
    name = posixpath.basename(destination)
    if "/plugins/" in destination or ".cpython-" in name or name.endswith(".abi3.so"):
        return False
    return bool(re.match(r"lib.+\.so(\.\d+)*$", name)) and not name.startswith("libpython")


def _orphaned_libraries(
    binaries: list[Entry], dropped: set[str], needed: Callable[[str], set[str]]
) -> set[str]:
    by_name: dict[str, list[str]] = {}
    for destination, _, typecode in binaries:
        if typecode != "SYMLINK":
            by_name.setdefault(posixpath.basename(destination), []).append(destination)
    sources = {d: s for d, s, t in binaries if t != "SYMLINK"}
    roots = [d for d in sources if d not in dropped and not _is_shared_library(d)]
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        destination = todo.pop()
        if destination in reached:
            continue
        reached.add(destination)
        for library in needed(sources[destination]):
            todo.extend(d for d in by_name.get(library, []) if d not in dropped)
    return {d for d in sources if d not in dropped and d not in reached}


def _check_nothing_missing(
    binaries: list[Entry], dropped: set[str], needed: Callable[[str], set[str]]
) -> None:
    dropped_names = {posixpath.basename(d) for d in dropped}
    kept_names = {posixpath.basename(d) for d, _, t in binaries if d not in dropped}
    broken = []
    for destination, source, typecode in binaries:
        if typecode == "SYMLINK" or destination in dropped:
            continue
        missing = (needed(source) & dropped_names) - kept_names
        if missing:
            broken.append(f"{destination} needs {', '.join(sorted(missing))}")
    if broken:
        raise ValueError(
            "The trim rules drop libraries the bundle needs:\n  " + "\n  ".join(broken)
        )


def elf_needed(path: str) -> set[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file (what the dynamic loader will look
    for), read without binutils; an empty set for anything else."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return set()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names = set()
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for position in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, position)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                names.add(data[strtab_offset + value : end].decode())
    return names
