"""The Windows version resource of revsearch.exe (what Explorer shows under Properties > Details),
made from desktop_app.__version__ so it never drifts from the app.

    python packaging/windows_version.py OUTPUT_FILE

writes the VSVersionInfo text PyInstaller reads (EXE(version=OUTPUT_FILE)); revsearch.spec calls
`write()` itself on Windows, so running this by hand is only for looking at the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "RevSearch"
DESCRIPTION = "RevSearch: CRO and CSO executive searches"


def app_version(root: Path = ROOT) -> str:
    """desktop_app.__version__, read from the file so the build need not import the app."""
    text = (root / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError("desktop_app/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: '1.2.3' -> (1, 2, 3, 0); a suffix such as 'rc1' or '.dev2'
    is dropped ('0.2.0rc1' -> (0, 2, 0, 0))."""
    match = re.match(r"\d+(?:\.\d+){0,3}", version)
    if not match:
        raise ValueError(f"{version!r} does not start with a number")
    values = [int(n) for n in match.group(0).split(".")]
    values += [0] * (4 - len(values))
    return values[0], values[1], values[2], values[3]


def version_info_text(version: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "revsearch",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "revsearch.exe",
        "ProductName": "RevSearch",
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    # 0x040904B0: US English, Unicode; the Translation entry must name the same pair.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write(output: Path, version: str | None = None) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(version_info_text(version or app_version()), encoding="utf-8")
    return output


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: python packaging/windows_version.py OUTPUT_FILE", file=sys.stderr)
        return 1
    print(f"Windows version information written to {write(Path(argv[0]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
