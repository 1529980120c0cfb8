"""The databases opened recently (File > Open recent), kept in the user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_FILES_KEY = "recentFiles"
RECENT_FILES_MAX = 8


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_FILES_KEY) or []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def remember_recent_file(settings: QSettings, path: Path) -> None:
    files = [str(path)] + [f for f in recent_files(settings) if f != str(path)]
    settings.setValue(RECENT_FILES_KEY, files[:RECENT_FILES_MAX])


def forget_recent_file(settings: QSettings, path: Path) -> None:
    files = [f for f in recent_files(settings) if f != str(path)]
    settings.setValue(RECENT_FILES_KEY, files)


def settings_key(path: Path) -> str:
    # QSettings keys may not contain slashes that would nest groups.
    return str(path.resolve()).replace("/", "|").replace("\\", "|")
