"""Renders the app icon for every package from its one source, resources/icons/revsearch.svg.

    python packaging/icons.py OUTPUT_DIR

writes
    OUTPUT_DIR/hicolor/<N>x<N>/apps/io.github.revsearch.RevSearch.png   (N = 16 ... 512)
    OUTPUT_DIR/hicolor/scalable/apps/io.github.revsearch.RevSearch.svg  (the source, copied)
    OUTPUT_DIR/revsearch.ico    Windows: 16 ... 256 px
    OUTPUT_DIR/revsearch.icns   macOS: 16 ... 1024 px

The ICO and ICNS containers are written here by hand rather than with Pillow or iconutil, so
the build needs nothing beyond PySide6 (already there to run the app) and works on any system.
Both hold PNG images, which Windows Vista+ and macOS 10.7+ read. The same SVG always gives the
same bytes, so a rebuild changes no file that did not change.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# A build machine has no display: draw offscreen unless the caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.revsearch.RevSearch"
SOURCE_SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "revsearch.svg"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size. The @2x types (ic11 ... ic14) reuse the
# image of twice the size, so Retina screens get a sharp icon rather than a scaled-up one.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent size x size square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def render_all(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """Each size rendered once, however many files use it."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    return {size: render_png(renderer, size) for size in sorted(set(sizes))}


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico: an ICONDIR, one ICONDIRENTRY per size, then the PNG images in order.
    A width or height of 256 does not fit the entry's byte and is written as 0."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size
        # width, height, palette colours, reserved, colour planes, bits per pixel, bytes, offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        images.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' and the file length, then elements of type, length (with its
    8-byte header) and PNG data; all integers big-endian."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def hicolor_png_path(output: Path, size: int) -> Path:
    return output / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def write_icons(output: Path, svg: Path = SOURCE_SVG) -> None:
    """Writes every icon file under `output` (see the module docstring)."""
    icns_sizes = {size for _, size in ICNS_TYPES}
    pngs = render_all(svg, {*HICOLOR_SIZES, *ICO_SIZES, *icns_sizes})
    for size in HICOLOR_SIZES:
        path = hicolor_png_path(output, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
    scalable = output / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    (output / "revsearch.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (output / "revsearch.icns").write_bytes(icns_bytes(pngs))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: python packaging/icons.py OUTPUT_DIR", file=sys.stderr)
        return 1
    # QPainter needs a GUI application object for its fonts and platform, even on a QImage.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    output = Path(argv[0])
    write_icons(output)
    print(f"Icons written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
