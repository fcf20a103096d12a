"""The dialog shown for an unexpected exception: what failed, where the log is, details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Tells the user that something failed unexpectedly; the program keeps running behind it."""

    def __init__(self, summary: str, details: str, log_file: Path | str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("出错了"))
        self.setMinimumWidth(560)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.summary_label = QLabel(self.tr("程序遇到了意外错误，刚才的操作没有完成：\n{0}").format(summary))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = str(log_file) if log_file else self.tr("（未能建立日志文件）")
        self.log_label = QLabel(self.tr("已经保存的数据不受影响，可以继续工作。如果问题反复出现，"
                                        "请把下面的详情或日志文件发给维护人员。\n日志文件：{0}").format(where))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumHeight(160)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制详情"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.summary_label)
        text.addWidget(self.log_label)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("详情：")))
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the full details (traceback) on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("已复制"))
