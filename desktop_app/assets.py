"""The one place that finds the files RevSearch ships: templates in resources/ and migrations.

It works from a source checkout (the folders at the top of the repository), from an installed
wheel (copied inside the package) and from a PyInstaller bundle (placed inside the package
folder of the bundle), so no other module needs to know how the app was started.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _shipped_folder(name: str) -> Traversable:
    packaged = resources.files("desktop_app").joinpath(name)
    if packaged.is_dir():
        return packaged
    # Running from a source checkout or an editable install: the folder sits beside the package.
    source = Path(__file__).resolve().parent.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"RevSearch is incomplete: its '{name}' folder is missing")


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. resource("checklists", "cro.en.toml")."""
    node = _shipped_folder("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def schema_folder() -> Traversable:
    """The folder of numbered SQL migrations (db_schema/)."""
    return _shipped_folder("db_schema")
