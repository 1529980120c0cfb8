"""The words for a checklist step's status, as reports and spreadsheets say them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.checklist import StepStatus


def step_status_label(status: StepStatus) -> str:
    labels = {
        StepStatus.TODO: QCoreApplication.translate("ChecklistLabels", "To do"),
        StepStatus.DONE: QCoreApplication.translate("ChecklistLabels", "Done"),
        StepStatus.SKIPPED: QCoreApplication.translate("ChecklistLabels", "Not applicable"),
    }
    return labels[StepStatus(status)]
