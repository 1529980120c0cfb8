"""The window icon and the desktop file name the app gives itself at start-up."""

from __future__ import annotations

from PySide6.QtCore import QSize

from desktop_app.ui.app import DESKTOP_ID, app_icon, application


def test_the_application_has_the_icon_in_every_size_and_names_its_launcher(qapp) -> None:
    app = application()

    sizes = {(size.width(), size.height()) for size in app.windowIcon().availableSizes()}
    assert sizes == {(n, n) for n in (16, 32, 48, 64, 128, 256)}
    assert app.desktopFileName() == DESKTOP_ID == "io.github.revsearch.RevSearch"


def test_the_icon_is_drawn_from_the_svg_not_left_blank(qapp) -> None:
    image = app_icon().pixmap(QSize(32, 32)).toImage()

    assert image.size() == QSize(32, 32)
    # The blue tile right of the lens, the tallest white bar inside it, and the transparent
    # corner outside the tile's rounded edge.
    tile, bar, corner = (image.pixelColor(x, y) for x, y in ((30, 16), (17, 12), (0, 0)))
    assert tile.alpha() == 255 and tile.blue() > tile.red() + 60
    assert bar.alpha() == 255 and min(bar.red(), bar.green(), bar.blue()) > 240
    assert corner.alpha() < 128
