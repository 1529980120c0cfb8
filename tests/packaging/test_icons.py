"""packaging/icons.py renders the app icon for Linux, Windows and macOS from the one SVG."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "icons.py"
SOURCE_SVG = REPO / "resources" / "icons" / "revsearch.svg"
APP_ID = "io.github.revsearch.RevSearch"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = {
    "icp4": 16,
    "icp5": 32,
    "icp6": 64,
    "ic07": 128,
    "ic08": 256,
    "ic09": 512,
    "ic10": 1024,
    # The Retina (@2x) variants of 16, 32, 128 and 256.
    "ic11": 32,
    "ic12": 64,
    "ic13": 256,
    "ic14": 512,
}


def run_script(output: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(output)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("icons")
    run_script(output)
    return output


def decode(png: bytes, size: int) -> QImage:
    """The PNG read back as Qt reads it, checked to be the stated size and really drawn: the
    blue tile covers most of it and the white glyph shows on it."""
    assert png.startswith(PNG_SIGNATURE)
    image = QImage.fromData(png)
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)  # kept alive while read
    rgba = bytes(converted.constBits())[: size * size * 4]
    pixels = list(zip(rgba[0::4], rgba[1::4], rgba[2::4], rgba[3::4], strict=True))
    opaque = [p for p in pixels if p[3] == 255]
    assert len(opaque) > 0.8 * size * size, "the tile should cover the icon"
    assert any(min(p[:3]) > 240 for p in opaque), "no white glyph"
    assert any(b > r + 60 for r, _, b, _ in opaque), "no blue tile"
    return image


def test_every_hicolor_size_is_a_drawn_png_of_its_size(qapp, icons: Path) -> None:
    for size in HICOLOR_SIZES:
        path = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        decode(path.read_bytes(), size)
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SOURCE_SVG.read_bytes()


def test_the_ico_lists_each_size_once_with_a_png_of_that_size(qapp, icons: Path) -> None:
    data = (icons / "revsearch.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, colours, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        size = width or 256  # 256 does not fit the byte and is stored as 0
        assert (height or 256, colours, planes, bits) == (size, 0, 1, 32)
        assert offset + length <= len(data)
        decode(data[offset : offset + length], size)
        sizes.append(size)
    assert sizes == ICO_SIZES


def test_the_icns_holds_each_type_with_a_png_of_its_size(qapp, icons: Path) -> None:
    data = (icons / "revsearch.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        (length,) = struct.unpack_from(">I", data, position + 4)
        assert length > 8 and position + length <= len(data)
        found[kind] = decode(data[position + 8 : position + length], ICNS_SIZES[kind]).width()
        position += length
    assert position == len(data)
    assert found == ICNS_SIZES


def test_the_same_svg_gives_the_same_bytes(icons: Path, tmp_path: Path) -> None:
    run_script(tmp_path)
    first = {p.relative_to(icons): p.read_bytes() for p in icons.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first == second


def test_without_an_output_folder_it_says_how_to_run_it() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "usage: python packaging/icons.py OUTPUT_DIR" in result.stderr
