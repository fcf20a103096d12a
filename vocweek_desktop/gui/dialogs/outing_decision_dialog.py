"""审批 a request: 提交 / 批准 / 退回 / 撤回 / 完成, one request or (批准) several, with a comment — a reason for a return,
a 补办 reason for an approval after departure. The dialog runs the decision itself when OK is pressed; a refusal
(the same Chinese reason as the CLI's) is shown in it and the dialog stays open, nothing changed."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.gui.dialogs.record_dialog import INVALID_STYLE, mark_invalid
from vocweek_desktop.gui.forms.ui_outing_decision_dialog import Ui_OutingDecisionDialog


class OutingDecisionDialog(QDialog):
    """Ask for the comment (and the 补办 reason) of ``action``, then ``run(comment, late_reason)``; after acceptance
    ``outcome`` is what ``run`` returned."""

    def __init__(self, action: str, heading: str, run: Callable[[str, str], object], *, late: bool = False,
                 notes: Sequence[str] = (), refusals: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingDecisionDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._action, self._run = action, run
        self.outcome = None
        label = msg.OUTING_STATE_ACTIONS[action]
        self.setWindowTitle(self.tr("{0}外出申请").format(label))
        self.ui.heading_label.setText(heading)
        parts = []
        if notes:
            parts.append("".join(f"<p style='color:#8a5a00'>⚠ {html.escape(text)}</p>" for text in notes))
        if refusals:
            parts.append(self.tr("<p><b>以下申请不符合批准条件，不会批准：</b></p>")
                         + "<ul>" + "".join(f"<li>{html.escape(text)}</li>" for text in refusals) + "</ul>")
        self.ui.details_label.setText("".join(parts))
        self.ui.details_label.setVisible(bool(parts))
        if action == "return":
            self.ui.comment_label.setText(self.tr("退回原因（必填，将告知学院）："))
        elif action == "approve":
            self.ui.comment_label.setText(self.tr("审批意见（可不填）："))
        else:
            self.ui.comment_label.setText(self.tr("说明（可不填）："))
        self.ui.late_label.setVisible(late)
        self.ui.late_edit.setVisible(late)
        self.ui.error_label.hide()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        (self.ui.late_edit if late else self.ui.comment_edit).setFocus()

    def comment(self) -> str:
        """The comment typed."""
        return self.ui.comment_edit.toPlainText().strip()

    def late_reason(self) -> str:
        """The 补办 reason typed ("" when none is asked for)."""
        return self.ui.late_edit.toPlainText().strip() if not self.ui.late_edit.isHidden() else ""

    def accept(self) -> None:
        """Run the decision; a refusal is shown here and the dialog stays open."""
        try:
            self.outcome = self._run(self.comment(), self.late_reason())
        except ValidationError as error:
            if "comment" in error.fields:
                mark_invalid(self.ui.comment_edit, error.fields["comment"])
            self._show_error(str(error))
            return
        except (ConflictError, NotFoundError) as error:
            if "补办原因" in error.message and not self.ui.late_edit.isHidden():
                mark_invalid(self.ui.late_edit, error.message)
            self._show_error(error.message)
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
