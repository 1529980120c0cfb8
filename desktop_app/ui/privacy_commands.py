"""Search > Retention...: the window command that opens the retention view. Mixed into the main
window, which provides the workspace and the settings. (A single person's export and erase live
in the candidate panel: ui/person_privacy.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt

from desktop_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop_app.ui.retention_dialog import RetentionDialog


class PrivacyCommands:
    workspace: Workspace  # provided by the main window
    settings: QSettings

    def show_retention(self) -> RetentionDialog:
        """Opens the retention view (window-modal, so the window shows the result after)."""
        from desktop_app.ui.retention_dialog import RetentionDialog  # on first use

        dialog = RetentionDialog(self.workspace, self.settings, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
