"""File > Restore from backup: the copies in the backups folder, newest first, with when each
was taken, what kind it is and its size; the person picks one and presses Restore."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels.text import fill, format_moment
from desktop_app.store.backup import BackupInfo, BackupKind

_INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def backup_kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.DAILY: QCoreApplication.translate("restore_dialog", "Daily copy"),
        BackupKind.MANUAL: QCoreApplication.translate("restore_dialog", "Manual (Back up now)"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate(
            "restore_dialog", "Before an upgrade"
        ),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate(
            "restore_dialog", "Replaced by a restore"
        ),
        BackupKind.DAMAGED: QCoreApplication.translate(
            "restore_dialog", "Damaged file, kept aside"
        ),
    }[kind]


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class RestoreDialog(QDialog):
    COLUMNS = 3
    TAKEN, KIND, SIZE = range(COLUMNS)

    def __init__(
        self, backups: Sequence[BackupInfo], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(620, 420)
        # A damaged file kept aside is evidence, not something to go back to.
        usable = [b for b in backups if b.kind is not BackupKind.DAMAGED]

        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. Everything changed since it was taken is "
                "replaced; your current data is first kept as a backup, so you can come back "
                "to it."
            )
        )
        intro.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setColumnCount(self.COLUMNS)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Room around each value: a list of dates packed edge to edge is hard to scan.
        self.list.setStyleSheet("QTreeWidget::item { padding: 4px 10px 4px 4px; }")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.TAKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.list.headerItem().setTextAlignment(
            self.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        for info in usable:
            item = QTreeWidgetItem(
                [format_moment(info.taken_at), backup_kind_label(info.kind), size_text(info.size)]
            )
            item.setData(self.TAKEN, _INFO_ROLE, info)
            item.setToolTip(self.TAKEN, str(info.path))
            item.setTextAlignment(
                self.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.list.addTopLevelItem(item)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())

        self.empty_label = QLabel(
            self.tr(
                "There are no backups yet. RevSearch makes one at the first start of each day, "
                "and File > Back up now makes one at any time."
            )
        )
        self.empty_label.setObjectName("noBackups")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        where = QLabel(fill(self.tr("Backups are kept in %1"), folder))
        where.setObjectName("backupsFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        intro.setVisible(bool(usable))
        self.list.setVisible(bool(usable))
        self.empty_label.setVisible(not usable)
        if usable:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus()
        self._update_button()

    def chosen(self) -> BackupInfo | None:
        items = self.list.selectedItems()
        return items[0].data(self.TAKEN, _INFO_ROLE) if items else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
