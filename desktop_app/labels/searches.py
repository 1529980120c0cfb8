"""Translated names of a search's statuses, shared by the sidebar, the header and the menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.search import SearchStatus


def status_label(status: SearchStatus) -> str:
    labels = {
        SearchStatus.DRAFT: QCoreApplication.translate("SearchLabels", "Draft"),
        SearchStatus.ACTIVE: QCoreApplication.translate("SearchLabels", "Active"),
        SearchStatus.ON_HOLD: QCoreApplication.translate("SearchLabels", "On hold"),
        SearchStatus.FILLED: QCoreApplication.translate("SearchLabels", "Filled"),
        SearchStatus.CANCELLED: QCoreApplication.translate("SearchLabels", "Cancelled"),
    }
    return labels[SearchStatus(status)]
