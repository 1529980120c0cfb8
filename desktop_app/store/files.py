"""Writing a file whole or not at all: shared by the exports the store writes (a .revsearch
hand-off, a person's data)."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path


def write_text_atomically(path: Path, text: str, *, mode: int | None = None) -> Path:
    """Writes `text` (UTF-8, newlines as \\n) to a temporary file in the same folder, flushes
    it to disk and renames it over `path`, so a failed write never leaves half a file and a
    reader never sees one. With `mode` (say 0o600) the file has exactly those permissions
    from the start, whatever the umask; without it, the user's usual ones."""
    # Created exclusively under a unique name (not mkstemp, whose files are always 0600).
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        handle = os.open(temp, flags, 0o666 if mode is None else mode)
        with open(handle, "w", encoding="utf-8", newline="\n") as stream:
            if mode is not None and os.name == "posix":
                with contextlib.suppress(OSError):  # a file system without permissions
                    os.fchmod(stream.fileno(), mode)  # os.open's mode passed the umask
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
