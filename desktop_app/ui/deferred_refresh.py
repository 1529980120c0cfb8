"""Views that re-read only while someone can see them.

On a large search, re-reading and re-scoring every candidate after each checklist tick is
wasted work while the Candidates tab is hidden. A view mixes this in and calls
`refresh_when_visible(self.refresh)`; a hidden view catches up the moment it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent


class DeferredRefresh:
    _pending_refresh: Callable[[], None] | None = None

    def refresh_when_visible(self, refresh: Callable[[], None]) -> None:
        if self.isVisible():  # type: ignore[attr-defined] - mixed into a QWidget
            self._pending_refresh = None
            refresh()
        else:
            self._pending_refresh = refresh

    def refresh_is_pending(self) -> bool:
        """Whether a refresh waits for the view to be shown (a later one replaces it)."""
        return self._pending_refresh is not None

    def waiting_refresh(self) -> Callable[[], None] | None:
        """The refresh that runs when the view is next shown, if any."""
        return self._pending_refresh

    def catch_up(self) -> None:
        """Runs a waiting refresh now: something is about to use what the view holds."""
        pending, self._pending_refresh = self._pending_refresh, None
        if pending is not None:
            pending()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        pending, self._pending_refresh = self._pending_refresh, None
        if pending is not None:
            pending()
