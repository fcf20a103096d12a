"""记录提交的材料 (which college, which kind, when it came) and 延期 (a new deadline and why) — the two small forms of
the submissions matrix. Each only gathers values; the caller hands them to services.submissions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.gui.dialogs.edition_dialog import ERROR_LABEL_STYLE, HINT_LABEL_STYLE
from vocweek_desktop.gui.forms.ui_extension_dialog import Ui_ExtensionDialog
from vocweek_desktop.gui.forms.ui_submission_dialog import Ui_SubmissionDialog
from vocweek_desktop.gui.widgets.date_values import from_qdatetime, to_qdatetime


class SubmissionDialog(QDialog):
    """Asks which college and kind ``paths`` are, and when they came; prefilled with what their names suggest."""

    def __init__(self, paths: Sequence[Path], colleges: Sequence[tuple[int, str]], kinds: Sequence[str], *,
                 college_id: int | None = None, kind: str | None = None, received: dt.datetime | None = None,
                 guessed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SubmissionDialog()
        ui = self.ui
        ui.setupUi(self)
        ui.hint_label.setStyleSheet(HINT_LABEL_STYLE)
        ui.error_label.setStyleSheet(ERROR_LABEL_STYLE)
        ui.error_label.hide()
        names = [Path(p).name for p in paths]
        shown = "\n".join(names[:8]) + (self.tr("\n……共 {0} 个文件").format(len(names)) if len(names) > 8 else "")
        ui.files_label.setText(shown)
        ui.college_combo.addItem(self.tr("（请选择学院）"), None)
        for ident, name in colleges:
            ui.college_combo.addItem(name, ident)
        ui.kind_combo.addItem(self.tr("（请选择材料）"), None)
        for name in kinds:
            ui.kind_combo.addItem(name, name)
        if college_id is not None:
            ui.college_combo.setCurrentIndex(max(ui.college_combo.findData(college_id), 0))
        if kind is not None:
            ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(kind), 0))
        if guessed:
            unsure = [text for text, value in ((self.tr("学院"), college_id), (self.tr("材料"), kind)) if value is None]
            ui.guess_label.setText(self.tr("没能从文件名判断出{0}，请选择。").format("和".join(unsure)) if unsure
                                   else self.tr("已按文件名判断学院和材料，请确认。"))
        ui.guess_label.setVisible(guessed)
        ui.received_edit.setDateTime(to_qdatetime(received or dt.datetime.now().replace(second=0, microsecond=0)))
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("记录"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def college_id(self) -> int | None:
        """The college chosen."""
        return self.ui.college_combo.currentData()

    def kind(self) -> str | None:
        """The kind chosen."""
        return self.ui.kind_combo.currentData()

    def received_at(self) -> dt.datetime:
        """When the files came."""
        return from_qdatetime(self.ui.received_edit.dateTime())

    def note(self) -> str:
        """The note typed."""
        return self.ui.note_edit.text().strip()

    def accept(self) -> None:
        """Only with a college and a kind."""
        missing = [text for text, value in ((self.tr("学院"), self.college_id()), (self.tr("材料"), self.kind()))
                   if value is None]
        if missing:
            self.ui.error_label.setText(self.tr("请选择{0}。").format("和".join(missing)))
            self.ui.error_label.show()
            return
        super().accept()


class ExtensionDialog(QDialog):
    """A new deadline and its reason for one college's kind; 取消延期 (``removed``) takes a granted one back.

    ``grant(until, reason)`` is called on 保存 and may raise ValidationError: the reasons are shown and the form stays
    open.
    """

    def __init__(self, college: str, kind: str, deadline: dt.datetime | None, *, until: dt.datetime | None = None,
                 reason: str = "", grant=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExtensionDialog()
        ui = self.ui
        ui.setupUi(self)
        self._grant = grant
        self.removed = False
        self.setWindowTitle(self.tr("延期 — {0} {1}").format(college, kind))
        text = self.tr("{0}的“{1}”").format(college, kind)
        if deadline is not None:
            text += self.tr("，原截止时间 {0}").format(format_moment(deadline))
        if until is not None:
            text += self.tr("；已延期至 {0}").format(format_moment(until))
        ui.info_label.setText(text + self.tr("。"))
        ui.error_label.setStyleSheet(ERROR_LABEL_STYLE)
        ui.error_label.hide()
        start = until or ((deadline + dt.timedelta(days=3)) if deadline is not None else dt.datetime.now())
        ui.until_edit.setDateTime(to_qdatetime(start.replace(second=0, microsecond=0)))
        ui.reason_edit.setText(reason)
        ui.remove_button.setVisible(until is not None)
        ui.remove_button.clicked.connect(self._remove)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def until(self) -> dt.datetime:
        """The new deadline."""
        return from_qdatetime(self.ui.until_edit.dateTime())

    def reason(self) -> str:
        """Why."""
        return self.ui.reason_edit.text().strip()

    def _remove(self) -> None:
        self.removed = True
        super().accept()

    def accept(self) -> None:
        """Grant the extension (through ``grant``); on refusal show why and stay open."""
        if self._grant is not None:
            try:
                self._grant(self.until(), self.reason())
            except ValidationError as exc:
                self.ui.error_label.setText("\n".join(f"• {text}" for text in exc.fields.values()))
                self.ui.error_label.show()
                return
        super().accept()
