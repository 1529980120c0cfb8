"""File > Export report: ask what to export and where, write it on a worker thread with a
progress dialog that can cancel, then offer to open the file or its folder. Mixed into the main
window, which provides the workspace, the settings and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.labels.language import speaking
from desktop_app.labels.text import fill
from desktop_app.ui.workspace import Workspace

# The report code is imported when a report is first asked for, not at every start (see
# ARCHITECTURE.md, start-up).
if TYPE_CHECKING:
    from desktop_app.reports.export import ExportRequest
    from desktop_app.reports.options import ReportFormat
    from desktop_app.ui.export_job import ExportJob

LAST_FOLDER_KEY = "export/folder"
# The progress dialog appears only if an export takes longer than this (milliseconds).
PROGRESS_DELAY_MS = 400


class ReportCommands:
    workspace: Workspace  # provided by the main window
    settings: QSettings
    export_job: ExportJob | None = None

    def export_report(self, portfolio: bool = False) -> None:
        """Asks what to export, then where, then writes it in the background."""
        from desktop_app.reports.content import portfolio_search_ids
        from desktop_app.reports.export import ExportRequest, suggested_name
        from desktop_app.ui.export_dialog import ExportDialog

        window: QWidget = self  # type: ignore[assignment]
        if self.export_job is not None and self.export_job.is_running():
            QMessageBox.information(
                window, self.tr("Export report"), self.tr("An export is already running.")
            )
            return
        search_id = self.current_search_id()
        title = self.workspace.search(search_id).title if search_id else None
        open_count = len(portfolio_search_ids(self.workspace.db))
        dialog = ExportDialog(title, open_count, window, portfolio=portfolio)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        as_portfolio = dialog.is_portfolio() or search_id is None
        report_format = dialog.report_format()
        language = dialog.language()
        with speaking(language):  # the file is named in the report's language
            portfolio_title = self.tr("Search portfolio")
        name = suggested_name(
            portfolio_title if as_portfolio else title or "", report_format, as_portfolio
        )
        chosen = self.ask_report_path(
            str(self._export_folder() / name), report_format, as_portfolio
        )
        if not chosen:
            return
        request = ExportRequest(
            format=report_format,
            path=Path(chosen),
            options=dialog.options(),
            search_ids=() if as_portfolio or search_id is None else (search_id,),
            portfolio=as_portfolio,
            language=language,
        )
        self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        self.start_export(request)

    def start_export(self, request: ExportRequest) -> ExportJob:
        from desktop_app.ui.export_job import ExportJob

        window: QWidget = self  # type: ignore[assignment]
        job = ExportJob(self.workspace.path, request, window)
        progress = QProgressDialog(
            self.tr("Writing the report..."), self.tr("Cancel"), 0, 100, window
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(lambda done, total: progress.setValue(done * 100 // max(total, 1)))

        def close_progress() -> None:
            progress.canceled.disconnect(job.cancel)
            progress.close()
            progress.deleteLater()

        def finished(files: list[Path]) -> None:
            close_progress()
            self.statusBar().showMessage(fill(self.tr("Report saved: %1"), files[0]), 8000)
            self.report_ready(files)

        def failed(message: str) -> None:
            close_progress()
            QMessageBox.warning(
                window,
                self.tr("Could not export the report"),
                fill(self.tr("%1\n\nNothing was written."), message),
            )

        def cancelled() -> None:
            close_progress()
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 6000)

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.cancelled.connect(cancelled)
        self.export_job = job
        job.start()
        return job

    def report_ready(self, files: list[Path]) -> None:
        """The report is written: open it, show it in its folder, or just close."""
        window: QWidget = self  # type: ignore[assignment]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report saved"),
            "\n".join(str(f) for f in files),
            parent=window,
        )
        box.setObjectName("reportSaved")
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_path(files[0])
        elif box.clickedButton() is folder_button:
            self.open_path(files[0].parent)

    def open_path(self, path: Path) -> None:
        """Opens a file or folder with the system's own app (no network involved); tests
        replace this."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_report_path(self, suggested: str, report_format: ReportFormat, portfolio: bool) -> str:
        """Where to write the report; tests replace this."""
        from desktop_app.reports.export import output_paths
        from desktop_app.reports.options import ReportFormat

        filters = {
            ReportFormat.PDF: self.tr("PDF documents (*.pdf)"),
            ReportFormat.HTML: self.tr("Web pages (*.html)"),
            ReportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
            ReportFormat.CSV: self.tr("Zip archives (*.zip)")
            if portfolio
            else self.tr("CSV files (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            self.tr("Export report"),
            suggested,
            filters[report_format],
        )
        if path and report_format is ReportFormat.CSV and not portfolio:
            # Two files are written beside the chosen name; say so before replacing either.
            pair = output_paths(Path(path), report_format, portfolio=False)
            existing = [p for p in pair if p.exists()]
            if existing and not self._confirm_replace(existing):
                return ""
        return path

    def _confirm_replace(self, paths: list[Path]) -> bool:
        answer = QMessageBox.question(
            self,  # type: ignore[arg-type]
            self.tr("Replace files?"),
            fill(self.tr("These files exist already and will be replaced:\n%1"),
                 "\n".join(p.name for p in paths)),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _export_folder(self) -> Path:
        saved = self.settings.value(LAST_FOLDER_KEY)
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def stop_export(self) -> None:
        """Called as the window closes: a running export is cancelled and waited for."""
        if self.export_job is not None:
            self.export_job.abandon()
