"""File > Export report: what to export (this search or every open one), as what (PDF for the
board, HTML, Excel or CSV for the committee), in which language and with what left out."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels.language import LANGUAGE_NAMES, LANGUAGES, current_language
from desktop_app.labels.text import fill
from desktop_app.reports.options import Paper, ReportFormat, ReportOptions, default_paper
from desktop_app.ui.scorecard_style import make_secondary


def locale_paper() -> Paper:
    """The paper people print on where this computer is set up (Letter in the US and Canada)."""
    return default_paper(QLocale.territoryToCode(QLocale().territory()))


class ExportDialog(QDialog):
    def __init__(
        self,
        search_title: str | None,
        open_searches: int,
        parent: QWidget | None = None,
        *,
        portfolio: bool = False,
    ) -> None:
        """`search_title` is the search shown now (None on the dashboard); `open_searches` how
        many a portfolio would cover."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(480)

        self.this_search = QRadioButton(
            fill(self.tr("This search: %1"), search_title)
            if search_title
            else self.tr("This search")
        )
        self.portfolio = QRadioButton(
            self.tr("All open searches, as a portfolio (%n searches)", "", open_searches)
        )
        self.this_search.setEnabled(search_title is not None)
        self.portfolio.setEnabled(open_searches > 0)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.this_search)
        self._scope.addButton(self.portfolio)
        (self.portfolio if portfolio or search_title is None else self.this_search).setChecked(True)
        scope_box = QGroupBox(self.tr("Report on"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.this_search)
        scope_layout.addWidget(self.portfolio)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        formats = (
            (ReportFormat.PDF, self.tr("PDF: the progress report for the board")),
            (ReportFormat.HTML, self.tr("HTML: the same report as one web page")),
            (ReportFormat.XLSX, self.tr("Excel (.xlsx): every table, for the committee")),
            (ReportFormat.CSV, self.tr("CSV: candidates and checklist")),
        )
        for value, text in formats:
            self.format_combo.addItem(text, value)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("exportPaper")
        self.paper_combo.addItem(self.tr("A4"), Paper.A4)
        self.paper_combo.addItem(self.tr("US Letter"), Paper.LETTER)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(locale_paper()))
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        # The board may read another language than the person exporting: the report's words,
        # dates and numbers follow this choice, the window stays in its own.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("exportLanguage")
        for language in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[language], language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.format_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        format_box = QGroupBox(self.tr("File"))
        format_box.setLayout(form)

        self.confidential_check = QCheckBox(self.tr("Include &confidential notes"))
        self.confidential_check.setObjectName("exportConfidential")
        confidential_hint = make_secondary(
            QLabel(
                self.tr(
                    "Off by default: confidential notes and pay expectations stay out of the "
                    "report unless you tick this, each time."
                )
            )
        )
        self.anonymise_check = QCheckBox(self.tr("&Anonymise candidates"))
        self.anonymise_check.setObjectName("exportAnonymise")
        anonymise_hint = make_secondary(
            QLabel(
                self.tr(
                    "Names and contacts become codes such as “Candidate C-07”, in notes too; "
                    "a person keeps the same code in every export."
                )
            )
        )
        for hint in (confidential_hint, anonymise_hint):
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
        options_box = QGroupBox(self.tr("Privacy"))
        options_layout = QVBoxLayout(options_box)
        options_layout.addWidget(self.confidential_check)
        options_layout.addWidget(confidential_hint)
        options_layout.addWidget(self.anonymise_check)
        options_layout.addWidget(anonymise_hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addWidget(options_box)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.export_button.setEnabled(search_title is not None or open_searches > 0)
        self._format_changed()

    def _format_changed(self) -> None:
        # Paper matters only for what gets printed.
        self.paper_combo.setEnabled(self.report_format() in (ReportFormat.PDF, ReportFormat.HTML))

    def report_format(self) -> ReportFormat:
        return ReportFormat(self.format_combo.currentData())

    def language(self) -> str:
        """The report's language ("en" or "pt_BR")."""
        return str(self.language_combo.currentData())

    def is_portfolio(self) -> bool:
        return self.portfolio.isChecked()

    def options(self) -> ReportOptions:
        return ReportOptions(
            include_confidential=self.confidential_check.isChecked(),
            anonymise=self.anonymise_check.isChecked(),
            paper=Paper(self.paper_combo.currentData()),
        )
