"""Writing a file whole or not at all: shared by the exports the store writes (a .revsearch
hand-off, a person's data)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> Path:
    """Writes `text` (UTF-8, newlines as \\n) to a temporary file in the same folder, flushes
    it to disk and renames it over `path`, so a failed write never leaves half a file and a
    reader never sees one."""
    # Mode "x" with a unique name (not mkstemp) so the file gets the user's usual permissions.
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with temp.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
